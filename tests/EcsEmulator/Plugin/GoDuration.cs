using System.Globalization;

namespace EcsEmulator.Plugin;

/// <summary>Formats durations the way Go's time.Duration.String() does ("137.4025ms", "1.5597662s", "2m3.5s").</summary>
internal static class GoDuration
{
    public static string Format(TimeSpan d)
    {
        var ns = d.Ticks * 100;
        if (ns < 1_000) return ns + "ns";
        if (ns < 1_000_000) return Trim(ns / 1_000.0) + "µs";
        if (ns < 1_000_000_000) return Trim(ns / 1_000_000.0) + "ms";
        var totalSeconds = ns / 1_000_000_000.0;
        if (totalSeconds < 60) return Trim(totalSeconds) + "s";
        var minutes = (long)(totalSeconds / 60);
        var seconds = totalSeconds - minutes * 60;
        return minutes < 60 ? $"{minutes}m{Trim(seconds)}s" : $"{minutes / 60}h{minutes % 60}m{Trim(seconds)}s";
    }

    private static string Trim(double v) => v.ToString("0.#######", CultureInfo.InvariantCulture);
}
