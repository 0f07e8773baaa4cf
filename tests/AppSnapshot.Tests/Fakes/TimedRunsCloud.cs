using System.Text;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Tests.Fakes;

/// <summary>
/// A Cloud Assistant whose runs finish by the clock, not by the number of polls: each instance of a run finishes a set
/// time after the run was created, and its snapshot group (named after the run) appears then. DescribeSnapshotGroups
/// lists groups by Name newest first, 100 per page, as the service does. Times on the wire are whole seconds.
/// </summary>
public sealed class TimedRunsCloud
{
    private readonly object _gate = new();
    private readonly ManualClock _clock;
    private readonly Dictionary<string, (string Name, DateTimeOffset Created, Dictionary<string, TimeSpan> Durations)> _runs = new();

    public TimedRunsCloud(ManualClock clock)
    {
        _clock = clock;
        Ecs = new FakeRpcClient();
        Clients = new FakeClients(Ecs);
        Ecs.On("DescribeInvocations", DescribeInvocations).On("DescribeSnapshotGroups", DescribeGroups);
    }

    public FakeRpcClient Ecs { get; }
    public FakeClients Clients { get; }

    /// <summary>A run created now, on instances that finish after the given durations.</summary>
    public void Start(string invokeId, string groupName, IReadOnlyDictionary<string, TimeSpan> durations)
    {
        lock (_gate) _runs[invokeId] = (groupName, _clock.UtcNow, durations.ToDictionary(d => d.Key, d => d.Value));
    }

    public int PollsOf(string invokeId) => Ecs.CallsTo("DescribeInvocations").Count(c => c.Get("InvokeId") == invokeId);

    private static string Wire(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private object DescribeInvocations(RpcRequest r)
    {
        var invokeId = r.Get("InvokeId")!;
        var now = _clock.UtcNow;
        var list = new JsonArray();
        lock (_gate)
        {
            if (_runs.TryGetValue(invokeId, out var run))
            {
                var instances = run.Durations.Select(d =>
                {
                    var finish = run.Created + d.Value;
                    var o = new JsonObject().Set("InstanceId", d.Key).Set("InvocationStatus", now >= finish ? "Success" : "Running")
                        .Set("StartTime", Wire(run.Created));
                    if (now >= finish)
                    {
                        o.Set("ExitCode", 0L).Set("FinishTime", Wire(finish)).Set("ErrorCode", "")
                         .Set("Output", Convert.ToBase64String(Encoding.UTF8.GetBytes(Log(d.Key))));
                    }
                    return (JsonNode)o;
                });
                list.Items.Add(new JsonObject().Set("InvokeId", invokeId).Set("CreationTime", Wire(run.Created))
                    .Set("InvokeInstances", new JsonObject().Set("InvokeInstance", new JsonArray(instances))));
            }
        }
        return new JsonObject().Set("Invocations", new JsonObject().Set("Invocation", list));
    }

    private object DescribeGroups(RpcRequest r)
    {
        var now = _clock.UtcNow;
        var name = r.Get("Name");
        var ids = r.GetList("SnapshotGroupId");
        List<(string Id, string Name, string InstanceId, DateTimeOffset Finish)> all;
        lock (_gate)
        {
            all = _runs.Values.SelectMany(run => run.Durations.Select(d => (Id: "ssg-" + d.Key, run.Name, InstanceId: d.Key, Finish: run.Created + d.Value)))
                .Where(g => g.Finish <= now && (name == null || g.Name == name) && (ids.Count == 0 || ids.Contains(g.Id)))
                .OrderByDescending(g => g.Finish).ToList();
        }
        return SnapshotGroupAnswers.Page(r, all, g => SnapshotGroupAnswers.Group(g.Id, g.Name, g.InstanceId, "APPConsistent"));
    }

    private static string Log(string instanceId) =>
        "[level=\"info\"][time=\"2026-11-21 17:30:05.1\"][message=\"Finish SnapshotGroup=ssg-" + instanceId + " Creation, TotalCost=3.82s, QueryCost=2.93s\"]\n" +
        "[level=\"info\"][time=\"2026-11-21 17:30:06.1\"][snapshotgroup=\"ssg-" + instanceId + "\"][message=\"Finish whole Processes of Snapshot successfully\"]\n";
}
