using AppSnapshot.EngineTests.Hosting;
using Xunit.Sdk;

namespace AppSnapshot.EngineTests.ThreadGuard;

/// <summary>
/// The engine refuses a write or a prompt that does not come from the pipeline thread. These tests show
/// that the clean-run check every cmdlet test ends with turns such a write into a failed test, so the
/// defect that broke every cmdlet (a debug note written from a worker thread) cannot come back unseen.
/// </summary>
public class ThreadGuardTests
{
    private static readonly string TestAssembly = typeof(WriteOffThreadDebugCommand).Assembly.Location;

    [Fact]
    public void AnOffThreadWriteFailsTheCleanRunCheck()
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("Import-Module -Name $testAssembly; Write-OffThreadDebug -Debug", ("testAssembly", TestAssembly));

        var failure = Assert.Throws<FailException>(() => run.AssertClean());
        Assert.Contains("PSInvalidOperationException", failure.Message);
        Assert.Contains("same thread", failure.Message);
    }

    [Fact]
    public void AnOffThreadPromptFailsTheCleanRunCheck()
    {
        var host = new ScriptedHost(Answer.Yes);
        using var session = EngineSession.Open(null, host);

        var run = session.Run("Import-Module -Name $testAssembly; Remove-OffThreadThing -Confirm", ("testAssembly", TestAssembly));

        Assert.Throws<FailException>(() => run.AssertClean());
        Assert.Empty(host.Prompts);
    }

    [Fact]
    public void TheSameWriteOnThePipelineThreadPassesTheCheck()
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("Write-Debug 'written on the pipeline thread' -Debug").AssertClean();

        Assert.Equal(["written on the pipeline thread"], run.Debug);
    }
}
