using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>The keys of a parameter's ```yaml block (the flat mapping platyPS writes), read with YamlDotNet.</summary>
public sealed class ParameterYaml
{
    private readonly Dictionary<string, string> _values;

    private ParameterYaml(Dictionary<string, string> values) => _values = values;

    public static ParameterYaml Parse(string text) => new(YamlFrontMatter.Read(text));

    public string? Get(string key) => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public string Require(string key, string parameter) =>
        Get(key) ?? throw new FormatException($"parameter -{parameter}: the yaml block has no '{key}'.");

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
        if (value is null || string.Equals(value, "None", StringComparison.OrdinalIgnoreCase)) return Array.Empty<string>();
        return value.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).ToList();
    }
}
