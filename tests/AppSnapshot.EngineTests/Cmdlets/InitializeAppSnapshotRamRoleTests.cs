using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class InitializeAppSnapshotRamRoleTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Initialize-AppSnapshotRamRole";
    private readonly EmulatorFixture _emulator;

    public InitializeAppSnapshotRamRoleTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void TheFirstRunCreatesRoleAndPolicyAndTheSecondCreatesNothing()
    {
        using var session = _emulator.OpenSession();

        var first = session.Run("Initialize-AppSnapshotRamRole -Confirm:$false").AssertClean().Output.Single();
        var created = _emulator.Control.GetCreatedCounts();
        var second = session.Run("Initialize-AppSnapshotRamRole -Confirm:$false").AssertClean().Output.Single();

        Assert.Equal(["Created", "Created", "Attached"], Statuses(first));
        Assert.Equal(1, created["Role"]);
        Assert.Equal(1, created["Policy"]);
        Assert.Equal(["Existed", "Existed", "AlreadyAttached"], Statuses(second));
        Assert.Equal(created, _emulator.Control.GetCreatedCounts());
        Assert.StartsWith("acs:ram::" + EcsEmulator.EmulatorHost.AccountId + ":role/", (string)second.Properties["RoleArn"].Value, StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Statuses(System.Management.Automation.PSObject result) =>
        new[] { "RoleStatus", "PolicyStatus", "AttachmentStatus" }.Select(p => result.Properties[p].Value.ToString()!).ToArray();
}
