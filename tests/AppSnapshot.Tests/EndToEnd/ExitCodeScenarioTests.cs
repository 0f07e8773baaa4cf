using AppSnapshot.Models;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>Every exit code of the plug-in reaches the user explained, as a result and as an error.</summary>
public class ExitCodeScenarioTests : EmulatorScenario
{
    [Fact]
    public async Task EveryNonZeroExitCodeIsExplainedOnItsOwnInstance()
    {
        var codes = ExitCodeTable.All.Where(c => !c.IsSuccess).Select(c => c.Code).ToList();
        var byInstance = codes.Select((code, n) => (Id: "i-bench-linux-" + (n + 1).ToString("D4"), Code: code)).ToList();
        foreach (var (id, code) in byInstance) Host.Control.SetPluginFault(id, code);
        var sink = new RecordingSink();
        var request = RunRequest(byInstance.Select(x => x.Id).Append("i-bench-linux-0100").ToArray());
        request.TimeoutSeconds = 120;

        await new AppSnapshot.Workflow.SnapshotRuns.SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        var results = sink.ObjectsOf<AppSnapshotResult>().ToDictionary(r => r.InstanceId);
        Assert.Equal(byInstance.Count + 1, results.Count);
        Assert.True(results["i-bench-linux-0100"].Succeeded);
        foreach (var (id, code) in byInstance)
        {
            var info = ExitCodeTable.Explain(code);
            Assert.Equal(code, results[id].ExitCode);
            Assert.Equal(info.Meaning, results[id].ExitCodeMeaning);
            Assert.False(results[id].Succeeded);
            var error = Assert.Single(sink.Errors, e => e.Target is AppSnapshotResult r && r.InstanceId == id);
            Assert.Equal(info.ErrorId, error.ErrorId);
            Assert.Equal(info.RecommendedAction, error.RecommendedAction);
        }
        Assert.Equal(byInstance.Count, sink.Errors.Count);
        Assert.Equal(1, Calls("RunCommand"));
    }
}
