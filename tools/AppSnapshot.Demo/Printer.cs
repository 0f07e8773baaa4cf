using System.Collections;
using System.Globalization;
using System.Reflection;

namespace AppSnapshot.Demo;

/// <summary>Prints objects roughly as PowerShell's Format-List / Format-Table would.</summary>
internal static class Printer
{
    public static void Step(int number, string title, string commandLine)
    {
        Console.WriteLine();
        Colored(ConsoleColor.Cyan, $"== {number}. {title}");
        Colored(ConsoleColor.Green, "PS> " + commandLine);
        Console.WriteLine();
    }

    public static void Colored(ConsoleColor color, string text)
    {
        var before = Console.ForegroundColor;
        Console.ForegroundColor = color;
        Console.WriteLine(text);
        Console.ForegroundColor = before;
    }

    /// <summary>Format-List: one "Name : value" block per object.</summary>
    public static void List(IEnumerable<object> objects, params string[] skip)
    {
        foreach (var o in objects)
        {
            var props = Properties(o).Where(p => !skip.Contains(p.Name)).ToList();
            var width = props.Max(p => p.Name.Length);
            foreach (var p in props) Console.WriteLine(p.Name.PadRight(width) + " : " + Render(p.GetValue(o)));
            Console.WriteLine();
        }
    }

    /// <summary>Format-Table with the given columns (property names, a dotted path for nested values).</summary>
    public static void Table(IEnumerable<object> objects, params string[] columns)
    {
        var rows = objects.Select(o => columns.Select(c => Render(Path(o, c), 60)).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        Console.WriteLine(string.Join(" ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Console.WriteLine(string.Join(" ", widths.Select(w => new string('-', w))));
        foreach (var r in rows) Console.WriteLine(string.Join(" ", r.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        Console.WriteLine();
    }

    private static IEnumerable<PropertyInfo> Properties(object o) =>
        o.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    private static object? Path(object o, string path)
    {
        object? current = o;
        foreach (var part in path.Split('.'))
        {
            if (current == null) return null;
            current = current.GetType().GetProperty(part)?.GetValue(current);
        }
        return current;
    }

    private static string Render(object? value, int max = 110)
    {
        string text = value switch
        {
            null => "",
            string s => s.Replace("\r", "").Replace("\n", " ⏎ "),
            DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
            TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
            IDictionary dict => "{" + string.Join("; ", dict.Cast<DictionaryEntry>().Select(e => e.Key + "=" + e.Value)) + "}",
            IEnumerable items => "{" + string.Join(", ", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "}",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.Length > max ? text.Substring(0, max - 3) + "..." : text;
    }
}
