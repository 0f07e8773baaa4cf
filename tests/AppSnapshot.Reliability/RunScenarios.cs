using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Scripts;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Reliability;

/// <summary>New-AppConsistentSnapshotGroup on one instance per change: made = a snapshot group exists (one per run).</summary>
internal sealed class RunCommandScenario : ChangeScenario
{
    public override string Action => "RunCommand";
    public override string Cmdlet => "New-AppConsistentSnapshotGroup";

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var request = new SnapshotRunRequest { Name = "reliability", TimeoutSeconds = 60 };
        request.Instances.Add(new InstanceTarget(World.Instance(i)));
        var sink = new CollectingSink();
        try
        {
            await new SnapshotRunOperation(world.Session, world.Settings).RunAsync(request, sink, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Telling.From(ex);
        }
        return Telling.From(sink.Of<AppSnapshotResult>().Any(r => r.Succeeded), sink.Errors);
    }

    public override Task<int> TimesMadeAsync(World world, int i) => Task.FromResult(world.Host.Control.GetSnapshotGroupCount(World.Instance(i)));
}

/// <summary>Send-AppSnapshotScript to one instance per change: made = the scripts are there; times = SendFile tasks / 2.</summary>
internal sealed class SendFileScenario : ChangeScenario
{
    public override string Action => "SendFile";
    public override string Cmdlet => "Send-AppSnapshotScript";

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var request = new ScriptUploadRequest { TemplateName = "Generic" };
        request.Instances.Add(new InstanceTarget(World.Instance(i)));
        var sink = new CollectingSink();
        try
        {
            await new ScriptUploadOperation(world.Session, world.Settings).RunAsync(request, sink, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Telling.From(ex);
        }
        return Telling.From(sink.Of<ScriptUploadResult>().Any(r => r.Succeeded), sink.Errors);
    }

    public override async Task<int> TimesMadeAsync(World world, int i)
    {
        var id = World.Instance(i);
        if (!world.Host.Control.GetFiles(id).Any(f => f.Path == "/tmp/postscript.sh")) return 0;
        var tasks = await world.Session.Ecs().CallAsync(new RpcRequest("DescribeSendFileResults").Add("RegionId", "cn-hangzhou").Add("InstanceId", id), CancellationToken.None);
        return (int)(tasks.Body.GetInt64("TotalCount") ?? 0) / 2;
    }
}
