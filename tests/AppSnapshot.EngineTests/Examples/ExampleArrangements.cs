namespace AppSnapshot.EngineTests.Examples;

/// <summary>What each example needs in place, keyed by <see cref="DocumentedExample.Key"/>; most need nothing.</summary>
public static class ExampleArrangements
{
    private static readonly Dictionary<string, ExampleArrangement> ByKey =
        HelpExampleArrangements.All().Concat(ReadmeExampleArrangements.All()).ToDictionary(a => a.Key, a => a.Arrangement);

    public static IReadOnlyCollection<string> Keys => ByKey.Keys;

    public static ExampleArrangement For(string key) => ByKey.GetValueOrDefault(key) ?? ExampleArrangement.None;
}
