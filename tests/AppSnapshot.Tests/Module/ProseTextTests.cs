using System.Linq;
using AppSnapshot.HelpGen.About;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.HelpGen.Model;
using AppSnapshot.Tests.Module.Fixtures;

namespace AppSnapshot.Tests.Module;

/// <summary>How the generator turns markdown prose into help text: soft wraps joined (without a space
/// inside a hyphenated word), lists one item per line, markup kept for MAML and reduced for about topics.</summary>
public class ProseTextTests
{
    private static string Description(string description) =>
        CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget.Replace("First paragraph of the description.\n\nSecond paragraph, with `code` & <angle> brackets.", description), "x.md").Description;

    [Theory]
    [InlineData("one\ntwo\nthree", "one two three")]
    [InlineData("use Test-\nAppSnapshotPrerequisite first", "use Test-AppSnapshotPrerequisite first")]
    [InlineData("Default: appsnap-yyyyMMdd-\nHHmmss (UTC)", "Default: appsnap-yyyyMMdd-HHmmss (UTC)")]
    [InlineData("a file-\nsystem-consistent group", "a file-system-consistent group")]
    [InlineData("pass -\n-Force", "pass - -Force")]
    [InlineData("ends with a dash -\nthen text", "ends with a dash - then text")]
    [InlineData("pipe to New-\n`Get-AppSnapshotResult`", "pipe to New- `Get-AppSnapshotResult`")]
    public void SoftWrapsJoinWithASpaceExceptInsideAHyphenatedWord(string markdown, string expected)
    {
        Assert.Equal(expected, Description(markdown));
    }

    [Fact]
    public void ListsKeepOneLineEachAndParagraphsStaySeparate()
    {
        Assert.Equal("Steps:\n\n- first wrapped\n- second\n\n1. one\n2. two", Description("Steps:\n\n- first\n  wrapped\n- second\n\n1. one\n2. two"));
        Assert.Equal("Steps:\n\n- first wrapped\n  - nested\n- second", Description("Steps:\n- first\n  wrapped\n  - nested\n- second"));
    }

    [Fact]
    public void HeadingsInsideCodeFencesAreCode()
    {
        var help = CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget.Replace("PS C:\\> Set-FakeWidget -Name w1 -Size 3", "# not a heading\n## PARAMETERS"), "x.md");
        Assert.Equal("# not a heading\n## PARAMETERS", help.Examples[0].Code);
        Assert.Equal(6, help.Parameters.Count);
    }

    [Fact]
    public void AnUnclosedFenceIsAnErrorNamingItsLine()
    {
        var markdown = FixtureMarkdown.SetFakeWidget.Replace("Get-FakeWidget | Set-FakeWidget -Size 1\n```", "Get-FakeWidget | Set-FakeWidget -Size 1");
        var broken = markdown.Substring(0, markdown.IndexOf("```\nName Size", System.StringComparison.Ordinal));
        var error = Assert.Throws<HelpFormatException>(() => CommandHelpParser.Parse(broken, "broken.md"));
        Assert.Contains("is not closed", error.Problem);
    }

    [Fact]
    public void FrontMatterAndParameterBlocksAreReadAsYaml()
    {
        var outline = MarkdownOutline.Parse("---\nexternal help file: AppSnapshot.dll-Help.xml\nonline version: 'https://example.org/a: b'\nschema: 2.0.0\n---\n\n# X\n");
        Assert.Equal("https://example.org/a: b", outline.FrontMatter["online version"]);
        Assert.Equal("2.0.0", outline.FrontMatter["SCHEMA"]);
        var yaml = ParameterYaml.Parse("Type: String\nAliases:\nAccepted values: Linux, Windows\nRequired: True\n");
        Assert.Empty(yaml.List("Aliases"));
        Assert.Equal(new[] { "Linux", "Windows" }, yaml.List("Accepted values"));
        Assert.True(yaml.RequireBoolean("Required", "X"));
    }

    [Fact]
    public void MalformedYamlIsAnErrorWithTheFile()
    {
        var broken = FixtureMarkdown.SetFakeWidget.Replace("Type: String\nParameter Sets: ByName\nAliases: WidgetName, N", "Type: [String\nParameter Sets: ByName\nAliases: WidgetName, N");
        var error = Assert.Throws<HelpFormatException>(() => CommandHelpParser.Parse(broken, "broken.md"));
        Assert.Equal("broken.md", error.Source);
        Assert.Contains("invalid YAML", error.Problem);
    }

    [Fact]
    public void AboutTopicsReduceMarkupAndJoinHyphenatedWraps()
    {
        var topic = AboutTopicParser.Parse("# about_X\n\n## SHORT DESCRIPTION\nShort.\n\n## LONG DESCRIPTION\nRun `Test-`\nAppSnapshotPrerequisite or **New-\nAppConsistentSnapshotGroup**, see [docs](https://example.org/x).\n", "about_X.md");
        var text = AboutTopicWriter.Write(topic);
        Assert.Contains("    Run Test-AppSnapshotPrerequisite or New-AppConsistentSnapshotGroup, see docs\n    (https://example.org/x).", text);
    }

    [Fact]
    public void TheModulesHelpHasNoWordBrokenAtAHyphen()
    {
        // "FileSystem- or Crash-consistent" is a suspended hyphen, written so on purpose.
        var commands = new AppSnapshot.HelpGen.HelpBuilder(Support.RepositoryPaths.HelpSources, System.IO.Path.GetTempPath()).ReadCommands();
        var texts = commands.SelectMany(c => new[] { c.Synopsis, c.Description, c.Notes }
            .Concat(c.Parameters.Select(p => p.Description))
            .Concat(c.Examples.Select(e => e.Remarks))
            .Concat(c.Inputs.Concat(c.Outputs).Select(t => t.Description)));
        var broken = texts.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"\b[A-Za-z]+- (?!(or|and) )[A-Za-z]+").Select(m => m.Value)).ToList();
        Assert.True(broken.Count == 0, "words split at a hyphen: " + string.Join(", ", broken));
    }
}
