using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace AppSnapshot.HelpGen.About;

/// <summary>Renders markdown body lines as the indented plain text of an about_*.help.txt file:
/// paragraphs and list items wrapped to the width, code blocks kept verbatim, tables aligned,
/// inline markup (backticks, emphasis, links) reduced to its text.</summary>
public sealed class PlainTextRenderer
{
    private static readonly Regex Link = new(@"\[(?<text>[^\]]+)\]\((?<uri>[^)]+)\)", RegexOptions.Compiled);
    private static readonly Regex Emphasis = new(@"(\*\*|__)(?<text>.+?)\1", RegexOptions.Compiled);
    private static readonly Regex InlineCode = new(@"`(?<text>[^`]+)`", RegexOptions.Compiled);
    private static readonly Regex ListItem = new(@"^(?<marker>[-*]|\d+\.)\s+", RegexOptions.Compiled);
    private readonly int _width;

    public PlainTextRenderer(int width) => _width = width;

    public void Render(IReadOnlyList<string> lines, string indent, StringBuilder output)
    {
        var i = 0;
        var first = true;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) { i++; continue; }
            if (!first) output.Append('\n');
            first = false;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) i = RenderCode(lines, i, indent + "    ", output);
            else if (line.TrimStart().StartsWith("|", StringComparison.Ordinal)) i = RenderTable(lines, i, indent, output);
            else if (ListItem.IsMatch(line.TrimStart())) i = RenderList(lines, i, indent, output);
            else i = RenderParagraph(lines, i, indent, output);
        }
    }

    public static string Inline(string text)
    {
        text = Link.Replace(text, m => m.Groups["uri"].Value.StartsWith("http", StringComparison.Ordinal)
            ? $"{m.Groups["text"].Value} ({m.Groups["uri"].Value})"
            : m.Groups["text"].Value);
        text = Emphasis.Replace(text, m => m.Groups["text"].Value);
        return InlineCode.Replace(text, m => m.Groups["text"].Value);
    }

    private static int RenderCode(IReadOnlyList<string> lines, int i, string indent, StringBuilder output)
    {
        for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
        {
            output.Append(lines[i].Length == 0 ? string.Empty : indent + lines[i]).Append('\n');
        }
        return i + 1;
    }

    private int RenderTable(IReadOnlyList<string> lines, int i, string indent, StringBuilder output)
    {
        var rows = new List<string[]>();
        for (; i < lines.Count && lines[i].TrimStart().StartsWith("|", StringComparison.Ordinal); i++)
        {
            var cells = lines[i].Trim().Trim('|').Split('|');
            for (var c = 0; c < cells.Length; c++) cells[c] = Inline(cells[c].Trim());
            if (Array.TrueForAll(cells, cell => cell.Length > 0 && cell.Trim('-', ':').Length == 0)) continue;
            rows.Add(cells);
        }
        if (rows.Count == 0) return i;
        var widths = TableLayout.ColumnWidths(rows, _width - indent.Length, Gap);
        var wrapped = false;
        foreach (var row in rows)
        {
            var cellLines = new List<List<string>>();
            for (var c = 0; c < widths.Length; c++) cellLines.Add(TableLayout.WrapCell(c < row.Length ? row[c] : string.Empty, widths[c]));
            var height = 1;
            foreach (var cell in cellLines) height = Math.Max(height, cell.Count);
            if (wrapped || height > 1)
            {
                if (output.Length > 0 && rows.IndexOf(row) > 0) output.Append('\n');
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
        return i;
    }

    private const int Gap = 2;

    private int RenderList(IReadOnlyList<string> lines, int i, string indent, StringBuilder output)
    {
        while (i < lines.Count && ListItem.IsMatch(lines[i].TrimStart()))
        {
            var itemLine = lines[i].TrimStart();
            var marker = ListItem.Match(itemLine).Groups["marker"].Value;
            var words = new StringBuilder(itemLine.Substring(ListItem.Match(itemLine).Length));
            for (i++; i < lines.Count && lines[i].Trim().Length > 0 && lines[i].StartsWith(" ", StringComparison.Ordinal) && !ListItem.IsMatch(lines[i].TrimStart()); i++)
            {
                words.Append(' ').Append(lines[i].Trim());
            }
            var prefix = marker.Length == 1 ? "- " : marker + " ";
            Wrap(Inline(words.ToString()), indent + prefix, indent + new string(' ', prefix.Length), output);
        }
        return i;
    }

    private int RenderParagraph(IReadOnlyList<string> lines, int i, string indent, StringBuilder output)
    {
        var words = new StringBuilder();
        for (; i < lines.Count && IsParagraphLine(lines[i]); i++)
        {
            if (words.Length > 0) words.Append(' ');
            words.Append(lines[i].Trim());
        }
        Wrap(Inline(words.ToString()), indent, indent, output);
        return i;
    }

    private static bool IsParagraphLine(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 0 && !trimmed.StartsWith("```", StringComparison.Ordinal)
            && !trimmed.StartsWith("|", StringComparison.Ordinal) && !ListItem.IsMatch(trimmed);
    }

    private void Wrap(string text, string firstIndent, string nextIndent, StringBuilder output)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
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
