using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using AppSnapshot.HelpGen.Model;

namespace AppSnapshot.HelpGen.Maml;

/// <summary>Writes cmdlet help as MAML, in the element order of PowerShell's developerCommand.xsd
/// (which PowerShell's help reader and platyPS's New-ExternalHelp also follow).</summary>
public static class MamlWriter
{
    /// <summary>Shown under related links when a help file lists none (the schema requires one).</summary>
    public const string FallbackLink = "about_AppSnapshot";

    public static string Write(IEnumerable<CommandHelp> commands)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("helpItems", MamlNames.HelpItems);
            xml.WriteAttributeString("schema", "maml");
            foreach (var command in commands) WriteCommand(xml, command);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return new UTF8Encoding(false).GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCommand(XmlWriter xml, CommandHelp help)
    {
        xml.WriteStartElement("command", "command", MamlNames.Command);
        xml.WriteAttributeString("xmlns", "maml", null, MamlNames.Maml);
        xml.WriteAttributeString("xmlns", "command", null, MamlNames.Command);
        xml.WriteAttributeString("xmlns", "dev", null, MamlNames.Dev);
        xml.WriteAttributeString("xmlns", "MSHelp", null, MamlNames.MSHelp);
        WriteDetails(xml, help);
        WriteDescription(xml, help.Description);
        WriteSyntax(xml, help);
        if (help.Parameters.Count > 0)
        {
            xml.WriteStartElement("parameters", MamlNames.Command);
            foreach (var parameter in help.Parameters) WriteParameter(xml, parameter, parameter.Bindings[0], inSyntax: false);
            xml.WriteEndElement();
        }
        WriteTypes(xml, "inputTypes", "inputType", help.Inputs);
        WriteTypes(xml, "returnValues", "returnValue", help.Outputs);
        xml.WriteElementString("terminatingErrors", MamlNames.Command, string.Empty);
        xml.WriteElementString("nonTerminatingErrors", MamlNames.Command, string.Empty);
        WriteNotes(xml, help.Notes);
        WriteExamples(xml, help.Examples);
        WriteLinks(xml, help.RelatedLinks);
        xml.WriteEndElement();
    }

    private static void WriteDetails(XmlWriter xml, CommandHelp help)
    {
        xml.WriteStartElement("details", MamlNames.Command);
        xml.WriteElementString("name", MamlNames.Command, help.Name);
        WriteDescription(xml, help.Synopsis);
        xml.WriteStartElement("copyright", MamlNames.Maml);
        xml.WriteElementString("para", MamlNames.Maml, string.Empty);
        xml.WriteEndElement();
        xml.WriteElementString("verb", MamlNames.Command, help.Verb);
        xml.WriteElementString("noun", MamlNames.Command, help.Noun);
        xml.WriteElementString("version", MamlNames.Dev, string.Empty);
        xml.WriteEndElement();
    }

    private static void WriteSyntax(XmlWriter xml, CommandHelp help)
    {
        xml.WriteStartElement("syntax", MamlNames.Command);
        foreach (var set in help.Syntax)
        {
            xml.WriteStartElement("syntaxItem", MamlNames.Command);
            xml.WriteElementString("name", MamlNames.Maml, help.Name);
            foreach (var parameter in help.Parameters)
            {
                var binding = parameter.BindingFor(set.Name);
                if (binding != null) WriteParameter(xml, parameter, binding, inSyntax: true);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteParameter(XmlWriter xml, ParameterHelp parameter, ParameterBinding binding, bool inSyntax)
    {
        xml.WriteStartElement("parameter", MamlNames.Command);
        xml.WriteAttributeString("required", Bool(binding.Required));
        xml.WriteAttributeString("variableLength", "true");
        xml.WriteAttributeString("globbing", Bool(parameter.AcceptsWildcards));
        xml.WriteAttributeString("pipelineInput", binding.PipelineInput);
        xml.WriteAttributeString("position", string.Equals(binding.Position, "Named", StringComparison.OrdinalIgnoreCase) ? "named" : binding.Position);
        // Not in developerCommand.xsd, but Get-Help reads it for the "Aliases" line (platyPS writes it too).
        xml.WriteAttributeString("aliases", parameter.Aliases.Count > 0 ? string.Join(", ", parameter.Aliases) : "None");
        xml.WriteElementString("name", MamlNames.Maml, parameter.Name);
        WriteDescription(xml, parameter.Description);
        if (!(inSyntax && parameter.IsSwitch))
        {
            xml.WriteStartElement("parameterValue", MamlNames.Command);
            xml.WriteAttributeString("required", Bool(!parameter.IsSwitch));
            xml.WriteAttributeString("variableLength", "false");
            xml.WriteString(parameter.Type);
            xml.WriteEndElement();
        }
        WriteType(xml, parameter.Type);
        xml.WriteElementString("defaultValue", MamlNames.Dev, parameter.DefaultValue);
        if (parameter.AcceptedValues.Count > 0)
        {
            xml.WriteStartElement("possibleValues", MamlNames.Dev);
            foreach (var value in parameter.AcceptedValues)
            {
                xml.WriteStartElement("possibleValue", MamlNames.Dev);
                xml.WriteElementString("value", MamlNames.Dev, value);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteTypes(XmlWriter xml, string listElement, string itemElement, IReadOnlyList<TypeHelp> types)
    {
        xml.WriteStartElement(listElement, MamlNames.Command);
        var items = types.Count > 0 ? types : new[] { new TypeHelp("None", string.Empty) };
        foreach (var type in items)
        {
            xml.WriteStartElement(itemElement, MamlNames.Command);
            WriteType(xml, type.TypeName);
            WriteDescription(xml, type.Description);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteType(XmlWriter xml, string typeName)
    {
        xml.WriteStartElement("type", MamlNames.Dev);
        xml.WriteElementString("name", MamlNames.Maml, typeName);
        xml.WriteElementString("uri", MamlNames.Maml, string.Empty);
        xml.WriteEndElement();
    }

    private static void WriteNotes(XmlWriter xml, string notes)
    {
        if (notes.Length == 0) return;
        xml.WriteStartElement("alertSet", MamlNames.Maml);
        xml.WriteStartElement("alert", MamlNames.Maml);
        WriteParagraphs(xml, notes);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteExamples(XmlWriter xml, IReadOnlyList<ExampleHelp> examples)
    {
        if (examples.Count == 0) return;
        xml.WriteStartElement("examples", MamlNames.Command);
        for (var i = 0; i < examples.Count; i++)
        {
            xml.WriteStartElement("example", MamlNames.Command);
            xml.WriteElementString("title", MamlNames.Maml, ExampleTitle(i + 1, examples[i].Title));
            xml.WriteElementString("code", MamlNames.Dev, examples[i].Code);
            xml.WriteStartElement("remarks", MamlNames.Dev);
            WriteParagraphs(xml, examples[i].Remarks);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>The dashed title Get-Help shows, as platyPS writes it.</summary>
    public static string ExampleTitle(int number, string title) =>
        $"-------------------------- Example {number}: {title} --------------------------";

    private static void WriteLinks(XmlWriter xml, IReadOnlyList<RelatedLink> links)
    {
        xml.WriteStartElement("relatedLinks", MamlNames.Maml);
        var items = links.Count > 0 ? links : new[] { new RelatedLink(FallbackLink, string.Empty) };
        foreach (var link in items)
        {
            xml.WriteStartElement("navigationLink", MamlNames.Maml);
            xml.WriteElementString("linkText", MamlNames.Maml, link.Text);
            xml.WriteElementString("uri", MamlNames.Maml, IsWebAddress(link.Uri) ? link.Uri : string.Empty);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Links to sibling markdown files have no meaning in a help file: only web addresses are kept.</summary>
    private static bool IsWebAddress(string uri) =>
        uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static void WriteDescription(XmlWriter xml, string text)
    {
        xml.WriteStartElement("description", MamlNames.Maml);
        WriteParagraphs(xml, text);
        xml.WriteEndElement();
    }

    /// <summary>One maml:para per paragraph (an empty para when there is no text: the schema wants one).
    /// The parser already joined soft-wrapped lines; list items keep their own lines.</summary>
    private static void WriteParagraphs(XmlWriter xml, string text)
    {
        var paragraphs = text.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries);
        if (paragraphs.Length == 0) xml.WriteElementString("para", MamlNames.Maml, string.Empty);
        foreach (var paragraph in paragraphs) xml.WriteElementString("para", MamlNames.Maml, paragraph.Trim());
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
