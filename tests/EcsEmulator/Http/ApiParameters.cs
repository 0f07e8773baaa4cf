using System.Globalization;
using System.Text.Json;

namespace EcsEmulator.Http;

/// <summary>Typed access to an action's flat parameters (query string and form body merged).</summary>
internal sealed class ApiParameters(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> All => values;

    public string? Get(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    public string Required(string name) => Get(name) ?? throw ApiException.Missing(name);

    public int? Int(string name, int min = int.MinValue, int max = int.MaxValue, string? errorCode = null, int errorStatus = 400)
    {
        var raw = Get(name);
        if (raw is null) return null;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new ApiException(errorStatus, errorCode ?? "InvalidParameter", $"The specified parameter \"{name}\" is not valid.");
        return v;
    }

    public long? Long(string name, long min = long.MinValue, long max = long.MaxValue)
    {
        var raw = Get(name);
        if (raw is null) return null;
        if (!long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw ApiException.Invalid(name);
        return v;
    }

    public bool? Bool(string name)
    {
        var raw = Get(name);
        if (raw is null) return null;
        return raw.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw ApiException.Invalid(name),
        };
    }

    /// <summary>Name.1, Name.2, ... in numeric order.</summary>
    public List<string> RepeatList(string name)
    {
        var prefix = name + ".";
        return values
            .Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(kv.Key.AsSpan(prefix.Length), out _) && kv.Value.Length > 0)
            .OrderBy(kv => int.Parse(kv.Key.AsSpan(prefix.Length), CultureInfo.InvariantCulture))
            .Select(kv => kv.Value)
            .ToList();
    }

    /// <summary>Name.N.Key / Name.N.Value pairs (a Value without a Key is refused).</summary>
    public List<KeyValuePair<string, string>> KeyValueList(string name, string keyField = "Key", string valueField = "Value")
    {
        var result = new List<(int N, string Key, string Value)>();
        var prefix = name + ".";
        var indexes = values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..].Split('.')[0])
            .Where(n => int.TryParse(n, out _)).Distinct();
        foreach (var n in indexes)
        {
            var key = Get($"{prefix}{n}.{keyField}");
            var value = Get($"{prefix}{n}.{valueField}") ?? "";
            if (key is null)
            {
                if (value.Length > 0) throw new ApiException(400, "InvalidParameter.TagValue", $"The Tag.{n}.Value is specified without a key.");
                continue;
            }
            result.Add((int.Parse(n, CultureInfo.InvariantCulture), key, value));
        }
        return result.OrderBy(r => r.N).Select(r => new KeyValuePair<string, string>(r.Key, r.Value)).ToList();
    }

    /// <summary>A JSON-array-of-strings parameter such as InstanceIds=["i-a","i-b"].</summary>
    public List<string>? JsonStringArray(string name, string malformedCode, int malformedStatus = 400, int maxCount = 100)
    {
        var raw = Get(name);
        if (raw is null) return null;
        try
        {
            var list = JsonSerializer.Deserialize<List<string>>(raw);
            if (list is null || list.Count > maxCount || list.Any(string.IsNullOrEmpty)) throw new JsonException();
            return list;
        }
        catch (JsonException)
        {
            throw new ApiException(malformedStatus, malformedCode, $"The specified parameter \"{name}\" is not valid.");
        }
    }
}
