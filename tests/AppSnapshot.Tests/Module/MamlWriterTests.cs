using System.Linq;
using System.Xml;
using AppSnapshot.HelpGen.Maml;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.Tests.Module.Fixtures;

namespace AppSnapshot.Tests.Module;

public class MamlWriterTests
{
    private static readonly XmlDocument Maml = Load(MamlWriter.Write(new[] { CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md") }));
    private static readonly XmlNamespaceManager Ns = Namespaces(Maml);

    private static XmlDocument Load(string xml)
    {
        var document = new XmlDocument();
        document.LoadXml(xml);
        return document;
    }

    private static XmlNamespaceManager Namespaces(XmlDocument document)
    {
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("msh", MamlNames.HelpItems);
        ns.AddNamespace("maml", MamlNames.Maml);
        ns.AddNamespace("command", MamlNames.Command);
        ns.AddNamespace("dev", MamlNames.Dev);
        return ns;
    }

    private static string Text(string xpath) => Maml.SelectSingleNode(xpath, Ns)?.InnerText ?? $"<nothing at {xpath}>";
    private static int Count(string xpath) => Maml.SelectNodes(xpath, Ns)!.Count;

    [Fact]
    public void RootIsHelpItemsWithTheMamlSchemaAttribute()
    {
        Assert.Equal("helpItems", Maml.DocumentElement!.LocalName);
        Assert.Equal(MamlNames.HelpItems, Maml.DocumentElement.NamespaceURI);
        Assert.Equal("maml", Maml.DocumentElement.GetAttribute("schema"));
        Assert.Equal(1, Count("/msh:helpItems/command:command"));
    }

    [Fact]
    public void DetailsCarryNameVerbNounAndSynopsis()
    {
        const string details = "/msh:helpItems/command:command/command:details";
        Assert.Equal("Set-FakeWidget", Text(details + "/command:name"));
        Assert.Equal("Set", Text(details + "/command:verb"));
        Assert.Equal("FakeWidget", Text(details + "/command:noun"));
        Assert.Equal("Sets a fake widget.", Text(details + "/maml:description/maml:para"));
    }

    [Fact]
    public void DescriptionHasOneParaPerParagraphWithMarkupEscaped()
    {
        var paras = Maml.SelectNodes("/msh:helpItems/command:command/maml:description/maml:para", Ns)!.Cast<XmlNode>().Select(n => n.InnerText).ToArray();
        Assert.Equal(new[] { "First paragraph of the description.", "Second paragraph, with `code` & <angle> brackets." }, paras);
    }

    [Fact]
    public void ParametersListTheirAliasesForGetHelp()
    {
        var name = (XmlElement)Maml.SelectSingleNode("//command:parameters/command:parameter[maml:name='Name']", Ns)!;
        Assert.Equal("WidgetName, N", name.GetAttribute("aliases"));
        var force = (XmlElement)Maml.SelectSingleNode("//command:parameters/command:parameter[maml:name='Force']", Ns)!;
        Assert.Equal("None", force.GetAttribute("aliases"));
        Assert.Equal("WidgetName, N", ((XmlElement)Maml.SelectSingleNode("//command:syntaxItem[1]/command:parameter[maml:name='Name']", Ns)!).GetAttribute("aliases"));
    }

    [Fact]
    public void SyntaxHasOneItemPerSetWithOnlyThatSetsParameters()
    {
        const string items = "/msh:helpItems/command:command/command:syntax/command:syntaxItem";
        Assert.Equal(2, Count(items));
        var byName = Maml.SelectNodes(items + "[1]/command:parameter/maml:name", Ns)!.Cast<XmlNode>().Select(n => n.InnerText);
        var byId = Maml.SelectNodes(items + "[2]/command:parameter/maml:name", Ns)!.Cast<XmlNode>().Select(n => n.InnerText);
        Assert.Equal(new[] { "Name", "Size", "Force", "WhatIf", "Confirm" }, byName);
        Assert.Equal(new[] { "WidgetId", "Size", "WhatIf", "Confirm" }, byId);
        Assert.Equal("true", ((XmlElement)Maml.SelectSingleNode(items + "[2]/command:parameter[maml:name='Size']", Ns)!).GetAttribute("required"));
        Assert.Equal("false", ((XmlElement)Maml.SelectSingleNode(items + "[1]/command:parameter[maml:name='Size']", Ns)!).GetAttribute("required"));
    }

    [Fact]
    public void SwitchesHaveNoValueInSyntax()
    {
        Assert.Equal(0, Count("//command:syntaxItem/command:parameter[maml:name='Force']/command:parameterValue"));
        Assert.Equal("SwitchParameter", Text("//command:parameters/command:parameter[maml:name='Force']/command:parameterValue"));
    }

    [Fact]
    public void ParametersCarryAttributesTypeDefaultAndPossibleValues()
    {
        var widgetId = (XmlElement)Maml.SelectSingleNode("//command:parameters/command:parameter[maml:name='WidgetId']", Ns)!;
        Assert.Equal("true", widgetId.GetAttribute("required"));
        Assert.Equal("True (ByPropertyName, ByValue)", widgetId.GetAttribute("pipelineInput"));
        Assert.Equal("named", widgetId.GetAttribute("position"));
        Assert.Equal("false", widgetId.GetAttribute("globbing"));
        Assert.Equal("String[]", Text("//command:parameters/command:parameter[maml:name='WidgetId']/dev:type/maml:name"));
        var name = (XmlElement)Maml.SelectSingleNode("//command:parameters/command:parameter[maml:name='Name']", Ns)!;
        Assert.Equal("0", name.GetAttribute("position"));
        Assert.Equal("true", name.GetAttribute("globbing"));
        Assert.Equal("2", Text("//command:parameters/command:parameter[maml:name='Size']/dev:defaultValue"));
        Assert.Equal(3, Count("//command:parameters/command:parameter[maml:name='Size']/dev:possibleValues/dev:possibleValue"));
    }

    [Fact]
    public void InputsOutputsAndNotes()
    {
        Assert.Equal("System.String[]", Text("//command:inputTypes/command:inputType/dev:type/maml:name"));
        Assert.Equal("AppSnapshot.Models.FakeWidget", Text("//command:returnValues/command:returnValue/dev:type/maml:name"));
        Assert.Equal("A note.", Text("//maml:alertSet/maml:alert/maml:para"));
    }

    [Fact]
    public void ExamplesHaveDashedTitlesCodeAndRemarks()
    {
        Assert.Equal(2, Count("//command:examples/command:example"));
        Assert.Equal("-------------------------- Example 1: Set one widget --------------------------", Text("//command:example[1]/maml:title"));
        Assert.Equal("PS C:\\> Set-FakeWidget -Name w1 -Size 3", Text("//command:example[1]/dev:code"));
        Assert.Equal("Sets the size of w1.", Text("//command:example[1]/dev:remarks/maml:para"));
    }

    [Fact]
    public void RelatedLinksKeepWebAddressesOnly()
    {
        Assert.Equal(2, Count("//maml:relatedLinks/maml:navigationLink"));
        Assert.Equal("https://example.org/Set-FakeWidget", Text("//maml:relatedLinks/maml:navigationLink[1]/maml:uri"));
        Assert.Equal("Get-FakeWidget", Text("//maml:relatedLinks/maml:navigationLink[2]/maml:linkText"));
        Assert.Equal(string.Empty, Text("//maml:relatedLinks/maml:navigationLink[2]/maml:uri"));
    }

    [Fact]
    public void OutputIsStable()
    {
        var help = CommandHelpParser.Parse(FixtureMarkdown.SetFakeWidget, "fixture.md");
        Assert.Equal(MamlWriter.Write(new[] { help }), MamlWriter.Write(new[] { help }));
    }
}
