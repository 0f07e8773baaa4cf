using EcsEmulator;

namespace AppSnapshot.EngineTests.Emulator;

/// <summary>
/// What the emulator's inspection API says about everything a cmdlet could change: instances (status,
/// role, groups, files), created resources, and how many state-changing API calls it received.
/// </summary>
public sealed record EmulatorState(string Instances, string Created, string ChangingCalls)
{
    /// <summary>Actions that only read: every other action changes something.</summary>
    private static readonly string[] ReadingPrefixes = ["Describe", "List", "Get"];

    public static EmulatorState Read(EmulatorControl control)
    {
        var instances = control.GetInstances().OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .Select(i => i + " files=" + string.Join(";", control.GetFiles(i.InstanceId).Select(f => f.Path + ":" + f.Owner + ":" + f.Mode + ":" + f.ModifiedTime.UtcTicks + ":" + f.Content.GetHashCode())));
        var created = control.GetCreatedCounts().OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "=" + c.Value);
        var changing = control.GetCallCounts().Where(c => !ReadingPrefixes.Any(p => c.Key.StartsWith(p, StringComparison.Ordinal)))
            .OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "=" + c.Value);
        return new EmulatorState(string.Join("\n", instances), string.Join(", ", created), string.Join(", ", changing));
    }

    public string InstanceLine(string instanceId) => Instances.Split('\n').Single(l => l.Contains("InstanceId = " + instanceId + ","));
}
