namespace AppSnapshot.EngineTests.Examples;

/// <summary>Every example the documentation gives is found, and nothing is left out without a stated reason.</summary>
public class ExampleDiscoveryTests
{
    [Fact]
    public void EveryReadmePowerShellBlockIsMarkedAsAnExampleOrNotRunWithAReason()
    {
        var unmarked = ReadmeExamples.PowerShellBlocks().Where(b => ReadmeBlockMark.Parse(b.MarkComment) == null)
            .Select(b => "README.md line " + b.Line + " (" + b.Heading + ")").ToList();

        Assert.True(unmarked.Count == 0, "Put <!-- example --> or <!-- not run: reason --> right before: " + string.Join(", ", unmarked));
    }

    [Fact]
    public void EveryRowOfTheReadmeCmdletTableHasAnExampleThatRunsItsCmdlet()
    {
        var rows = CmdletTableExamples.Rows(ReadmeExamples.Lines());

        Assert.Equal(ExpectedCmdlets.Count, rows.Count);
        Assert.All(rows, row => Assert.Contains(row.Examples, code => CmdletTableExamples.RunsAnyOf(code, new HashSet<string> { row.Cmdlet })));
    }

    [Fact]
    public void EveryCmdletHelpFileHasExamplesAndEveryExampleHasACommand()
    {
        var files = ExampleCatalog.CmdletHelpFiles();

        Assert.Equal(ExpectedCmdlets.Order(StringComparer.Ordinal), files.Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Contains(ExampleCatalog.All, e => e.Source == f));
        Assert.All(ExampleCatalog.All, e => Assert.All(e.Commands, c => Assert.False(string.IsNullOrWhiteSpace(c.Text), e.Key)));
    }

    [Fact]
    public void TheAboutTopicsBlocksThatAreNotRunExistAndTheOthersRun()
    {
        var headings = AboutTopicExamples.PowerShellBlocks().Select(b => b.Heading).ToList();

        Assert.All(AboutTopicExamples.NotRun.Keys, heading => Assert.Contains(heading, headings));
        Assert.Contains(AboutTopicExamples.Read(), e => e.Commands.Count > 0);
    }

    [Fact]
    public void KeysAreUniqueAndEveryArrangementBelongsToAnExample()
    {
        var keys = ExampleCatalog.All.Select(e => e.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(ExampleArrangements.Keys, key => Assert.Contains(key, keys));
    }

    private static IReadOnlyList<string> ExpectedCmdlets => ModuleFiles.ExportedCmdlets.Names;
}
