using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class GetAppSnapshotDefaultTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Get-AppSnapshotDefault";
    private readonly EmulatorFixture _emulator;

    public GetAppSnapshotDefaultTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);
}
