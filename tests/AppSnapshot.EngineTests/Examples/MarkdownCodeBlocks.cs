using System.Text.RegularExpressions;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>Reads the fenced code blocks of a markdown file, each with its heading and the HTML comment right before it.</summary>
public static class MarkdownCodeBlocks
{
    private static readonly Regex Fence = new(@"^(?<indent>\s*)```(?<language>[A-Za-z0-9_-]*)\s*$", RegexOptions.Compiled);
    private static readonly Regex Heading = new(@"^#{1,6}\s+(?<title>.+?)\s*$", RegexOptions.Compiled);
    private static readonly Regex Comment = new(@"^\s*<!--\s*(?<text>.*?)\s*-->\s*$", RegexOptions.Compiled);

    public static IReadOnlyList<MarkdownCodeBlock> Read(IReadOnlyList<string> lines)
    {
        var blocks = new List<MarkdownCodeBlock>();
        var heading = "";
        for (var i = 0; i < lines.Count; i++)
        {
            var heads = Heading.Match(lines[i]);
            if (heads.Success)
            {
                heading = heads.Groups["title"].Value;
                continue;
            }
            var open = Fence.Match(lines[i]);
            if (!open.Success) continue;

            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++) body.Add(lines[i]);
            if (i == lines.Count) throw new FormatException("The code block at line " + (start + 1) + " is never closed.");
            blocks.Add(new MarkdownCodeBlock(open.Groups["language"].Value, body, start + 1, heading, CommentBefore(lines, start)));
        }
        return blocks;
    }

    /// <summary>The text of an HTML comment on the line right before the fence (blank lines not allowed in between).</summary>
    private static string? CommentBefore(IReadOnlyList<string> lines, int fence)
    {
        if (fence == 0) return null;
        var comment = Comment.Match(lines[fence - 1]);
        return comment.Success ? comment.Groups["text"].Value : null;
    }
}
