using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Schema;
using AppSnapshot.HelpGen;
using AppSnapshot.HelpGen.Maml;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.Tests.Module.Fixtures;
using AppSnapshot.Tests.Module.Support;

namespace AppSnapshot.Tests.Module;

/// <summary>The generated help is valid MAML according to PowerShell's own schemas.</summary>
[Trait(TestCategories.Key, TestCategories.RequiresSharedSchemas)]
public class MamlSchemaTests
{
    private static XmlSchemaSet Schemas() => SchemaLoader.Load(
        Path.Combine(RepositoryPaths.SharedSchemas, "PSMaml", "Maml.xsd"),
        Path.Combine(RepositoryPaths.SharedSchemas, "PSMaml", "developerCommand.xsd"));

    private static IReadOnlyList<string> ValidateEveryCommand(string maml, out int commands)
    {
        var document = new XmlDocument { XmlResolver = null };
        document.LoadXml(maml);
        var schemas = Schemas();
        // PowerShell's Get-Help reads the parameters' aliases attribute (as platyPS writes it) although
        // developerCommand.xsd does not declare it: that one attribute is removed before validation.
        foreach (var parameter in document.GetElementsByTagName("parameter", MamlNames.Command).OfType<XmlElement>()) parameter.RemoveAttribute("aliases");
        var elements = document.DocumentElement!.ChildNodes.OfType<XmlElement>().ToList();
        commands = elements.Count;
        return elements.SelectMany(e => XmlValidation.Validate(e, schemas).Select(p => $"{Name(e)}: {p}")).ToList();
    }

    private static string Name(XmlElement command) => command.GetElementsByTagName("name", MamlNames.Command).Cast<XmlNode>().FirstOrDefault()?.InnerText ?? command.Name;

    [Fact]
    public void FixtureHelpIsValid()
    {
        var maml = MamlWriter.Write(new[] { CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md") });
        Assert.Empty(ValidateEveryCommand(maml, out var commands));
        Assert.Equal(1, commands);
    }

    [Fact]
    public void TheModulesHelpIsValid()
    {
        var commands = new HelpBuilder(RepositoryPaths.HelpSources, Path.GetTempPath()).ReadCommands();
        Assert.NotEmpty(commands);
        Assert.Empty(ValidateEveryCommand(MamlWriter.Write(commands), out var count));
        Assert.Equal(commands.Count, count);
    }

    [Fact]
    public void TheBuiltHelpFileIsWellFormedAndValid()
    {
        var path = Path.Combine(RepositoryPaths.ModuleOut, "en-US", HelpBuilder.MamlFileName);
        Assert.True(File.Exists(path), $"{path} is missing: the build did not generate the help.");
        Assert.Empty(ValidateEveryCommand(File.ReadAllText(path), out var count));
        Assert.True(count > 0);
    }

    [Fact]
    public void ACommandElementOutOfOrderIsReported()
    {
        var maml = MamlWriter.Write(new[] { CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md") });
        var broken = maml.Replace("<command:verb>Set</command:verb>", string.Empty);
        Assert.NotEmpty(ValidateEveryCommand(broken, out _));
    }

    [Fact]
    public void ACommandInTheWrongNamespaceIsReportedNotSkipped()
    {
        var maml = MamlWriter.Write(new[] { CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md") });
        var broken = maml.Replace(MamlNames.Command, "http://schemas.example.org/not-maml");
        Assert.Contains(ValidateEveryCommand(broken, out _), p => p.Contains("validity is NotKnown"));
    }

    [Fact]
    public void AnUndeclaredAttributeOtherThanAliasesIsStillReported()
    {
        var maml = MamlWriter.Write(new[] { CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md") });
        Assert.Contains(" aliases=\"WidgetName, N\"", maml);
        var broken = maml.Replace(" aliases=\"WidgetName, N\"", " aliases=\"WidgetName, N\" nicknames=\"W\"");
        Assert.NotEmpty(ValidateEveryCommand(broken, out _));
    }
}
