namespace EcsEmulator.Faults;

/// <summary>
/// One authenticated call as the server saw it: wall-clock arrival and answer, the error code if it failed, and what it was
/// about (the InvokeId polled, the group name and page token read), for call timelines.
/// </summary>
public sealed record CallRecord(string Action, string RegionId, DateTimeOffset Start, DateTimeOffset End, string? ErrorCode, string? Subject = null)
{
    public bool Throttled => ErrorCode is not null && ErrorCode.StartsWith("Throttling", StringComparison.Ordinal);
}

/// <summary>Every authenticated call with its times (benchmarks draw their call timeline from it); cleared by a reset.</summary>
internal sealed class CallLog
{
    private readonly List<CallRecord> _records = [];

    public void Add(CallRecord record)
    {
        lock (_records) _records.Add(record);
    }

    public IReadOnlyList<CallRecord> Snapshot()
    {
        lock (_records) return _records.ToList();
    }

    public void Clear()
    {
        lock (_records) _records.Clear();
    }
}
