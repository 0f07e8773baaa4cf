using System.Reflection;
using System.Text.RegularExpressions;

namespace AppSnapshot.Tests.Architecture;

/// <summary>
/// Which folder of AppSnapshot.Core uses which: a folder (a capability folder of Workflow counts on its
/// own) uses another when one of its source files names a top-level type declared there. Types and
/// their folders come from the compiled assembly (namespaces follow folders); uses come from the
/// source with comments and string literals removed.
/// </summary>
public sealed class SourceDependencyGraph
{
    private static readonly Regex CommentsAndStrings = new(
        @"//[^\n]*|/\*.*?\*/|@?\$?""""""[\s\S]*?""""""|@?\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\]|\\.)'",
        RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex Identifier = new(@"\b[A-Z]\w*\b", RegexOptions.Compiled);

    public SourceDependencyGraph(Assembly core, string sourceRoot)
    {
        var folderOfType = core.GetTypes()
            .Where(t => !t.IsNested && t.Namespace != null && !t.Name.Contains('<'))
            .GroupBy(t => t.Name)
            .Where(g => g.Select(t => t.Namespace).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => FolderOfNamespace(g.First().Namespace!));

        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceRoot, file).Replace('\\', '/');
            if (relative.StartsWith("obj/") || relative.StartsWith("bin/")) continue;
            var from = FolderOfFile(relative);
            var code = CommentsAndStrings.Replace(File.ReadAllText(file), " ");
            foreach (Match m in Identifier.Matches(code))
            {
                if (!folderOfType.TryGetValue(m.Value, out var to) || to == from || to == "") continue;
                if (!Edges.TryGetValue(from, out var targets)) Edges[from] = targets = new SortedDictionary<string, SortedSet<string>>();
                if (!targets.TryGetValue(to, out var why)) targets[to] = why = new SortedSet<string>();
                why.Add(Path.GetFileName(file) + " uses " + m.Value);
            }
        }
    }

    /// <summary>folder → used folder → the uses ("File.cs uses Type") that make the edge.</summary>
    public SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> Edges { get; } = new();

    public IEnumerable<string> Uses(string folder) => Edges.TryGetValue(folder, out var t) ? t.Keys : Enumerable.Empty<string>();

    /// <summary>Every strongly connected group of two or more folders (each one is a cycle).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var node in Edges.Keys.ToList()) if (!index.ContainsKey(node)) Visit(node);
        return cycles;

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in Uses(v))
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do { x = stack.Pop(); group.Add(x); } while (x != v);
            if (group.Count > 1) cycles.Add(group);
        }
    }

    /// <summary>"Client" for AppSnapshot.Client, "Workflow/Groups" for AppSnapshot.Workflow.Groups.</summary>
    public static string FolderOfNamespace(string ns)
    {
        var parts = ns.Split('.').Skip(1).ToArray();
        if (parts.Length == 0) return "";
        return parts[0] == "Workflow" && parts.Length > 1 ? "Workflow/" + parts[1] : parts[0];
    }

    private static string FolderOfFile(string relative)
    {
        var parts = relative.Split('/');
        if (parts.Length == 1) return "";
        return parts[0] == "Workflow" && parts.Length > 2 ? "Workflow/" + parts[1] : parts[0];
    }
}
