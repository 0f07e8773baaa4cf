using System.Text.RegularExpressions;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>The <c>### Example N: title</c> subsections of a cmdlet help file's <c>## EXAMPLES</c> section, each with its one powershell block.</summary>
public static class HelpExamples
{
    private static readonly Regex Title = new(@"^###\s+(?<name>Example\s+\d+)\s*:", RegexOptions.Compiled);

    public static IReadOnlyList<DocumentedExample> Read(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(Hosting.RepositoryLayout.Root, relativePath));
        var start = Array.FindIndex(lines, l => l.Trim() == "## EXAMPLES");
        if (start < 0) throw new FormatException(relativePath + " has no ## EXAMPLES section.");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var section = lines[start..(end < 0 ? lines.Length : end)];

        var examples = new List<DocumentedExample>();
        for (var i = 0; i < section.Length; i++)
        {
            var title = Title.Match(section[i]);
            if (!title.Success) continue;
            var next = Array.FindIndex(section, i + 1, l => l.StartsWith("### ", StringComparison.Ordinal));
            var blocks = MarkdownCodeBlocks.Read(section[i..(next < 0 ? section.Length : next)])
                .Where(b => b.Language == "powershell").ToList();
            if (blocks.Count != 1) throw new FormatException(relativePath + " " + title.Groups["name"].Value + " has " + blocks.Count + " powershell blocks; one expected.");
            examples.Add(new DocumentedExample(relativePath, title.Groups["name"].Value, PromptTranscript.Parse(blocks[0].Lines)));
        }
        return examples;
    }
}
