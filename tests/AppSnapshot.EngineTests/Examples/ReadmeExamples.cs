namespace AppSnapshot.EngineTests.Examples;

/// <summary>The README's examples: every powershell block not marked <c>&lt;!-- not run: reason --&gt;</c>, and the one-line examples of the cmdlet table.</summary>
public static class ReadmeExamples
{
    public const string Source = "README.md";

    public static IReadOnlyList<MarkdownCodeBlock> PowerShellBlocks() =>
        MarkdownCodeBlocks.Read(Lines()).Where(b => b.Language == "powershell").ToList();

    public static IReadOnlyList<DocumentedExample> Read()
    {
        var examples = new List<DocumentedExample>();
        var underHeading = new Dictionary<string, int>();
        foreach (var block in PowerShellBlocks())
        {
            // An unmarked block runs too (and ReadmeMarkTests fails): nothing is skipped without a reason.
            var mark = ReadmeBlockMark.Parse(block.MarkComment);
            var ordinal = underHeading[block.Heading] = underHeading.GetValueOrDefault(block.Heading) + 1;
            if (mark == null || mark.Runs) examples.Add(new DocumentedExample(Source, block.Heading + (ordinal == 1 ? "" : " #" + ordinal), PromptTranscript.Parse(block.Lines)));
        }
        examples.AddRange(CmdletTableExamples.Read(Lines()).Select(e => e.Example));
        return examples;
    }

    public static IReadOnlyList<string> Lines() => File.ReadAllLines(Path.Combine(Hosting.RepositoryLayout.Root, Source));
}
