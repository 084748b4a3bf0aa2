namespace FactCheck.Cli;

/// The standard streams a command reads and writes; tests pass in-memory ones.
public sealed record CliConsole(TextReader Input, TextWriter Output, TextWriter Error);
