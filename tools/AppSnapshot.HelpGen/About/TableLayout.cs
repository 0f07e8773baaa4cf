using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppSnapshot.HelpGen.About;

/// <summary>Fits a markdown table into a text width: narrow columns keep their width, wide ones
/// share what is left and their cells wrap at word boundaries.</summary>
public static class TableLayout
{
    public static int[] ColumnWidths(IReadOnlyList<string[]> rows, int available, int gap)
    {
        var columns = rows.Max(r => r.Length);
        var natural = new int[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++) natural[c] = Math.Max(natural[c], row[c].Length);
        }
        var remaining = available - gap * (columns - 1);
        var widths = new int[columns];
        var left = columns;
        foreach (var c in Enumerable.Range(0, columns).OrderBy(c => natural[c]))
        {
            widths[c] = Math.Max(1, Math.Min(natural[c], remaining / left));
            remaining -= widths[c];
            left--;
        }
        return widths;
    }

    /// <summary>Wraps a cell's words into lines of at most <paramref name="width"/> characters (a longer word keeps its own line).</summary>
    public static List<string> WrapCell(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }
}
