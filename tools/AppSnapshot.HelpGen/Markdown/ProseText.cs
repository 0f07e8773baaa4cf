using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>
/// Text of Markdig blocks for help files. <see cref="Markup"/> keeps the inline markup as written
/// (MAML paragraphs); <see cref="Plain"/> reduces it to text (about topics). Both join soft-wrapped
/// lines with a space, except after a hyphen inside a word ("Test-" + "AppSnapshotPrerequisite",
/// "yyyyMMdd-" + "HHmmss"): that wrap was made inside the word, so the halves join without one.
/// </summary>
public static class ProseText
{
    /// <summary>A paragraph as one line, a list as one line per item ("- " or "1. "), a table as its rows; markup kept.</summary>
    public static string Markup(Block block, string source)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                return JoinLines(Slice(source, paragraph).Split('\n'));
            case ListBlock list:
                return string.Join("\n", ListLines(list, source, string.Empty));
            case QuoteBlock quote:
                return string.Join("\n", quote.Select(b => Markup(b, source)).Where(t => t.Length > 0));
            case ThematicBreakBlock:
                return string.Empty;
            default:
                // Tables and HTML keep their lines.
                return string.Join("\n", Slice(source, block).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        }
    }

    /// <summary>Inline markup reduced to its text: code without backticks, emphasis without stars, links as "text (address)".</summary>
    public static string Plain(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        AppendPlain(inlines, text);
        return text.ToString().Trim();
    }

    /// <summary>The plain text of a block's inlines (paragraph, heading, table cell).</summary>
    public static string Plain(Block block) => block switch
    {
        LeafBlock leaf => Plain(leaf.Inline),
        ContainerBlock container => string.Join(" ", container.Select(Plain).Where(t => t.Length > 0)),
        _ => string.Empty,
    };

    /// <summary>The links (not images) in a block and the blocks inside it, in document order.</summary>
    public static IEnumerable<LinkInline> Links(Block block)
    {
        var leaves = block is LeafBlock leaf ? new[] { leaf } : block is ContainerBlock container ? container.Descendants<LeafBlock>() : Enumerable.Empty<LeafBlock>();
        return leaves.SelectMany(l => l.Inline?.Descendants<LinkInline>() ?? Enumerable.Empty<LinkInline>()).Where(l => !l.IsImage);
    }

    /// <summary>Joins soft-wrapped lines: a space between them, none after a hyphen inside a word.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (text.Length > 0 && !IsWordHyphenWrap(text, line)) text.Append(' ');
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>The text so far ends in a letter or digit and a hyphen, and the next line starts with a letter or digit.</summary>
    internal static bool IsWordHyphenWrap(StringBuilder before, string after) =>
        before.Length >= 2 && before[before.Length - 1] == '-' && char.IsLetterOrDigit(before[before.Length - 2])
        && after.Length > 0 && char.IsLetterOrDigit(after[0]);

    private static IEnumerable<string> ListLines(ListBlock list, string source, string indent)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? number++ + ". " : "- ";
            var text = string.Join(" ", item.Where(b => b is not ListBlock).Select(b => Markup(b, source)).Where(t => t.Length > 0));
            yield return indent + marker + text;
            foreach (var nested in item.OfType<ListBlock>())
            {
                foreach (var line in ListLines(nested, source, indent + "  ")) yield return line;
            }
        }
    }

    private static void AppendPlain(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(text, literal.Content.ToString());
                    break;
                case CodeInline code:
                    Append(text, code.Content);
                    break;
                case LineBreakInline:
                    // Soft and hard breaks alike: the help text is rewrapped by its reader.
                    text.Append('\n');
                    break;
                case AutolinkInline autolink:
                    Append(text, autolink.Url);
                    break;
                case LinkInline link:
                    var label = new StringBuilder();
                    AppendPlain(link, label);
                    var url = link.Url ?? string.Empty;
                    Append(text, url.StartsWith("http", StringComparison.Ordinal) ? $"{label} ({url})" : label.ToString());
                    break;
                case HtmlEntityInline entity:
                    Append(text, entity.Transcoded.ToString());
                    break;
                case HtmlInline html:
                    Append(text, html.Tag);
                    break;
                case ContainerInline nested:
                    AppendPlain(nested, text);
                    break;
            }
        }
    }

    /// <summary>Appends, resolving a pending line break (\n) by the soft-wrap rule.</summary>
    private static void Append(StringBuilder text, string value)
    {
        if (text.Length > 0 && text[text.Length - 1] == '\n')
        {
            text.Length--;
            var line = value.TrimStart();
            if (text.Length > 0 && !IsWordHyphenWrap(text, line)) text.Append(' ');
            text.Append(line);
            return;
        }
        text.Append(value);
    }

    private static string Slice(string source, Block block) => source.Substring(block.Span.Start, block.Span.Length);

    /// <summary>The rows of a pipe table as cells of plain text (the header row first).</summary>
    public static List<string[]> TableRows(Table table) =>
        table.OfType<TableRow>().Select(row => row.OfType<TableCell>().Select(Plain).ToArray()).ToList();
}
