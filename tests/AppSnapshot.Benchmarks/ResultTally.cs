using System.Management.Automation;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// The end of the benchmark's pipeline (`... | & { process { $tally.Add($_) } }`): counts each result
/// by instance and keeps no objects, as a user's Out-Default would not. Public for PowerShell.
/// </summary>
public sealed class ResultTally
{
    private readonly Dictionary<string, int> _perInstance = new(StringComparer.Ordinal);

    public int Results { get; private set; }
    public int Succeeded { get; private set; }
    public int Other { get; private set; }
    public TimeSpan SlowestRun { get; private set; }
    public Dictionary<string, int> Consistency { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> PerInstance => _perInstance;

    public void Add(PSObject item)
    {
        var id = item.Properties["InstanceId"]?.Value as string;
        if (id == null || item.Properties["Succeeded"] == null) { Other++; return; }
        Results++;
        _perInstance[id] = _perInstance.TryGetValue(id, out var n) ? n + 1 : 1;
        if (item.Properties["Succeeded"].Value is true) Succeeded++;
        var consistency = item.Properties["Consistency"]?.Value?.ToString() ?? "";
        Consistency[consistency] = Consistency.TryGetValue(consistency, out var c) ? c + 1 : 1;
        if (item.Properties["TotalDuration"]?.Value is TimeSpan d && d > SlowestRun) SlowestRun = d;
    }
}
