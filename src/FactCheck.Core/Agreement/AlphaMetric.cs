namespace FactCheck.Core.Agreement;

/// <summary>The level of measurement of the values, which decides how far apart two values are (Krippendorff's δ²).</summary>
public enum AlphaMetric
{
    /// <summary>Values are names: two values either match or they do not.</summary>
    Nominal,

    /// <summary>Values are ranks: the distance between two values grows with how many values were given between them.</summary>
    Ordinal,

    /// <summary>Values are numbers on an interval scale: the distance is the squared difference.</summary>
    Interval,

    /// <summary>Values are numbers on a ratio scale with an absolute zero: the distance is ((c − k) / (c + k))².</summary>
    Ratio,
}
