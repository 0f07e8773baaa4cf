using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>A cmdlet as declared by its attributes, read with CustomAttributeData (the PowerShell
/// Standard reference assembly is a stub: attribute instances from it are empty).</summary>
public sealed record CmdletInfo(string Name, string TypeName, bool SupportsShouldProcess, IReadOnlyList<CmdletParameterInfo> Parameters)
{
    /// <summary>The HelpUri of the [Cmdlet] attribute, if any.</summary>
    public string? HelpUri { get; init; }
}

public sealed record CmdletParameterInfo(string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<ParameterSetDeclaration> Sets)
{
    /// <summary>[SupportsWildcards] is on the parameter.</summary>
    public bool SupportsWildcards { get; init; }

    /// <summary>The full name of the [ArgumentCompleter] type, if any.</summary>
    public string? Completer { get; init; }
}

/// <summary>One [Parameter] attribute: the set it applies to ("__AllParameterSets" when none is named).</summary>
public sealed record ParameterSetDeclaration(string SetName, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);

public static class CmdletMetadata
{
    public const string AllSets = "__AllParameterSets";
    private const string CmdletAttribute = "System.Management.Automation.CmdletAttribute";
    private const string ParameterAttribute = "System.Management.Automation.ParameterAttribute";
    private const string AliasAttribute = "System.Management.Automation.AliasAttribute";
    private const string SupportsWildcardsAttribute = "System.Management.Automation.SupportsWildcardsAttribute";
    private const string ArgumentCompleterAttribute = "System.Management.Automation.ArgumentCompleterAttribute";

    /// <summary>The cmdlet classes of an assembly: types carrying a [Cmdlet] attribute.</summary>
    public static IReadOnlyList<CmdletInfo> Read(Assembly assembly) =>
        assembly.GetTypes().Where(IsCmdlet).Select(Read).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public static bool IsCmdlet(Type type) => type.GetCustomAttributesData().Any(a => a.AttributeType.FullName == CmdletAttribute);

    public static CmdletInfo Read(Type type)
    {
        var cmdlet = type.GetCustomAttributesData().Single(a => a.AttributeType.FullName == CmdletAttribute);
        var name = $"{cmdlet.ConstructorArguments[0].Value}-{cmdlet.ConstructorArguments[1].Value}";
        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(ReadParameter)
            .Where(p => p != null)
            .Select(p => p!)
            .ToList();
        return new CmdletInfo(name, type.FullName!, Named(cmdlet, "SupportsShouldProcess") is true, parameters) { HelpUri = Named(cmdlet, "HelpUri") as string };
    }

    private static CmdletParameterInfo? ReadParameter(PropertyInfo property)
    {
        var attributes = property.GetCustomAttributesData();
        var declarations = attributes.Where(a => a.AttributeType.FullName == ParameterAttribute).Select(ReadDeclaration).ToList();
        if (declarations.Count == 0) return null;
        var aliases = attributes.Where(a => a.AttributeType.FullName == AliasAttribute)
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(arg => arg.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => (string)i.Value!) : new[] { (string)arg.Value! })
            .ToList();
        var completer = attributes.Where(a => a.AttributeType.FullName == ArgumentCompleterAttribute)
            .Select(a => a.ConstructorArguments.FirstOrDefault().Value as Type).FirstOrDefault();
        return new CmdletParameterInfo(property.Name, property.PropertyType.Name, aliases, declarations)
        {
            SupportsWildcards = attributes.Any(a => a.AttributeType.FullName == SupportsWildcardsAttribute),
            Completer = completer?.FullName,
        };
    }

    private static ParameterSetDeclaration ReadDeclaration(CustomAttributeData parameter)
    {
        var position = Named(parameter, "Position") is int p && p >= 0 ? p : (int?)null;
        return new ParameterSetDeclaration(
            Named(parameter, "ParameterSetName") as string ?? AllSets,
            Named(parameter, "Mandatory") is true,
            position,
            Named(parameter, "ValueFromPipeline") is true,
            Named(parameter, "ValueFromPipelineByPropertyName") is true);
    }

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();
}
