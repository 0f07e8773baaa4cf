namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// The powershell blocks of about_AppSnapshot.md. The about topic is compiled to plain text, where an
/// HTML comment would show, so the blocks that are not run are listed here, by heading, with the reason.
/// </summary>
public static class AboutTopicExamples
{
    public const string Source = "docs/help/about_AppSnapshot.md";

    public static readonly IReadOnlyDictionary<string, string> NotRun = new Dictionary<string, string>
    {
        ["Try everything against the local emulator"] =
            "it starts the emulator with dotnet run and points the module at that emulator's fixed port 8787; the tests start their own emulator",
    };

    public static IReadOnlyList<MarkdownCodeBlock> PowerShellBlocks() =>
        MarkdownCodeBlocks.Read(File.ReadAllLines(Path.Combine(Hosting.RepositoryLayout.Root, Source))).Where(b => b.Language == "powershell").ToList();

    public static IReadOnlyList<DocumentedExample> Read() =>
        PowerShellBlocks().Where(b => !NotRun.ContainsKey(b.Heading))
            .Select(b => new DocumentedExample(Source, b.Heading, PromptTranscript.Parse(b.Lines))).ToList();
}
