using System.Text.Json;

namespace AppSnapshot.Benchmarks;

/// <summary>The JSON summary cmdlet-run.ps1 writes at the end of its run (see the script for each field).</summary>
internal sealed record CmdletRunSummary(
    TimeSpan Elapsed, int Results, int Succeeded, int Other, TimeSpan SlowestRun, int Errors, List<string> ErrorSamples,
    string? Terminating, double PeakMb, double BaselineMb, bool PeakReset, Dictionary<string, int> PerInstance)
{
    public static CmdletRunSummary Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new CmdletRunSummary(
            TimeSpan.FromSeconds(root.GetProperty("elapsedSeconds").GetDouble()),
            root.GetProperty("results").GetInt32(),
            root.GetProperty("succeeded").GetInt32(),
            root.GetProperty("other").GetInt32(),
            TimeSpan.FromSeconds(root.GetProperty("slowestRunSeconds").GetDouble()),
            root.GetProperty("errors").GetInt32(),
            root.GetProperty("errorSamples").EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
            root.GetProperty("terminating").GetString(),
            Megabytes(root.GetProperty("peakMb")),
            Megabytes(root.GetProperty("baselineMb")),
            root.GetProperty("peakReset").GetBoolean(),
            root.GetProperty("perInstance").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal));
    }

    /// <summary>ConvertTo-Json writes NaN (no /proc) as the string "NaN".</summary>
    private static double Megabytes(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN;
}
