using System;
using System.Collections.Generic;
using System.Text;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>A section's body separated into prose and fenced code blocks.</summary>
public sealed class SectionBody
{
    private SectionBody(string prose, IReadOnlyList<CodeBlock> codeBlocks)
    {
        Prose = prose;
        CodeBlocks = codeBlocks;
    }

    /// <summary>The text outside code fences, trimmed, paragraphs separated by one blank line.</summary>
    public string Prose { get; }
    public IReadOnlyList<CodeBlock> CodeBlocks { get; }

    /// <summary>The prose before the first code block (a parameter's description comes before its yaml).</summary>
    public string ProseBeforeFirstCode { get; private set; } = string.Empty;

    public static SectionBody Parse(IReadOnlyList<string> lines)
    {
        var prose = new List<string>();
        var before = new List<string>();
        var blocks = new List<CodeBlock>();
        List<string>? code = null;
        var language = string.Empty;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (code == null)
                {
                    code = new List<string>();
                    language = trimmed.Substring(3).Trim();
                }
                else
                {
                    blocks.Add(new CodeBlock(language, string.Join("\n", code)));
                    code = null;
                }
                continue;
            }
            if (code != null) code.Add(line);
            else
            {
                prose.Add(line);
                if (blocks.Count == 0) before.Add(line);
            }
        }
        if (code != null) throw new FormatException("A code fence (```) is not closed.");
        return new SectionBody(NormalizeProse(prose), blocks) { ProseBeforeFirstCode = NormalizeProse(before) };
    }

    /// <summary>Trims each line's end, collapses runs of blank lines to one and trims the whole.</summary>
    private static string NormalizeProse(List<string> lines)
    {
        var text = new StringBuilder();
        var blank = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank = text.Length > 0;
                continue;
            }
            if (blank) text.Append('\n');
            if (text.Length > 0) text.Append('\n');
            text.Append(line);
            blank = false;
        }
        return text.ToString();
    }
}

public sealed record CodeBlock(string Language, string Text);
