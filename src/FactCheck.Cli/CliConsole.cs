namespace FactCheck.Cli;

/// The standard streams a command reads and writes; tests pass in-memory ones.
/// <param name="InteractiveInput">True when a person types the input at a terminal (passwords are then read unechoed).</param>
public sealed record CliConsole(TextReader Input, TextWriter Output, TextWriter Error, bool InteractiveInput = false);
