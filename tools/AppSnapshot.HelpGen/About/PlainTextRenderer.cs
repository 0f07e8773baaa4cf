using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppSnapshot.HelpGen.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace AppSnapshot.HelpGen.About;

/// <summary>Renders Markdig blocks as the indented plain text of an about_*.help.txt file:
/// paragraphs and list items wrapped to the width, code blocks kept verbatim, tables aligned,
/// inline markup (backticks, emphasis, links) reduced to its text.</summary>
public sealed class PlainTextRenderer
{
    private const int Gap = 2;
    private readonly int _width;

    public PlainTextRenderer(int width) => _width = width;

    /// <summary>The blocks in order, one blank line between them.</summary>
    public void Render(IReadOnlyList<Block> blocks, string indent, StringBuilder output)
    {
        var first = true;
        foreach (var block in blocks)
        {
            if (block is ThematicBreakBlock) continue;
            if (!first) output.Append('\n');
            first = false;
            switch (block)
            {
                case Markdig.Syntax.CodeBlock code:
                    RenderCode(code, indent + "    ", output);
                    break;
                case Table table:
                    RenderTable(ProseText.TableRows(table), indent, output);
                    break;
                case ListBlock list:
                    RenderList(list, indent, output);
                    break;
                case QuoteBlock quote:
                    Render(quote.ToList(), indent, output);
                    break;
                default:
                    Wrap(ProseText.Plain(block), indent, indent, output);
                    break;
            }
        }
    }

    private static void RenderCode(Markdig.Syntax.CodeBlock code, string indent, StringBuilder output)
    {
        foreach (var line in code.Lines.ToString().Split('\n'))
        {
            output.Append(line.Length == 0 ? string.Empty : indent + line).Append('\n');
        }
    }

    private void RenderTable(List<string[]> rows, string indent, StringBuilder output)
    {
        if (rows.Count == 0) return;
        var widths = TableLayout.ColumnWidths(rows, _width - indent.Length, Gap);
        var wrapped = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cellLines = new List<List<string>>();
            for (var c = 0; c < widths.Length; c++) cellLines.Add(TableLayout.WrapCell(c < row.Length ? row[c] : string.Empty, widths[c]));
            var height = cellLines.Max(cell => cell.Count);
            if (wrapped || height > 1)
            {
                // Once a row wraps, blank lines separate rows so each reads as one entry.
                if (r > 0) output.Append('\n');
                wrapped = true;
            }
            for (var l = 0; l < height; l++)
            {
                var text = new StringBuilder(indent);
                for (var c = 0; c < widths.Length; c++)
                {
                    var part = l < cellLines[c].Count ? cellLines[c][l] : string.Empty;
                    text.Append(c == widths.Length - 1 ? part : part.PadRight(widths[c] + Gap));
                }
                output.Append(text.ToString().TrimEnd()).Append('\n');
            }
        }
    }

    private void RenderList(ListBlock list, string indent, StringBuilder output)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var prefix = list.IsOrdered ? number++ + ". " : "- ";
            var text = string.Join(" ", item.Where(b => b is not ListBlock).Select(ProseText.Plain).Where(t => t.Length > 0));
            Wrap(text, indent + prefix, indent + new string(' ', prefix.Length), output);
            foreach (var nested in item.OfType<ListBlock>()) RenderList(nested, indent + new string(' ', prefix.Length), output);
        }
    }

    /// <summary>Wraps words to the width; the first line starts with <paramref name="firstIndent"/>, the others with <paramref name="nextIndent"/>.</summary>
    public void Wrap(string text, string firstIndent, string nextIndent, StringBuilder output)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > _width)
            {
                output.Append(line).Append('\n');
                line.Clear().Append(nextIndent);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        output.Append(line).Append('\n');
    }
}
