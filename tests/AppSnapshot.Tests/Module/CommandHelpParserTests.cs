using System.Linq;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.HelpGen.Model;
using AppSnapshot.Tests.Module.Fixtures;

namespace AppSnapshot.Tests.Module;

public class CommandHelpParserTests
{
    private static readonly CommandHelp Help = CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md");

    private static ParameterHelp Parameter(string name) => Help.Parameters.Single(p => p.Name == name);

    [Fact]
    public void ReadsNameVerbNounSynopsisAndOnlineVersion()
    {
        Assert.Equal("Set-FakeWidget", Help.Name);
        Assert.Equal("Set", Help.Verb);
        Assert.Equal("FakeWidget", Help.Noun);
        Assert.Equal("Sets a fake widget.", Help.Synopsis);
        Assert.Equal("https://example.org/Set-FakeWidget", Help.OnlineVersion);
    }

    [Fact]
    public void KeepsDescriptionParagraphs()
    {
        Assert.Equal("First paragraph of the description.\n\nSecond paragraph, with `code` & <angle> brackets.", Help.Description);
    }

    [Fact]
    public void ReadsParameterSetsWithTheDefaultMarked()
    {
        Assert.Equal(new[] { "ByName", "ById" }, Help.Syntax.Select(s => s.Name));
        Assert.True(Help.Syntax[0].IsDefault);
        Assert.False(Help.Syntax[1].IsDefault);
        Assert.StartsWith("Set-FakeWidget -WidgetId <String[]>", Help.Syntax[1].SyntaxLine);
    }

    [Fact]
    public void ReadsParametersInOrderWithoutCommonParameters()
    {
        Assert.Equal(new[] { "Name", "WidgetId", "Size", "Force", "WhatIf", "Confirm" }, Help.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void ReadsTypeAliasesWildcardsAndPosition()
    {
        var name = Parameter("Name");
        Assert.Equal("String", name.Type);
        Assert.Equal(new[] { "WidgetName", "N" }, name.Aliases);
        Assert.True(name.AcceptsWildcards);
        Assert.Equal("0", name.Bindings.Single().Position);
        Assert.True(name.Bindings.Single().Required);
        Assert.Equal("The widget name. Wildcards are permitted.", name.Description);
    }

    [Fact]
    public void ReadsPipelineInput()
    {
        var binding = Parameter("WidgetId").Bindings.Single();
        Assert.Equal("True (ByPropertyName, ByValue)", binding.PipelineInput);
        Assert.True(binding.AcceptsPipelineInput);
        Assert.False(Parameter("Name").Bindings.Single().AcceptsPipelineInput);
    }

    [Fact]
    public void ReadsDefaultsAndAcceptedValues()
    {
        Assert.Equal("2", Parameter("Size").DefaultValue);
        Assert.Equal(new[] { "1", "2", "3" }, Parameter("Size").AcceptedValues);
        Assert.Equal("None", Parameter("Name").DefaultValue);
        Assert.Empty(Parameter("Name").AcceptedValues);
    }

    [Fact]
    public void ReadsOneBindingPerYamlBlock()
    {
        var size = Parameter("Size");
        Assert.False(size.BindingFor("ByName")!.Required);
        Assert.True(size.BindingFor("ById")!.Required);
        Assert.Equal("True (ByPropertyName)", size.BindingFor("ById")!.PipelineInput);
        Assert.Null(Parameter("Force").BindingFor("ById"));
        Assert.NotNull(Parameter("WhatIf").BindingFor("ById"));
    }

    [Fact]
    public void RecognizesSwitches()
    {
        Assert.True(Parameter("Force").IsSwitch);
        Assert.False(Parameter("Size").IsSwitch);
    }

    [Fact]
    public void ReadsExamplesWithCodeAndRemarks()
    {
        Assert.Equal(2, Help.Examples.Count);
        Assert.Equal("Set one widget", Help.Examples[0].Title);
        Assert.Equal("PS C:\\> Set-FakeWidget -Name w1 -Size 3", Help.Examples[0].Code);
        Assert.Equal("Sets the size of w1.", Help.Examples[0].Remarks);
        Assert.Contains("Get-FakeWidget | Set-FakeWidget -Size 1", Help.Examples[1].Code);
        Assert.Contains("w1      1", Help.Examples[1].Code);
        Assert.Equal("Pipes every widget.", Help.Examples[1].Remarks);
    }

    [Fact]
    public void ReadsInputsOutputsNotesAndLinks()
    {
        Assert.Equal("System.String[]", Help.Inputs.Single().TypeName);
        Assert.Equal("Widget ids.", Help.Inputs.Single().Description);
        Assert.Equal("AppSnapshot.Models.FakeWidget", Help.Outputs.Single().TypeName);
        Assert.Equal("A note.", Help.Notes);
        Assert.Equal(new[] { new RelatedLink("Online Version:", "https://example.org/Set-FakeWidget"), new RelatedLink("Get-FakeWidget", "Get-FakeWidget.md") }, Help.RelatedLinks);
    }

    [Theory]
    [InlineData("## SYNOPSIS\nSets a fake widget.\n", "## SYNOPSIS\n\n", "'## SYNOPSIS' section is empty")]
    [InlineData("## DESCRIPTION\n", "## NOTHING\n", "no '## DESCRIPTION' section")]
    [InlineData("Required: True\nPosition: 0", "Position: 0", "no 'Required'")]
    [InlineData("Required: True\nPosition: 0", "Required: Yes\nPosition: 0", "must be True or False")]
    [InlineData("The widget ids.", "{{ Fill WidgetId Description }}", "placeholder")]
    [InlineData("external help file: AppSnapshot.dll-Help.xml\n", "", "no 'external help file'")]
    [InlineData("### Example 1: Set one widget\n```powershell\nPS C:\\> Set-FakeWidget -Name w1 -Size 3\n```", "### Example 1: Set one widget\nNo code.", "has no code block")]
    public void RefusesMalformedHelpWithTheFileAndTheProblem(string original, string replacement, string expected)
    {
        var markdown = FixtureMarkdown.SetFakeWidget.Replace(original, replacement);
        Assert.NotEqual(FixtureMarkdown.SetFakeWidget, markdown);
        var error = Assert.Throws<HelpFormatException>(() => CommandHelpParser.Parse(markdown, "broken.md"));
        Assert.Equal("broken.md", error.Source);
        Assert.Contains(expected, error.Problem);
    }
}
