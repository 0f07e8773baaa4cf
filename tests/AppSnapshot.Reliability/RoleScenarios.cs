using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Roles;

namespace AppSnapshot.Reliability;

/// <summary>Set-EcsInstanceRamRole on an instance whose role was taken away first: made = the role is attached.</summary>
internal sealed class AttachRoleScenario : ChangeScenario
{
    public override string Action => "AttachInstanceRamRole";
    public override string Cmdlet => "Set-EcsInstanceRamRole";

    public override async Task PrepareAsync(World world, int trials) =>
        await new InstanceRamRoleApi(world.Session.Ecs()).DetachAsync(Enumerable.Range(0, trials).Select(World.Instance), null, CancellationToken.None);

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var request = new InstanceRamRoleAttachRequest { RoleName = "EcsSnapshotRole" };
        request.Instances.Add(new InstanceTarget(World.Instance(i)));
        var sink = new CollectingSink();
        await new AttachInstanceRamRoleOperation(world.Session).RunAsync(request, sink, CancellationToken.None);
        return Telling.From(sink.Of<InstanceRamRoleAssignment>().Any(a => a.Result == nameof(RoleAssignmentResult.Attached)), sink.Errors);
    }

    public override Task<int> TimesMadeAsync(World world, int i) =>
        Task.FromResult(world.Host.Control.GetInstances().Single(x => x.InstanceId == World.Instance(i)).RamRoleName == "EcsSnapshotRole" ? 1 : 0);
}

/// <summary>Remove-EcsInstanceRamRole: made = the instance has no role.</summary>
internal sealed class DetachRoleScenario : ChangeScenario
{
    public override string Action => "DetachInstanceRamRole";
    public override string Cmdlet => "Remove-EcsInstanceRamRole";

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var request = new InstanceRamRoleDetachRequest();
        request.Instances.Add(new InstanceTarget(World.Instance(i)));
        var sink = new CollectingSink();
        await new DetachInstanceRamRoleOperation(world.Session).RunAsync(request, sink, CancellationToken.None);
        return Telling.From(sink.Of<InstanceRamRoleAssignment>().Any(a => a.Result == nameof(RoleAssignmentResult.Detached)), sink.Errors);
    }

    public override Task<int> TimesMadeAsync(World world, int i) =>
        Task.FromResult(world.Host.Control.GetInstances().Single(x => x.InstanceId == World.Instance(i)).RamRoleName is null ? 1 : 0);
}

/// <summary>Initialize-AppSnapshotRamRole with a role and policy of its own per change; the faulted step decides what "made" means.</summary>
internal sealed class RamSetupScenario(string action) : ChangeScenario
{
    public override string Action => action;
    public override string Cmdlet => "Initialize-AppSnapshotRamRole";

    private static RamRoleSetupRequest Request(int i) => new() { RoleName = "ReliabilityRole" + i, PolicyName = "ReliabilityPolicy" + i };

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var sink = new CollectingSink();
        try
        {
            await new RamRoleSetupOperation(world.Session).RunAsync(Request(i), sink, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Telling.From(ex);
        }
        var result = sink.Of<RamRoleSetupResult>().SingleOrDefault();
        var made = result != null && action switch
        {
            "CreateRole" => result.RoleStatus == nameof(SetupStatus.Created),
            "CreatePolicy" => result.PolicyStatus == nameof(SetupStatus.Created),
            _ => result.AttachmentStatus == nameof(SetupStatus.Attached),
        };
        return Telling.From(made, sink.Errors);
    }

    public override async Task<int> TimesMadeAsync(World world, int i)
    {
        var ram = new RamApi(world.Session.Ram);
        var request = Request(i);
        return action switch
        {
            "CreateRole" => await ram.GetRoleAsync(request.RoleName, CancellationToken.None) is null ? 0 : 1,
            "CreatePolicy" => await ram.GetPolicyAsync(request.PolicyName, RamPolicyTypes.Custom, CancellationToken.None) is null ? 0 : 1,
            _ => await ram.GetRoleAsync(request.RoleName, CancellationToken.None) is null ? 0
                : (await ram.ListPoliciesForRoleAsync(request.RoleName, CancellationToken.None)).Policies.Count(p => p.PolicyName == request.PolicyName),
        };
    }
}
