using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>Reads the flat "key: value" YAML that platyPS writes (front matter and parameter blocks) with YamlDotNet.</summary>
public static class YamlFrontMatter
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <summary>Keys are case-insensitive; an empty value ("Aliases:") reads as an empty string.</summary>
    /// <exception cref="FormatException">The text is not YAML, or not a mapping of scalars.</exception>
    public static Dictionary<string, string> Read(string yaml)
    {
        Dictionary<string, string?>? values;
        try
        {
            values = Deserializer.Deserialize<Dictionary<string, string?>>(yaml);
        }
        catch (YamlException e)
        {
            throw new FormatException($"invalid YAML at line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values ?? new Dictionary<string, string?>())
        {
            result[pair.Key.Trim()] = pair.Value?.Trim() ?? string.Empty;
        }
        return result;
    }
}
