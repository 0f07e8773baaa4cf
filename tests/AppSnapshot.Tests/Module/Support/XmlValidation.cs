using System.Collections.Generic;
using System.Xml;
using System.Xml.Schema;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>Validates one element as the root of its own document and reports every warning and
/// error, plus a problem when the element's validity is not Valid (an element of an undeclared
/// namespace is "NotKnown" and raises nothing).</summary>
public static class XmlValidation
{
    public static IReadOnlyList<string> Validate(XmlElement element, XmlSchemaSet schemas)
    {
        var document = new XmlDocument { XmlResolver = null };
        document.AppendChild(document.ImportNode(element, deep: true));
        document.Schemas = schemas;
        var problems = new List<string>();
        document.Validate((_, e) => problems.Add($"{e.Severity} at line {e.Exception?.LineNumber}: {e.Message}"));
        var validity = document.DocumentElement!.SchemaInfo.Validity;
        if (validity != XmlSchemaValidity.Valid) problems.Add($"<{element.Name}> validity is {validity}, not Valid.");
        return problems;
    }
}
