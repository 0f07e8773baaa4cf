using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>A section's blocks separated into prose and fenced code blocks.</summary>
public sealed class SectionBody
{
    private SectionBody(string prose, string proseBeforeFirstCode, IReadOnlyList<CodeBlock> codeBlocks)
    {
        Prose = prose;
        ProseBeforeFirstCode = proseBeforeFirstCode;
        CodeBlocks = codeBlocks;
    }

    /// <summary>The text outside code blocks, markup kept: one line per paragraph (soft wraps joined),
    /// one line per list item, paragraphs separated by one blank line.</summary>
    public string Prose { get; }

    /// <summary>The prose before the first code block (a parameter's description comes before its yaml).</summary>
    public string ProseBeforeFirstCode { get; }

    public IReadOnlyList<CodeBlock> CodeBlocks { get; }

    public static SectionBody Parse(MarkdownSection section)
    {
        var prose = new List<string>();
        var before = new List<string>();
        var blocks = new List<CodeBlock>();
        foreach (var block in section.Blocks)
        {
            if (block is Markdig.Syntax.CodeBlock code)
            {
                var language = code is FencedCodeBlock fenced ? fenced.Info ?? string.Empty : string.Empty;
                blocks.Add(new CodeBlock(language.Trim(), code.Lines.ToString()));
                continue;
            }
            var text = ProseText.Markup(block, section.Source);
            if (text.Length == 0) continue;
            prose.Add(text);
            if (blocks.Count == 0) before.Add(text);
        }
        return new SectionBody(string.Join("\n\n", prose), string.Join("\n\n", before), blocks);
    }
}

public sealed record CodeBlock(string Language, string Text);
