using EcsEmulator.Http;
using EcsEmulator.State;

namespace EcsEmulator.Actions.Ecs;

/// <summary>StopInstance / StartInstance: Running→Stopping→Stopped and Stopped→Starting→Running over speed-scaled time.</summary>
internal static class InstanceLifecycleActions
{
    private static readonly TimeSpan StopDuration = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StartDuration = TimeSpan.FromSeconds(15);

    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.EcsVersion, "StopInstance", ctx => Transition(ctx, "Running", "Stopping", "Stopped", StopDuration));
        c.Add(ActionCatalog.EcsVersion, "StartInstance", ctx => Transition(ctx, "Stopped", "Starting", "Running", StartDuration));
    }

    private static object Transition(ActionContext ctx, string from, string via, string to, TimeSpan nominal)
    {
        var id = ctx.P.Required("InstanceId");
        // StopInstance/StartInstance take no RegionId in the real API; the instance id is enough.
        var instance = ctx.State.Instances.GetValueOrDefault(id)
            ?? throw new ApiException(404, "InvalidInstanceId.NotFound", $"The specified instance \"{id}\" does not exist.");
        ctx.P.Bool("ForceStop");
        if (instance.Status != from)
            throw new ApiException(403, "IncorrectInstanceStatus", "The current status of the resource does not support this operation.");
        instance.Status = via;
        instance.TransitionVersion++;
        instance.PendingStatus = to;
        instance.PendingStatusAt = ctx.Now + ctx.State.Scaled(nominal);
        ScheduleTransition(ctx.State, instance);
        return new { };
    }

    /// <summary>At Stop/StartInstance, and again for an instance still in transition when a saved state is loaded.</summary>
    public static void ScheduleTransition(EmulatorState state, Instance instance)
    {
        if (instance.PendingStatus is not { } to || instance.PendingStatusAt is not { } at) return;
        var version = instance.TransitionVersion;
        state.Events.Schedule(at, () => Complete(instance, version, to));
    }

    private static void Complete(Instance instance, int version, string to)
    {
        if (instance.TransitionVersion != version) return;
        instance.Status = to;
        instance.PendingStatus = null;
        instance.PendingStatusAt = null;
        if (to == "Running" && instance.CloudAssistantPendingInstall)
        {
            instance.CloudAssistantInstalled = instance.CloudAssistantRunning = true;
            instance.CloudAssistantVersion = instance.IsWindows ? "2.1.3.398" : "2.2.3.398";
            instance.CloudAssistantPendingInstall = false;
        }
    }
}
