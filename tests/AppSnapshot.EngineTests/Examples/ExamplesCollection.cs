using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// The examples read the endpoint, AccessKey and region from process environment variables, as a
/// reader's session does, and those are process-wide: this collection runs alone, after the parallel
/// ones, on one emulator that every example resets.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExamplesCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "Documented examples (process environment)";
}
