using EcsEmulator.Plugin;

namespace EcsEmulator.CloudAssistant;

/// <summary>
/// One instance's run of an invocation. Pending and Running are derived from the planned times; the final
/// result is written by the finish event, so reading never needs a background worker.
/// </summary>
internal sealed class InvocationTarget
{
    public required string InstanceId { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    public required DateTimeOffset PlannedFinishTime { get; init; }

    /// <summary>What the command will end with, decided at dispatch, so that its completion can be scheduled again after a restart.</summary>
    public long PlannedExitCode { get; init; }
    public string PlannedOutput { get; init; } = "";
    public GroupOutcome? PlannedGroup { get; init; }
    /// <summary>Set when the command outlasts RunCommand's Timeout: it ends Timeout after this long.</summary>
    public TimeSpan? TimesOutAfter { get; init; }

    public string? FinalStatus { get; set; }
    public long ExitCode { get; set; }
    public string Output { get; set; } = "";
    public string ErrorCode { get; set; } = "";
    public string ErrorInfo { get; set; } = "";
    public DateTimeOffset? FinishTime { get; set; }
    public DateTimeOffset? StopTime { get; set; }

    public string Status(DateTimeOffset now) =>
        FinalStatus ?? (now < StartTime ? "Pending" : "Running");

    public bool IsFinal => FinalStatus is not null;

    /// <summary>Legacy per-instance status (InstanceInvokeStatus).</summary>
    public string LegacyStatus(DateTimeOffset now) => Status(now) switch
    {
        "Pending" or "Running" => "Running",
        "Success" or "Failed" or "Timeout" or "Error" => "Finished",
        "Cancelled" or "Terminated" => "Stopped",
        var s => s,
    };
}
