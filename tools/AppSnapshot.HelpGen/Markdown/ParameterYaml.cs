using System;
using System.Collections.Generic;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>The "key: value" lines of a parameter's ```yaml block (the flat subset platyPS writes).</summary>
public sealed class ParameterYaml
{
    private readonly Dictionary<string, string> _values;

    private ParameterYaml(Dictionary<string, string> values) => _values = values;

    public static ParameterYaml Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
        {
            var colon = raw.IndexOf(':');
            if (colon <= 0) continue;
            values[raw.Substring(0, colon).Trim()] = raw.Substring(colon + 1).Trim();
        }
        return new ParameterYaml(values);
    }

    public string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    public string Require(string key, string parameter) =>
        Get(key) is { Length: > 0 } value
            ? value
            : throw new FormatException($"parameter -{parameter}: the yaml block has no '{key}'.");

    public bool RequireBoolean(string key, string parameter)
    {
        var value = Require(key, parameter);
        if (string.Equals(value, "True", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(value, "False", StringComparison.OrdinalIgnoreCase)) return false;
        throw new FormatException($"parameter -{parameter}: '{key}' must be True or False, not '{value}'.");
    }

    /// <summary>A comma-separated list; "None" or empty gives an empty list.</summary>
    public IReadOnlyList<string> List(string key)
    {
        var value = Get(key);
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value, "None", StringComparison.OrdinalIgnoreCase)) return Array.Empty<string>();
        var items = new List<string>();
        foreach (var item in value!.Split(','))
        {
            if (item.Trim().Length > 0) items.Add(item.Trim());
        }
        return items;
    }
}
