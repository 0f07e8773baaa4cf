namespace EcsEmulator.Faults;

/// <summary>Authenticated calls per action (faulted ones included: the client did make them).</summary>
internal sealed class CallCounter
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Count(string action)
    {
        lock (_counts) _counts[action] = _counts.GetValueOrDefault(action) + 1;
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (_counts) return new Dictionary<string, int>(_counts);
    }

    public void Clear()
    {
        lock (_counts) _counts.Clear();
    }
}
