using System;
using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>A markdown file, parsed by Markdig, as its YAML front matter and a flat list of headed
/// sections (the blocks between one heading and the next).</summary>
public sealed class MarkdownOutline
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    private MarkdownOutline(string source, IReadOnlyDictionary<string, string> frontMatter, IReadOnlyList<MarkdownSection> sections)
    {
        Source = source;
        FrontMatter = frontMatter;
        Sections = sections;
    }

    /// <summary>The text parsed, with line ends normalized to \n (block spans point into it).</summary>
    public string Source { get; }

    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    /// <summary>Sections in document order; blocks before the first heading form a level-0 section.</summary>
    public IReadOnlyList<MarkdownSection> Sections { get; }

    public static MarkdownOutline Parse(string text)
    {
        var source = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var document = Markdig.Markdown.Parse(source, Pipeline);
        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            // Markdig ends an unclosed fence at the end of the file, swallowing every heading after it.
            if (fence.ClosingFencedCharCount == 0) throw new FormatException($"the code fence (```) opened at line {fence.Line + 1} is not closed.");
        }
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? YamlFrontMatter.Read(yaml.Lines.ToString())
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new MarkdownOutline(source, frontMatter, ReadSections(document, source));
    }

    /// <summary>The sections nested under <paramref name="parent"/> (one level deeper, until the next heading at its level or above).</summary>
    public IReadOnlyList<MarkdownSection> ChildrenOf(MarkdownSection parent)
    {
        var children = new List<MarkdownSection>();
        var start = IndexOf(parent) + 1;
        for (var i = start; i < Sections.Count && Sections[i].Level > parent.Level; i++)
        {
            if (Sections[i].Level == parent.Level + 1) children.Add(Sections[i]);
        }
        return children;
    }

    public MarkdownSection? FindSection(int level, string title) =>
        Sections.FirstOrDefault(s => s.Level == level && string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase));

    public MarkdownSection? FindSectionAtLevel(int level) => Sections.FirstOrDefault(s => s.Level == level);

    private int IndexOf(MarkdownSection section)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (ReferenceEquals(Sections[i], section)) return i;
        }
        throw new ArgumentException("The section is not part of this outline.", nameof(section));
    }

    private static List<MarkdownSection> ReadSections(MarkdownDocument document, string source)
    {
        var sections = new List<MarkdownSection>();
        HeadingBlock? heading = null;
        var blocks = new List<Block>();
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock) continue;
            if (block is HeadingBlock next)
            {
                if (heading != null || blocks.Count > 0) sections.Add(new MarkdownSection(heading, blocks, source));
                heading = next;
                blocks = new List<Block>();
                continue;
            }
            blocks.Add(block);
        }
        if (heading != null || blocks.Count > 0) sections.Add(new MarkdownSection(heading, blocks, source));
        return sections;
    }
}

/// <summary>A heading and the blocks up to the next heading.</summary>
public sealed class MarkdownSection
{
    internal MarkdownSection(HeadingBlock? heading, IReadOnlyList<Block> blocks, string source)
    {
        Level = heading?.Level ?? 0;
        Heading = heading;
        // The title as written (so "System.String[]" or "-Name" stay exactly as in the file).
        Title = heading == null ? string.Empty : source.Substring(heading.Span.Start, heading.Span.Length).TrimStart('#').Trim();
        Blocks = blocks;
        Source = source;
        Body = blocks.Count == 0 ? string.Empty : source.Substring(blocks[0].Span.Start, blocks[^1].Span.End - blocks[0].Span.Start + 1);
    }

    public int Level { get; }
    public string Title { get; }
    public HeadingBlock? Heading { get; }
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The markdown of the blocks, as written.</summary>
    public string Body { get; }

    /// <summary>The whole file the spans of <see cref="Blocks"/> point into.</summary>
    internal string Source { get; }
}
