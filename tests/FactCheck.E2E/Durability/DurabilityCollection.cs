namespace FactCheck.E2E.Durability;

/// The durability tests start the real app and the CLI as processes and keep them busy. They run alone, after
/// the other tests, so their load does not slow the browser tests that measure timing ("within a second").
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DurabilityCollection
{
    public const string Name = "durability";
}
