using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class SendAppSnapshotScriptTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Send-AppSnapshotScript";
    private readonly EmulatorFixture _emulator;

    public SendAppSnapshotScriptTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void LocalFilesAreReadFromThePowerShellLocationAndArriveAsRootOnlyScripts()
    {
        using var session = _emulator.OpenSession();
        Arrangements.ScriptFilesInLocation(_emulator, session);

        var result = session.Run("Send-AppSnapshotScript -InstanceId i-ubuntu2204 -PreScriptPath ./pre.sh -PostScriptPath ./post.sh").AssertClean().Output.Single();

        Assert.Equal(true, result.Properties["Succeeded"].Value);
        var files = _emulator.Control.GetFiles("i-ubuntu2204").ToDictionary(f => f.Path);
        Assert.Equal("#!/bin/bash\necho engine-test freeze\n", files["/tmp/prescript.sh"].Content);
        Assert.Equal("#!/bin/bash\necho engine-test thaw\n", files["/tmp/postscript.sh"].Content);
        Assert.All(files.Values, f => Assert.Equal(("root", "0700"), (f.Owner, f.Mode)));
    }

    [Fact]
    public void AMissingLocalFileIsObjectNotFoundAndUploadsNothing()
    {
        using var session = _emulator.OpenSession();
        Arrangements.ScriptFilesInLocation(_emulator, session);

        var run = session.Run("Send-AppSnapshotScript -InstanceId i-ubuntu2204 -PreScriptPath ./missing.sh -PostScriptPath ./post.sh");

        var error = run.Error("ScriptFileNotFound");
        Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("-PreScriptPath", error.Exception.Message);
        Assert.Empty(_emulator.Control.GetFiles("i-ubuntu2204"));
        Assert.Equal("", _emulator.State().ChangingCalls);
    }
}
