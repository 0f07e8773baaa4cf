using System.Management.Automation.Language;
using System.Text.RegularExpressions;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// The README table "The cmdlets, one example each": each row names a cmdlet in its first column; every
/// inline code span of its second column that runs one of the table's cmdlets is an example (spans such
/// as <c>-WhatIf</c> only name a parameter). Table cells escape the pipe as <c>\|</c>.
/// </summary>
public static class CmdletTableExamples
{
    public const string Heading = "## The cmdlets, one example each";

    private static readonly Regex CodeSpan = new(@"`(?<code>[^`]+)`", RegexOptions.Compiled);
    private static readonly Regex UnescapedPipe = new(@"(?<!\\)\|", RegexOptions.Compiled);

    public static IReadOnlyList<CmdletTableRow> Rows(IReadOnlyList<string> readme)
    {
        var start = readme.ToList().FindIndex(l => l.Trim() == Heading);
        if (start < 0) throw new FormatException("README.md has no '" + Heading + "' section.");
        var cells = readme.Skip(start + 1).SkipWhile(l => !l.TrimStart().StartsWith('|')).TakeWhile(l => l.TrimStart().StartsWith('|'))
            .Select(l => UnescapedPipe.Split(l.Trim().Trim('|')).Select(c => c.Trim()).ToArray())
            .Skip(2) // the header row and the delimiter row
            .ToList();
        var cmdlets = cells.Select(c => CodeSpan.Match(c[0]).Groups["code"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return cells.Select(c => new CmdletTableRow(
            CodeSpan.Match(c[0]).Groups["code"].Value,
            CodeSpan.Matches(c[1]).Select(m => m.Groups["code"].Value.Replace(@"\|", "|")).Where(code => RunsAnyOf(code, cmdlets)).ToList())).ToList();
    }

    public static IReadOnlyList<(CmdletTableRow Row, DocumentedExample Example)> Read(IReadOnlyList<string> readme) =>
        Rows(readme).SelectMany(row => row.Examples.Select((code, index) => (row, new DocumentedExample(ReadmeExamples.Source,
            "cmdlet table: " + row.Cmdlet + (index == 0 ? "" : " #" + (index + 1)), [new ExampleCommand(code, [])])))).ToList();

    /// <summary>True when the code invokes one of the cmdlets (anywhere, e.g. inside an if condition).</summary>
    public static bool RunsAnyOf(string code, IReadOnlySet<string> cmdlets)
    {
        var ast = Parser.ParseInput(code, out _, out _);
        return ast.FindAll(a => a is CommandAst c && c.GetCommandName() is { } name && cmdlets.Contains(name), true).Any();
    }
}
