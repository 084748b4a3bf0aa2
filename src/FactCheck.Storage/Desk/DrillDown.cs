namespace FactCheck.Storage.Desk;

/// Which of the dashboard's numbers to open: the dimension it was counted by and the key of its row.
public sealed record DrillDown(DrillBy By, string? Key = null)
{
    public static DrillDown All { get; } = new(DrillBy.All);
}

public enum DrillBy
{
    /// Every verdict the filter matches.
    All,
    Status,
    Rating,
    Article,
    Outlet,
    Source,
    Reviewer,

    /// Verdicts first rated in a period; the key is "yyyy-MM-dd..yyyy-MM-dd" (end excluded).
    Period,

    /// Submitted verdicts waiting for an editor.
    Queue,

    /// Submitted verdicts waiting longer than the desk allows.
    Overdue,

    /// Handed-in verdicts, slowest from import first.
    Turnaround,

    /// Both verdicts of every claim two checkers rated; the key is "checker-a|checker-b" for one pair, none for the desk.
    Agreement,

    /// Like <see cref="Agreement"/>, only the claims where the two ratings differ.
    Disagreement,
}
