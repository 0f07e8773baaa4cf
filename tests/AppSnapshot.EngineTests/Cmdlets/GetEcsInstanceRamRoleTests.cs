using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class GetEcsInstanceRamRoleTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Get-EcsInstanceRamRole";
    private readonly EmulatorFixture _emulator;

    public GetEcsInstanceRamRoleTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);
}
