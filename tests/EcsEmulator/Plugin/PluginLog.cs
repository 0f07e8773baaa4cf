using System.Globalization;
using System.Text;

namespace EcsEmulator.Plugin;

/// <summary>
/// The plug-in's bracketed log, built on a guest-time line (nominal, unscaled durations: the log reads like a real
/// run whatever the speed factor). Each entry remembers its offset so a timed-out run can show only what was printed.
/// </summary>
internal sealed class PluginLog(DateTimeOffset startUtc, bool windows, Random jitter)
{
    // Guests in these regions log local time (UTC+8 in the seeds).
    private static readonly TimeSpan GuestOffset = TimeSpan.FromHours(8);
    private readonly List<(TimeSpan At, string Line)> _lines = [];

    public TimeSpan Elapsed { get; private set; }

    /// <summary>Moves guest time on by a nominal duration with a little realistic jitter; returns the actual step.</summary>
    public TimeSpan Spend(TimeSpan nominal)
    {
        var step = TimeSpan.FromTicks((long)(nominal.Ticks * (0.95 + jitter.NextDouble() * 0.1)) + jitter.Next(1, 9999));
        Elapsed += step;
        return step;
    }

    public void Info(string message, string? snapshotGroup = null) => Record("info", message, snapshotGroup);

    public void Warn(string message) => Record("warning", message, null);

    public void Error(string message) => Record("error", message, null);

    /// <summary>A multi-line field such as [output="..."] or [requestor="..."].</summary>
    public void Block(string field, string text)
    {
        var body = text.TrimEnd('\n');
        _lines.Add((Elapsed, body.Length == 0 ? $"[{field}=\"\n\"]" : $"[{field}=\"\n{body}\n\"]"));
    }

    public string Text(TimeSpan? upTo = null) =>
        string.Concat(_lines.Where(l => upTo is null || l.At <= upTo).Select(l => l.Line + "\n"));

    private void Record(string level, string message, string? snapshotGroup)
    {
        // Consecutive log lines are a few microseconds apart, as in the seeds.
        Elapsed += TimeSpan.FromTicks(jitter.Next(20, 400));
        var sb = new StringBuilder();
        sb.Append("[level=\"").Append(level).Append("\"][time=\"").Append(Timestamp()).Append("\"]");
        if (snapshotGroup is not null) sb.Append("[snapshotgroup=\"").Append(snapshotGroup).Append("\"]");
        sb.Append("[message=\"").Append(message).Append("\"]");
        _lines.Add((Elapsed, sb.ToString()));
    }

    private string Timestamp()
    {
        var local = (startUtc + Elapsed).ToOffset(GuestOffset);
        var text = local.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
        // Go on Linux prints nanoseconds (9 digits); the Windows plug-in prints 7.
        return windows ? text : text + jitter.Next(0, 100).ToString("D2", CultureInfo.InvariantCulture);
    }
}
