using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.HelpGen.Model;

namespace AppSnapshot.HelpGen.About;

/// <summary>Reads an about topic in the platyPS about template: "# about_Name", "## SHORT DESCRIPTION",
/// "## LONG DESCRIPTION" and any further "##"/"###" sections.</summary>
public static class AboutTopicParser
{
    public static AboutTopic Parse(string markdown, string source)
    {
        MarkdownOutline outline;
        try
        {
            outline = MarkdownOutline.Parse(markdown);
        }
        catch (FormatException e)
        {
            throw new HelpFormatException(source, e.Message);
        }
        var title = outline.FindSectionAtLevel(1) ?? throw new HelpFormatException(source, "there is no '# about_Name' heading.");
        if (!title.Title.StartsWith("about_", StringComparison.Ordinal)) throw new HelpFormatException(source, $"the title '{title.Title}' must start with 'about_'.");
        var shortSection = outline.FindSection(2, "SHORT DESCRIPTION") ?? throw new HelpFormatException(source, "there is no '## SHORT DESCRIPTION' section.");
        var shortText = string.Join(" ", shortSection.Blocks.Select(ProseText.Plain));
        if (shortText.Trim().Length == 0) throw new HelpFormatException(source, "the short description is empty.");
        if (outline.FindSection(2, "LONG DESCRIPTION") == null) throw new HelpFormatException(source, "there is no '## LONG DESCRIPTION' section.");
        var sections = new List<AboutSection>();
        foreach (var section in outline.Sections)
        {
            if (section.Level < 2 || ReferenceEquals(section, shortSection)) continue;
            sections.Add(new AboutSection(ProseText.Plain(section.Heading!), section.Level, section.Blocks));
        }
        return new AboutTopic(title.Title, shortText.Trim(), sections);
    }
}
