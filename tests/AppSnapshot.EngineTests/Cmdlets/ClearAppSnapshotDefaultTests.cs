using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class ClearAppSnapshotDefaultTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Clear-AppSnapshotDefault";
    private readonly EmulatorFixture _emulator;

    public ClearAppSnapshotDefaultTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);
}
