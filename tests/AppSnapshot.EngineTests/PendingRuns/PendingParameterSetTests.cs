using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.PendingRuns;

[Collection(PendingRunsCollection.Name)]
public class PendingParameterSetTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public PendingParameterSetTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.ReadingPendingRuns), MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string cmdlet, string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, cmdlet, parameterSet, mode);
}
