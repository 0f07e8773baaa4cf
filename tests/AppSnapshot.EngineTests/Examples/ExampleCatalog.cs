namespace AppSnapshot.EngineTests.Examples;

/// <summary>Every documented example: each cmdlet help file's, the about topic's and the README's.</summary>
public static class ExampleCatalog
{
    private static readonly Lazy<IReadOnlyList<DocumentedExample>> Examples = new(Read);

    public static IReadOnlyList<DocumentedExample> All => Examples.Value;

    /// <summary>docs/help/Verb-Noun.md, one per cmdlet (README.md and about_*.md are not cmdlet help).</summary>
    public static IReadOnlyList<string> CmdletHelpFiles() =>
        Directory.GetFiles(Path.Combine(Hosting.RepositoryLayout.Root, "docs", "help"), "*-*.md")
            .Select(f => "docs/help/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public static DocumentedExample Get(string key) => All.Single(e => e.Key == key);

    /// <summary>Theory data: the key of every example.</summary>
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var example in All) data.Add(example.Key);
        return data;
    }

    private static IReadOnlyList<DocumentedExample> Read() =>
        CmdletHelpFiles().SelectMany(HelpExamples.Read).Concat(AboutTopicExamples.Read()).Concat(ReadmeExamples.Read()).ToList();
}
