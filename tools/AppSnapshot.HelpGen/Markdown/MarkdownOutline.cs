using System;
using System.Collections.Generic;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>A markdown file split into its YAML front matter and a flat list of headed sections.
/// Headings inside fenced code blocks are not headings.</summary>
public sealed class MarkdownOutline
{
    private MarkdownOutline(IReadOnlyDictionary<string, string> frontMatter, IReadOnlyList<MarkdownSection> sections)
    {
        FrontMatter = frontMatter;
        Sections = sections;
    }

    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    /// <summary>Sections in document order; text before the first heading is a level-0 section.</summary>
    public IReadOnlyList<MarkdownSection> Sections { get; }

    public static MarkdownOutline Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var index = 0;
        var frontMatter = ReadFrontMatter(lines, ref index);
        return new MarkdownOutline(frontMatter, ReadSections(lines, index));
    }

    /// <summary>The sections nested under <paramref name="parent"/> (deeper level, until the next heading at its level or above).</summary>
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

    public MarkdownSection? FindSection(int level, string title)
    {
        foreach (var section in Sections)
        {
            if (section.Level == level && string.Equals(section.Title, title, StringComparison.OrdinalIgnoreCase)) return section;
        }
        return null;
    }

    public MarkdownSection? FindSectionAtLevel(int level)
    {
        foreach (var section in Sections)
        {
            if (section.Level == level) return section;
        }
        return null;
    }

    private int IndexOf(MarkdownSection section)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (ReferenceEquals(Sections[i], section)) return i;
        }
        throw new ArgumentException("The section is not part of this outline.", nameof(section));
    }

    private static Dictionary<string, string> ReadFrontMatter(string[] lines, ref int index)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length == 0 || lines[0].Trim() != "---") return values;
        for (index = 1; index < lines.Length && lines[index].Trim() != "---"; index++)
        {
            var colon = lines[index].IndexOf(':');
            if (colon > 0) values[lines[index].Substring(0, colon).Trim()] = lines[index].Substring(colon + 1).Trim();
        }
        index++;
        return values;
    }

    private static List<MarkdownSection> ReadSections(string[] lines, int start)
    {
        var sections = new List<MarkdownSection>();
        var level = 0;
        var title = string.Empty;
        var body = new List<string>();
        var inFence = false;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            var headingLevel = inFence ? 0 : HeadingLevel(line);
            if (headingLevel == 0)
            {
                body.Add(line);
                continue;
            }
            if (level > 0 || HasText(body)) sections.Add(new MarkdownSection(level, title, body));
            level = headingLevel;
            title = line.Substring(headingLevel).Trim();
            body = new List<string>();
        }
        if (level > 0 || HasText(body)) sections.Add(new MarkdownSection(level, title, body));
        return sections;
    }

    private static int HeadingLevel(string line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#') hashes++;
        return hashes > 0 && hashes <= 6 && hashes < line.Length && line[hashes] == ' ' ? hashes : 0;
    }

    private static bool HasText(List<string> lines) => lines.Exists(l => l.Trim().Length > 0);
}

/// <summary>A heading and the lines up to the next heading.</summary>
public sealed class MarkdownSection
{
    public MarkdownSection(int level, string title, IReadOnlyList<string> body)
    {
        Level = level;
        Title = title;
        Body = body;
    }

    public int Level { get; }
    public string Title { get; }
    public IReadOnlyList<string> Body { get; }
}
