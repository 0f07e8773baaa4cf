using System.Text;
using System.Text.Json;

namespace AppSnapshot.Reliability;

/// <summary>The figures as markdown (for RELIABILITY.md) and JSON (for tools).</summary>
internal static class Report
{
    public static string FaultMatrix(IReadOnlyList<Cell> cells, int trials)
    {
        var md = new StringBuilder();
        md.AppendLine($"Each cell: {trials} changes asked of the cmdlet's operation, the action's calls faulted as the column says, the outcome read back from the emulator with the faults off.");
        md.AppendLine("made = really made; returned = reported as made; dup = extra copies; lost = made, nothing said; false fail = made, reported failed; false ok = reported made, not made; unknown = reported as \"may or may not\".");
        md.AppendLine();
        md.AppendLine("| action (cmdlet) | fault | requested | made | returned | dup | lost | false fail | false ok | unknown |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in cells)
            md.AppendLine($"| {c.Action} ({c.Cmdlet}) | {c.Fault} | {c.Requested} | {c.Made} | {c.Returned} | {c.Duplicates} | {c.Lost} | {c.FalseFailures} | {c.FalseSuccesses} | {c.Unknown} |");
        md.AppendLine();
        md.AppendLine($"Totals: {cells.Sum(c => c.Requested)} changes in {cells.Count} cells; duplicates {cells.Sum(c => c.Duplicates)}, lost {cells.Sum(c => c.Lost)}, " +
            $"false failures {cells.Sum(c => c.FalseFailures)}, false successes {cells.Sum(c => c.FalseSuccesses)}, honest unknowns {cells.Sum(c => c.Unknown)}.");
        return md.ToString();
    }

    /// <summary>The counts the real-engine Pester files wrote, when they ran with APPSNAPSHOT_RELIABILITY_OUT.</summary>
    public static string EngineFigures(string? directory)
    {
        var md = new StringBuilder();
        var badInputs = Read(directory, "bad-inputs.json");
        md.AppendLine(badInputs is { } b
            ? $"Bad inputs (tests/Reliability.BadInput.Tests.ps1, real engine): {b.GetProperty("Cases").GetInt32()} values, {b.GetProperty("RefusedBeforeAnyCall").GetInt32()} refused before any call, " +
              $"{b.GetProperty("ParameterNamed").GetInt32()} naming the parameter, {b.GetProperty("ReachedTheService").GetInt32()} reaching the service."
            : "Bad inputs: not run (run build.ps1 -Task Reliability with Pester 5 available).");
        var scan = Read(directory, "secret-scan.json");
        md.AppendLine(scan is { } s
            ? $"Secret scan (tests/Reliability.SecretScan.Tests.ps1, real engine): {s.GetProperty("Runs").GetInt32()} cmdlet runs, {s.GetProperty("Bytes").GetInt64():N0} bytes of streams, expanded errors and transcript, {s.GetProperty("Findings").GetInt32()} findings."
            : "Secret scan: not run (run build.ps1 -Task Reliability with Pester 5 available).");
        return md.ToString();
    }

    public static void WriteJson(string directory, IReadOnlyList<Cell> cells)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "fault-matrix.json"), JsonSerializer.Serialize(cells, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static JsonElement? Read(string? directory, string name)
    {
        if (directory is null) return null;
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone() : null;
    }
}
