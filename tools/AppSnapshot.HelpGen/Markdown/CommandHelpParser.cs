using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AppSnapshot.HelpGen.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>Reads one cmdlet help file in the platyPS 0.14 markdown schema (2.0.0), parsed by Markdig.</summary>
public static class CommandHelpParser
{
    public const string HelpFileKey = "external help file";
    private static readonly Regex ExampleTitlePattern = new(@"^Example\s+\d+\s*:?\s*", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>True when the file is a cmdlet help file (its front matter names the external help file).</summary>
    public static bool IsCommandHelp(MarkdownOutline outline) => outline.FrontMatter.ContainsKey(HelpFileKey);

    public static CommandHelp Parse(string markdown, string source)
    {
        try
        {
            return Parse(MarkdownOutline.Parse(markdown));
        }
        catch (FormatException e)
        {
            throw new HelpFormatException(source, e.Message);
        }
    }

    private static CommandHelp Parse(MarkdownOutline outline)
    {
        if (!IsCommandHelp(outline)) throw new FormatException($"the front matter has no '{HelpFileKey}'.");
        RejectPlaceholders(outline);
        var title = outline.FindSectionAtLevel(1) ?? throw new FormatException("there is no '# Cmdlet-Name' heading.");
        var name = title.Title;
        outline.FrontMatter.TryGetValue("online version", out var online);
        return new CommandHelp(
            name,
            RequiredProse(outline, "SYNOPSIS"),
            RequiredProse(outline, "DESCRIPTION"),
            ReadSyntax(outline),
            ReadParameters(outline),
            ReadExamples(outline),
            ReadTypes(outline, "INPUTS"),
            ReadTypes(outline, "OUTPUTS"),
            OptionalProse(outline, "NOTES"),
            ReadLinks(outline),
            string.IsNullOrWhiteSpace(online) ? null : online);
    }

    /// <summary>platyPS's New-MarkdownHelp writes "{{ Fill X Description }}" placeholders: an unfilled one is a stub.</summary>
    private static void RejectPlaceholders(MarkdownOutline outline)
    {
        foreach (var section in outline.Sections)
        {
            foreach (var line in section.Body.Split('\n'))
            {
                if (line.Contains("{{")) throw new FormatException($"section '{section.Title}' still holds a platyPS placeholder: {line.Trim()}");
            }
        }
    }

    private static MarkdownSection RequiredSection(MarkdownOutline outline, string title) =>
        outline.FindSection(2, title) ?? throw new FormatException($"there is no '## {title}' section.");

    private static string RequiredProse(MarkdownOutline outline, string title)
    {
        var prose = SectionBody.Parse(RequiredSection(outline, title)).Prose;
        return prose.Length > 0 ? prose : throw new FormatException($"the '## {title}' section is empty.");
    }

    private static string OptionalProse(MarkdownOutline outline, string title)
    {
        var section = outline.FindSection(2, title);
        return section == null ? string.Empty : SectionBody.Parse(section).Prose;
    }

    private static List<SyntaxSet> ReadSyntax(MarkdownOutline outline)
    {
        var sets = new List<SyntaxSet>();
        foreach (var child in outline.ChildrenOf(RequiredSection(outline, "SYNTAX")))
        {
            var body = SectionBody.Parse(child);
            if (body.CodeBlocks.Count != 1) throw new FormatException($"syntax set '{child.Title}' needs exactly one code block.");
            var isDefault = child.Title.EndsWith("(Default)", StringComparison.OrdinalIgnoreCase);
            var name = isDefault ? child.Title.Substring(0, child.Title.Length - "(Default)".Length).Trim() : child.Title;
            sets.Add(new SyntaxSet(name, isDefault, body.CodeBlocks[0].Text.Trim()));
        }
        if (sets.Count == 0) throw new FormatException("'## SYNTAX' has no '### SetName' subsections.");
        return sets;
    }

    private static List<ParameterHelp> ReadParameters(MarkdownOutline outline)
    {
        var parameters = new List<ParameterHelp>();
        var section = outline.FindSection(2, "PARAMETERS");
        if (section == null) return parameters;
        foreach (var child in outline.ChildrenOf(section))
        {
            if (string.Equals(child.Title, "CommonParameters", StringComparison.OrdinalIgnoreCase)) continue;
            if (!child.Title.StartsWith("-", StringComparison.Ordinal)) throw new FormatException($"parameter heading '### {child.Title}' must start with '-'.");
            parameters.Add(ReadParameter(child.Title.Substring(1), SectionBody.Parse(child)));
        }
        return parameters;
    }

    private static ParameterHelp ReadParameter(string name, SectionBody body)
    {
        var yamlBlocks = new List<ParameterYaml>();
        foreach (var block in body.CodeBlocks)
        {
            if (string.Equals(block.Language, "yaml", StringComparison.OrdinalIgnoreCase)) yamlBlocks.Add(ParameterYaml.Parse(block.Text));
        }
        if (yamlBlocks.Count == 0) throw new FormatException($"parameter -{name} has no ```yaml block.");
        if (body.ProseBeforeFirstCode.Length == 0) throw new FormatException($"parameter -{name} has no description.");
        var first = yamlBlocks[0];
        var bindings = new List<ParameterBinding>();
        foreach (var yaml in yamlBlocks)
        {
            bindings.Add(new ParameterBinding(
                yaml.List("Parameter Sets") is { Count: > 0 } sets ? sets : throw new FormatException($"parameter -{name}: the yaml block has no 'Parameter Sets'."),
                yaml.RequireBoolean("Required", name),
                yaml.Require("Position", name),
                yaml.Get("Accept pipeline input") ?? "False"));
        }
        return new ParameterHelp(
            name,
            body.ProseBeforeFirstCode,
            first.Require("Type", name),
            first.List("Aliases"),
            first.List("Accepted values"),
            first.Get("Default value") ?? "None",
            string.Equals(first.Get("Accept wildcard characters"), "True", StringComparison.OrdinalIgnoreCase),
            bindings);
    }

    private static List<ExampleHelp> ReadExamples(MarkdownOutline outline)
    {
        var examples = new List<ExampleHelp>();
        foreach (var child in outline.ChildrenOf(RequiredSection(outline, "EXAMPLES")))
        {
            var body = SectionBody.Parse(child);
            if (body.CodeBlocks.Count == 0) throw new FormatException($"example '{child.Title}' has no code block.");
            var code = new List<string>();
            foreach (var block in body.CodeBlocks) code.Add(block.Text.Trim('\n'));
            examples.Add(new ExampleHelp(ExampleTitlePattern.Replace(child.Title, string.Empty).Trim(), string.Join("\n\n", code), body.Prose));
        }
        if (examples.Count == 0) throw new FormatException("'## EXAMPLES' has no '### Example N: title' subsections.");
        return examples;
    }

    private static List<TypeHelp> ReadTypes(MarkdownOutline outline, string title)
    {
        var types = new List<TypeHelp>();
        var section = outline.FindSection(2, title);
        if (section == null) return types;
        foreach (var child in outline.ChildrenOf(section))
        {
            types.Add(new TypeHelp(child.Title, SectionBody.Parse(child).Prose));
        }
        return types;
    }

    private static List<RelatedLink> ReadLinks(MarkdownOutline outline)
    {
        var links = new List<RelatedLink>();
        var section = outline.FindSection(2, "RELATED LINKS");
        if (section == null) return links;
        foreach (var link in section.Blocks.SelectMany(ProseText.Links))
        {
            links.Add(new RelatedLink(ProseText.Plain(link), (link.Url ?? string.Empty).Trim()));
        }
        return links;
    }
}
