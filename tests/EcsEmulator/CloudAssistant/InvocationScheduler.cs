using EcsEmulator.Plugin;
using EcsEmulator.State;

namespace EcsEmulator.CloudAssistant;

/// <summary>Plans each target of a RunCommand and schedules its completion (and side effects) on the event queue.</summary>
internal static class InvocationScheduler
{
    private static readonly TimeSpan NominalDelivery = TimeSpan.FromMilliseconds(500);

    public static void Dispatch(EmulatorState state, Invocation invocation, IEnumerable<Instance> instances)
    {
        foreach (var instance in instances)
        {
            var jitter = StableRandom.For(invocation.InvokeId, instance.InstanceId);
            var start = invocation.CreationTime + state.Scaled(NominalDelivery);
            var plan = CommandInterpreter.Plan(state, instance, invocation.CommandContent, start, jitter);
            var timeout = TimeSpan.FromSeconds(invocation.Timeout);
            var timedOut = plan.NominalDuration > timeout;
            var finish = start + state.Scaled(timedOut ? timeout : plan.NominalDuration);
            var target = new InvocationTarget
            {
                InstanceId = instance.InstanceId, CreationTime = invocation.CreationTime, StartTime = start, PlannedFinishTime = finish,
                PlannedExitCode = plan.ExitCode, PlannedOutput = plan.Output(timedOut ? timeout : null), PlannedGroup = timedOut ? null : plan.Group,
                TimesOutAfter = timedOut ? timeout : null,
            };
            invocation.Targets.Add(target);
            instance.LastInvokedTime = invocation.CreationTime;
            instance.InvocationCount++;
            ScheduleCompletion(state, instance, target);
        }
    }

    /// <summary>At dispatch, and again for every unfinished target when a saved state is loaded.</summary>
    public static void ScheduleCompletion(EmulatorState state, Instance instance, InvocationTarget target) =>
        state.Events.Schedule(target.PlannedFinishTime, () => Complete(state, instance, target));

    private static void Complete(EmulatorState state, Instance instance, InvocationTarget target)
    {
        if (target.IsFinal) return; // stopped meanwhile
        target.FinishTime = target.PlannedFinishTime;
        target.Output = target.PlannedOutput;
        if (target.TimesOutAfter is not null)
        {
            target.FinalStatus = "Timeout";
            target.ExitCode = -1;
            target.ErrorCode = "ExecutionTimeout";
            target.ErrorInfo = "the command execution has been timeout";
            return;
        }
        target.ExitCode = target.PlannedExitCode;
        target.FinalStatus = target.PlannedExitCode == 0 ? "Success" : "Failed";
        if (target.PlannedExitCode != 0)
        {
            target.ErrorCode = "ExitCodeNonzero";
            target.ErrorInfo = "the command execution exit code is not zero";
        }
        if (target.PlannedGroup is { } group)
            SnapshotGroupFactory.Create(state, instance, group, target.StartTime + state.Scaled(group.CreatedAtOffset));
    }

    /// <summary>StopInvocation: not started → Cancelled; running → Terminated (the process is killed).</summary>
    public static void Stop(InvocationTarget target, DateTimeOffset now)
    {
        if (target.IsFinal) return;
        target.StopTime = now;
        target.FinishTime = now;
        target.FinalStatus = now < target.StartTime ? "Cancelled" : "Terminated";
        target.ExitCode = now < target.StartTime ? 0 : -1;
        target.ErrorCode = now < target.StartTime ? "" : "ExecutionInterrupted";
        target.ErrorInfo = now < target.StartTime ? "" : "the command execution has been interrupted";
    }
}
