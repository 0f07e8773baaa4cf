using System.Text;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Tests.Fakes;

/// <summary>
/// A scripted ECS for workflow unit tests: instances, roles, RunCommand and the polling answers.
/// Each instance finishes after a number of DescribeInvocations calls on its invocation.
/// </summary>
public sealed class FakeSnapshotCloud
{
    private readonly object _gate = new();
    private readonly Dictionary<string, FakeInstance> _instances = new();
    private readonly Dictionary<string, (List<string> Ids, int Polls)> _invocations = new();
    private readonly Dictionary<string, string> _tokens = new();
    private readonly Dictionary<string, string> _runTags = new();
    private int _invokeCounter;

    public FakeSnapshotCloud()
    {
        Ecs = new FakeRpcClient();
        Clients = new FakeClients(Ecs);
        Ecs.On("DescribeInstances", DescribeInstances)
           .On("DescribeInstanceRamRole", DescribeRoles)
           .On("DescribeCloudAssistantStatus", DescribeAgents)
           .On("RunCommand", RunCommand)
           .On("DescribeInvocations", DescribeInvocations)
           .On("DescribeSnapshotGroups", DescribeGroups);
    }

    public FakeRpcClient Ecs { get; }
    public FakeClients Clients { get; }
    /// <summary>Throw from RunCommand this many times (after the service committed the run) before answering.</summary>
    public int DropRunCommandResponses { get; set; }
    /// <summary>Throw from RunCommand this many times before the service committed anything (the answer is lost all the same).</summary>
    public int LoseRunCommandBeforeCommit { get; set; }
    /// <summary>Fail this many DescribeInvocations calls (as the client would after its retries) before answering.</summary>
    public int FailPolls { get; set; }
    /// <summary>Fail this many DescribeInvocations lookups by tag before answering.</summary>
    public int FailTagLookups { get; set; }
    /// <summary>Answer DescribeInvocations by InvokeId with this non-retryable error code (e.g. InvalidAccessKeyId.NotFound).</summary>
    public string? PollErrorCode { get; set; }
    public int RunsStarted { get { lock (_gate) return _invocations.Count; } }

    public FakeInstance Add(string id, string osType = "linux", string status = "Running", string? role = "AppSnapshotRoleName")
    {
        var instance = new FakeInstance(id, osType, status, role);
        _instances[id] = instance;
        return instance;
    }

    public int PollsOf(string invokeId) { lock (_gate) return _invocations[invokeId].Polls; }

    private object DescribeInstances(RpcRequest r)
    {
        var ids = r.GetJsonArray("InstanceIds");
        var found = ids.Where(_instances.ContainsKey).Select(id => _instances[id]);
        var body = new JsonObject().Set("RequestId", "req-di");
        var list = new JsonArray(found.Select(i => (JsonNode)new JsonObject()
            .Set("InstanceId", i.Id).Set("InstanceName", i.Id + "-name").Set("Status", i.Status)
            .Set("OSType", i.OSType).Set("OSName", i.OSType == "windows" ? "Windows Server 2019" : "CentOS 7.9 64位")
            .Set("RegionId", "cn-hangzhou").Set("ZoneId", "cn-hangzhou-h")));
        return body.Set("Instances", new JsonObject().Set("Instance", list));
    }

    private object DescribeRoles(RpcRequest r)
    {
        var sets = r.GetJsonArray("InstanceIds").Where(id => _instances.TryGetValue(id, out var i) && i.Role != null)
            .Select(id => (JsonNode)new JsonObject().Set("InstanceId", id).Set("RamRoleName", _instances[id].Role));
        return new JsonObject().Set("InstanceRamRoleSets", new JsonObject().Set("InstanceRamRoleSet", new JsonArray(sets)));
    }

    private object DescribeAgents(RpcRequest r)
    {
        var statuses = r.GetList("InstanceId").Where(_instances.ContainsKey)
            .Select(id => (JsonNode)new JsonObject().Set("InstanceId", id).Set("CloudAssistantStatus", _instances[id].AgentRunning ? "true" : "false"));
        return new JsonObject().Set("InstanceCloudAssistantStatusSet", new JsonObject().Set("InstanceCloudAssistantStatus", new JsonArray(statuses)));
    }

    private object RunCommand(RpcRequest r)
    {
        string invokeId;
        lock (_gate)
        {
            var token = r.Get("ClientToken")!;
            if (LoseRunCommandBeforeCommit > 0)
            {
                LoseRunCommandBeforeCommit--;
                throw new AcsTransportException("connection reset before commit", "RunCommand", "Ecs", 5);
            }
            if (!_tokens.TryGetValue(token, out invokeId!))
            {
                invokeId = "t-" + ++_invokeCounter;
                _tokens[token] = invokeId;
                _invocations[invokeId] = (r.GetList("InstanceId").ToList(), 0);
                if (r.Get("Tag.1.Key") == "appsnapshot-run") _runTags[r.Get("Tag.1.Value")!] = invokeId;
            }
            if (DropRunCommandResponses > 0)
            {
                DropRunCommandResponses--;
                throw new AcsTransportException("connection reset after commit", "RunCommand", "Ecs", 5);
            }
        }
        return new JsonObject().Set("InvokeId", invokeId).Set("CommandId", "c-" + invokeId).Set("RequestId", "req-run-" + invokeId);
    }

    private object DescribeInvocations(RpcRequest r)
    {
        if (r.Get("InvokeId") == null) return FindByTag(r);
        if (PollErrorCode != null) throw new AcsApiException(PollErrorCode, "refused", "req-err", 404, "DescribeInvocations", "Ecs");
        var invokeId = r.Get("InvokeId")!;
        if (FailPolls > 0)
        {
            FailPolls--;
            throw new AcsTransportException("connection reset", "DescribeInvocations", "Ecs", 5);
        }
        List<string> ids;
        int polls;
        lock (_gate)
        {
            if (!_invocations.TryGetValue(invokeId, out var inv))
                return new JsonObject().Set("Invocations", new JsonObject().Set("Invocation", new JsonArray()));
            polls = inv.Polls + 1;
            _invocations[invokeId] = (inv.Ids, polls);
            ids = inv.Ids;
        }
        var instances = ids.Select(id =>
        {
            var i = _instances[id];
            var done = polls >= i.FinishAfterPolls;
            var o = new JsonObject().Set("InstanceId", id)
                .Set("InvocationStatus", !done ? "Running" : i.CloudAssistantStatus ?? (i.ExitCode == 0 ? "Success" : "Failed"))
                .Set("StartTime", "2026-11-21T09:30:01Z");
            if (done)
            {
                o.Set("ExitCode", (long)i.ExitCode).Set("FinishTime", "2026-11-21T09:30:09Z")
                 .Set("Output", Convert.ToBase64String(Encoding.UTF8.GetBytes(i.Log())))
                 .Set("ErrorCode", i.CloudAssistantErrorCode ?? (i.ExitCode == 0 ? "" : "ExitCodeNonzero"));
            }
            return (JsonNode)o;
        });
        var invocation = new JsonObject().Set("InvokeId", invokeId).Set("CommandId", "c-" + invokeId)
            .Set("InvokeInstances", new JsonObject().Set("InvokeInstance", new JsonArray(instances)));
        return new JsonObject().Set("Invocations", new JsonObject().Set("Invocation", new JsonArray(new[] { (JsonNode)invocation })));
    }

    private object FindByTag(RpcRequest r)
    {
        if (FailTagLookups > 0)
        {
            FailTagLookups--;
            throw new AcsTransportException("connection reset", "DescribeInvocations", "Ecs", 5);
        }
        var tag = r.Get("Tag.1.Value")!;
        var list = new JsonArray();
        lock (_gate)
        {
            if (_runTags.TryGetValue(tag, out var invokeId))
            {
                var tags = new JsonArray(new[] { (JsonNode)new JsonObject().Set("TagKey", "appsnapshot-run").Set("TagValue", tag) });
                list.Items.Add(new JsonObject().Set("InvokeId", invokeId).Set("CommandId", "c-" + invokeId).Set("Tags", new JsonObject().Set("Tag", tags)));
            }
        }
        return new JsonObject().Set("Invocations", new JsonObject().Set("Invocation", list));
    }

    private object DescribeGroups(RpcRequest r)
    {
        return SnapshotGroupAnswers.All(r.GetList("SnapshotGroupId").Select(gid =>
        {
            var owner = _instances.Values.First(i => i.GroupId == gid);
            return SnapshotGroupAnswers.Group(gid, "g", owner.Id, owner.TagKey);
        }));
    }
}

public sealed class FakeInstance
{
    public FakeInstance(string id, string osType, string status, string? role)
    {
        Id = id;
        OSType = osType;
        Status = status;
        Role = role;
    }

    public string Id { get; }
    public string OSType { get; }
    public string Status { get; }
    public string? Role { get; }
    public int FinishAfterPolls { get; set; } = 1;
    public bool AgentRunning { get; set; } = true;
    public int ExitCode { get; set; }
    public string? TagKey { get; set; } = "APPConsistent";
    public string? CloudAssistantStatus { get; set; }
    public string? CloudAssistantErrorCode { get; set; }
    public string GroupId => "ssg-" + Id;

    public string Log() => ExitCode == 0
        ? "[level=\"info\"][time=\"2026-11-21 17:30:05.1\"][message=\"Finish SnapshotGroup=" + GroupId + " Creation, TotalCost=3.82s, QueryCost=2.93s\"]\n" +
          "[level=\"info\"][time=\"2026-11-21 17:30:06.1\"][snapshotgroup=\"" + GroupId + "\"][message=\"Finish whole Processes of Snapshot successfully\"]\n"
        : "[level=\"error\"][time=\"2026-11-21 17:30:05.1\"][message=\"failed\"]\n";
}
