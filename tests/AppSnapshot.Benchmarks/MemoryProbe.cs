using System.Globalization;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// Resident memory of this process from /proc (Linux): the peak (VmHWM) can be reset between
/// scenarios by writing 5 to /proc/self/clear_refs, so each scenario gets its own peak.
/// </summary>
internal static class MemoryProbe
{
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; }
    }

    public static double PeakMb => Read("VmHWM:");
    public static double CurrentMb => Read("VmRSS:");

    /// <summary>Frees what the previous scenario left so that the next peak starts from the live set.</summary>
    public static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static double Read(string key)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
                var kb = double.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024;
            }
        }
        catch (IOException) { }
        return double.NaN;
    }
}
