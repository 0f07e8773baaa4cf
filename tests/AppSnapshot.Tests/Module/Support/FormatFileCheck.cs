using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml;
using System.Xml.Schema;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>Checks a *.Format.ps1xml: valid against Format.xsd, and every view selects a public type
/// that exists (a typo in a TypeName silently disables the view in PowerShell).</summary>
public static class FormatFileCheck
{
    public const string ModelsNamespace = "AppSnapshot.Models";

    public static IReadOnlyList<string> Check(XmlDocument format, XmlSchemaSet formatSchema, Assembly models, Assembly module)
    {
        var problems = new List<string>(XmlValidation.Validate(format.DocumentElement!, formatSchema));
        foreach (var typeName in format.SelectNodes("//ViewSelectedBy/TypeName")!.Cast<XmlNode>().Select(n => n.InnerText.Trim()))
        {
            if (!IsKnownType(typeName, models, module)) problems.Add($"view type '{typeName}' is not a public type of {ModelsNamespace} (AppSnapshot.Core) or of the module assembly.");
        }
        return problems;
    }

    private static bool IsKnownType(string typeName, Assembly models, Assembly module)
    {
        var model = models.GetType(typeName, throwOnError: false);
        if (model != null && model.IsPublic && model.Namespace == ModelsNamespace) return true;
        var own = module.GetType(typeName, throwOnError: false);
        return own != null && own.IsPublic;
    }
}
