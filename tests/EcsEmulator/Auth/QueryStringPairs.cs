namespace EcsEmulator.Auth;

/// <summary>Splits a raw query string into decoded name/value pairs, keeping duplicates and order.</summary>
internal static class QueryStringPairs
{
    public static List<KeyValuePair<string, string>> Parse(string? rawQuery)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(rawQuery)) return result;
        foreach (var part in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            result.Add(new(PercentEncoding.DecodePercentOnly(name), PercentEncoding.DecodePercentOnly(value)));
        }
        return result;
    }
}
