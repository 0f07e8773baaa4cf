using System.Text.RegularExpressions;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// Makes a console line comparable with the line an example shows: generated ids (groups ssg-, snapshots
/// s-, invocations t-), request ids, dates and times, durations and default group names become
/// placeholders, and column padding (runs of spaces, the width of table rules) disappears. Instance
/// ids, names, disk ids, statuses, consistency and every other word stay as they are.
/// </summary>
public static class VolatileTokens
{
    private static readonly (Regex Pattern, string Placeholder)[] Replacements =
    [
        (new(@"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b"), "<request-id>"),
        (new(@"\b\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?( [+-]\d{2}:\d{2})?"), "<time>"),
        (new(@"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"), "<time>"),
        (new(@"\b(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?\b"), "<duration>"),
        (new(@"\b\d+(\.\d+)? (ms|s|min)\b"), "<duration>"),
        (new(@"(?<![\w-])appsnap-\d{8}-\d{6}"), "appsnap-<time>"),
        (new(@"(?<![\w-])ssg-[A-Za-z0-9-]+"), "ssg-<id>"),
        (new(@"(?<![\w-])s-[A-Za-z0-9]+"), "s-<id>"),
        (new(@"(?<![\w-])t-[A-Za-z0-9]+"), "t-<id>"),
        (new(@"(?<=\s|^)-{2,}(?=\s|$)"), "---"),
        (new(@"\s+"), " "),
    ];

    public static string Normalize(string line)
    {
        foreach (var (pattern, placeholder) in Replacements) line = pattern.Replace(line, placeholder);
        return line.Trim();
    }
}
