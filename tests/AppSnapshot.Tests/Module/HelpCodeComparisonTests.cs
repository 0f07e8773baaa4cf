using System.Linq;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.Tests.Module.Fixtures;
using AppSnapshot.Tests.Module.Support;

namespace AppSnapshot.Tests.Module;

/// <summary>The comparison the module's documentation tests rely on, proven on fake cmdlets.</summary>
public class HelpCodeComparisonTests
{
    private static readonly AppSnapshot.HelpGen.Model.CommandHelp Help = CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md");

    [Fact]
    public void ReadsCmdletMetadataFromAttributes()
    {
        var cmdlet = CmdletMetadata.Read(typeof(SetFakeWidgetCommand));
        Assert.Equal("Set-FakeWidget", cmdlet.Name);
        Assert.True(cmdlet.SupportsShouldProcess);
        Assert.Equal(new[] { "Name", "WidgetId", "Size", "Force" }, cmdlet.Parameters.Select(p => p.Name));
        var size = cmdlet.Parameters.Single(p => p.Name == "Size");
        Assert.Equal(new[] { "ByName", "ById" }, size.Sets.Select(s => s.SetName));
        Assert.True(size.Sets[1].Mandatory);
        Assert.Equal(new[] { "WidgetName", "N" }, cmdlet.Parameters[0].Aliases);
        Assert.Equal(0, cmdlet.Parameters[0].Sets[0].Position);
        Assert.True(cmdlet.Parameters[0].SupportsWildcards);
        Assert.False(size.SupportsWildcards);
        Assert.Null(size.Sets[0].Position);
    }

    [Fact]
    public void MatchingHelpAndCodeHaveNoDifferences()
    {
        Assert.Empty(HelpCodeComparison.Compare(CmdletMetadata.Read(typeof(SetFakeWidgetCommand)), Help));
    }

    [Fact]
    public void ReportsEveryDifferenceOfDriftedCode()
    {
        var problems = HelpCodeComparison.Compare(CmdletMetadata.Read(typeof(DriftedSetFakeWidgetCommand)), Help);
        Assert.Contains("Set-FakeWidget: parameter -Colour is not documented.", problems);
        Assert.Contains("Set-FakeWidget: documented parameter -Force does not exist in the code.", problems);
        Assert.Contains(problems, p => p.StartsWith("Set-FakeWidget -Name: aliases are [WidgetName]"));
        Assert.Contains(problems, p => p.StartsWith("Set-FakeWidget -Name (ByName): Required is True"));
        Assert.Contains(problems, p => p.StartsWith("Set-FakeWidget -Name (ByName): Position is 0 in the help, 1 in the code"));
        Assert.Contains(problems, p => p.StartsWith("Set-FakeWidget -WidgetId (ById): pipeline input"));
        Assert.Contains("Set-FakeWidget -Name: wildcard support is True in the help ('Accept wildcard characters'), False in the code ([SupportsWildcards]).", problems);
        Assert.Contains(problems, p => p.StartsWith("Set-FakeWidget -Colour") || p.Contains("-Colour is not documented"));
    }

    [Fact]
    public void ReportsAParameterSetTheHelpDoesNotList()
    {
        var help = CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget.Replace("Parameter Sets: ByName\nAliases: WidgetName, N", "Parameter Sets: Other\nAliases: WidgetName, N"), "x.md");
        Assert.Contains("Set-FakeWidget -Name: parameter set 'ByName' is not in the help's 'Parameter Sets'.", HelpCodeComparison.Compare(CmdletMetadata.Read(typeof(SetFakeWidgetCommand)), help));
    }

    [Fact]
    public void ReportsShouldProcessParametersDocumentedForACmdletWithoutShouldProcess()
    {
        var problems = HelpCodeComparison.Compare(CmdletMetadata.Read(typeof(NoShouldProcessSetFakeWidgetCommand)), Help);
        Assert.Equal(new[] { "Set-FakeWidget: documented parameter -WhatIf does not exist in the code.", "Set-FakeWidget: documented parameter -Confirm does not exist in the code." }, problems);
    }

    [Fact]
    public void ReportsMissingShouldProcessParameters()
    {
        var help = CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget.Replace("### -Confirm", "### -Unrelated"), "x.md");
        var problems = HelpCodeComparison.Compare(CmdletMetadata.Read(typeof(SetFakeWidgetCommand)), help);
        Assert.Contains("Set-FakeWidget: parameter -Confirm (ShouldProcess) is not documented.", problems);
        Assert.Contains("Set-FakeWidget: documented parameter -Unrelated does not exist in the code.", problems);
    }

    [Fact]
    public void FindsTheFakeCmdletsButNoOtherTypes()
    {
        Assert.True(CmdletMetadata.IsCmdlet(typeof(SetFakeWidgetCommand)));
        Assert.False(CmdletMetadata.IsCmdlet(typeof(HelpCodeComparisonTests)));
    }
}
