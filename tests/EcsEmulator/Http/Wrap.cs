namespace EcsEmulator.Http;

/// <summary>The JSON artefact of the XML form: lists come as Plural: { Singular: [ ... ] }.</summary>
internal static class Wrap
{
    public static Dictionary<string, object> List<T>(string singular, IEnumerable<T> items) => new() { [singular] = items.ToList() };

    public static Dictionary<string, object> Tags(IEnumerable<KeyValuePair<string, string>> tags, string keyName = "TagKey", string valueName = "TagValue") =>
        List("Tag", tags.Select(t => new Dictionary<string, string> { [keyName] = t.Key, [valueName] = t.Value }));
}
