using System.Globalization;
using System.Text;

namespace EcsEmulator.Plugin;

/// <summary>
/// Parses "-Key=value,-Key="value",-Key=\"value\"": comma-joined pairs; plain quotes are shell quoting (removed),
/// backslash-escaped quotes survive the shell and mark a string. Unknown key, wrong type, missing required → exit 2.
/// </summary>
internal static class PluginParameterParser
{
    private enum Kind { String, Bool, Int }

    private static readonly Dictionary<string, (string Canonical, Kind Kind, bool? WindowsOnly)> Known = new(StringComparer.Ordinal)
    {
        ["RamRoleName"] = ("RamRoleName", Kind.String, null),
        ["Name"] = ("Name", Kind.String, null),
        ["Description"] = ("Description", Kind.String, null),
        ["ExcludeDiskId"] = ("ExcludeDiskId", Kind.String, null),
        ["InstantAccess"] = ("InstantAccess", Kind.Bool, null),
        ["InstantAccessRetentionDays"] = ("InstantAccessRetentionDays", Kind.Int, null),
        ["InstantAccessRentationDays"] = ("InstantAccessRetentionDays", Kind.Int, null),
        ["InstantAccessRentalDays"] = ("InstantAccessRetentionDays", Kind.Int, null),
        ["EnableFsFreeze"] = ("EnableFsFreeze", Kind.Bool, false),
        ["TimeoutInSeconds"] = ("TimeoutInSeconds", Kind.Int, false),
        ["PreScriptPath"] = ("PreScriptPath", Kind.String, false),
        ["PostScriptPath"] = ("PostScriptPath", Kind.String, false),
        ["ScriptTimeoutInSeconds"] = ("ScriptTimeoutInSeconds", Kind.Int, false),
        ["ScriptTimeoutInSecs"] = ("ScriptTimeoutInSeconds", Kind.Int, false),
        ["EnableWriters"] = ("EnableWriters", Kind.Bool, true),
    };

    public static PluginParameters Parse(string raw, bool windows, out string? error)
    {
        error = null;
        var values = new Dictionary<string, (string Value, bool EscapedQuotes)>(StringComparer.Ordinal);
        var i = 0;
        raw = raw.Trim();
        while (i < raw.Length)
        {
            if (raw[i] != '-') return Fail($"parameter must start with '-' at position {i}", out error);
            var eq = raw.IndexOf('=', i);
            if (eq < 0) return Fail($"parameter {raw[(i + 1)..]} has no value", out error);
            var key = raw[(i + 1)..eq];
            i = eq + 1;
            var (value, escaped, next) = ReadValue(raw, i);
            if (next < 0) return Fail($"unterminated quoted value for {key}", out error);
            i = next;
            if (i < raw.Length)
            {
                if (raw[i] != ',') return Fail($"unexpected character '{raw[i]}' after {key}", out error);
                i++;
            }
            if (!Known.TryGetValue(key, out var spec) || (spec.WindowsOnly is { } w && w != windows))
                return Fail($"unknown parameter {key}", out error);
            if (values.ContainsKey(spec.Canonical)) return Fail($"duplicate parameter {key}", out error);
            if (spec.Kind != Kind.String && escaped) return Fail($"parameter {key} must be a {spec.Kind.ToString().ToLowerInvariant()}", out error);
            if (spec.Kind == Kind.Bool && value is not ("true" or "false")) return Fail($"parameter {key} must be true or false", out error);
            if (spec.Kind == Kind.Int && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return Fail($"parameter {key} must be an integer", out error);
            values[spec.Canonical] = (value, escaped);
        }
        foreach (var required in new[] { "RamRoleName", "Name" })
            if (!values.TryGetValue(required, out var v) || v.Value.Length == 0) return Fail($"missing required parameter {required}", out error);

        string? S(string k) => values.TryGetValue(k, out var v) ? v.Value : null;
        bool? B(string k) => S(k) is { } s ? s == "true" : null;
        int? N(string k) => S(k) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        var retention = N("InstantAccessRetentionDays") ?? 1;
        if (retention is < 1 or > 65536) return Fail("InstantAccessRetentionDays must be within 1..65536", out error);
        return new PluginParameters
        {
            RamRoleName = S("RamRoleName")!,
            Name = S("Name")!,
            Description = S("Description") ?? "",
            ExcludeDiskIds = (S("ExcludeDiskId") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            InstantAccess = B("InstantAccess") ?? false,
            InstantAccessRetentionDays = retention,
            EnableFsFreeze = B("EnableFsFreeze") ?? true,
            TimeoutInSeconds = N("TimeoutInSeconds") ?? 30,
            PreScriptPath = S("PreScriptPath"),
            PostScriptPath = S("PostScriptPath"),
            ScriptTimeoutInSeconds = N("ScriptTimeoutInSeconds") ?? 1800,
            EnableWriters = B("EnableWriters") ?? true,
        };
    }

    /// <returns>value, whether it was wrapped in \" quotes, index after the value (-1 if unterminated).</returns>
    private static (string Value, bool Escaped, int Next) ReadValue(string raw, int i)
    {
        if (raw.AsSpan(i).StartsWith("\\\""))
        {
            var end = raw.IndexOf("\\\"", i + 2, StringComparison.Ordinal);
            return end < 0 ? ("", true, -1) : (raw[(i + 2)..end], true, end + 2);
        }
        if (i < raw.Length && raw[i] == '"')
        {
            var sb = new StringBuilder();
            for (var j = i + 1; j < raw.Length; j++)
            {
                if (raw[j] == '"') return (sb.ToString(), false, j + 1);
                sb.Append(raw[j]);
            }
            return ("", false, -1);
        }
        var comma = raw.IndexOf(',', i);
        var stop = comma < 0 ? raw.Length : comma;
        return (raw[i..stop], false, stop);
    }

    private static PluginParameters Fail(string message, out string? error)
    {
        error = message;
        return null!;
    }
}
