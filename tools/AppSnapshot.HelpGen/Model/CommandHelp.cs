using System.Collections.Generic;

namespace AppSnapshot.HelpGen.Model;

/// <summary>One cmdlet's help, as read from one platyPS markdown file.</summary>
public sealed record CommandHelp(
    string Name,
    string Synopsis,
    string Description,
    IReadOnlyList<SyntaxSet> Syntax,
    IReadOnlyList<ParameterHelp> Parameters,
    IReadOnlyList<ExampleHelp> Examples,
    IReadOnlyList<TypeHelp> Inputs,
    IReadOnlyList<TypeHelp> Outputs,
    string Notes,
    IReadOnlyList<RelatedLink> RelatedLinks,
    string? OnlineVersion)
{
    public string Verb => Name.Contains('-') ? Name.Substring(0, Name.IndexOf('-')) : Name;
    public string Noun => Name.Contains('-') ? Name.Substring(Name.IndexOf('-') + 1) : string.Empty;
}

/// <summary>A parameter set as written under ## SYNTAX: its name and the syntax line.</summary>
public sealed record SyntaxSet(string Name, bool IsDefault, string SyntaxLine);

/// <summary>A documented parameter: text plus one binding per yaml block (platyPS writes one
/// yaml block per group of parameter sets where the parameter behaves differently).</summary>
public sealed record ParameterHelp(
    string Name,
    string Description,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    string DefaultValue,
    bool AcceptsWildcards,
    IReadOnlyList<ParameterBinding> Bindings)
{
    public bool IsSwitch => Type == "SwitchParameter" || Type == "System.Management.Automation.SwitchParameter";

    /// <summary>The binding that applies in the given set, or null when the parameter is not in it.</summary>
    public ParameterBinding? BindingFor(string setName)
    {
        foreach (var binding in Bindings)
        {
            if (binding.AppliesTo(setName)) return binding;
        }
        return null;
    }
}

/// <summary>How a parameter binds in some parameter sets ("(All)" means every set).</summary>
public sealed record ParameterBinding(
    IReadOnlyList<string> ParameterSets,
    bool Required,
    string Position,
    string PipelineInput)
{
    public const string AllSets = "(All)";

    public bool AppliesTo(string setName)
    {
        foreach (var set in ParameterSets)
        {
            if (set == AllSets || string.Equals(set, setName, System.StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when the parameter takes pipeline input at all (by value or by property name).</summary>
    public bool AcceptsPipelineInput => PipelineInput.StartsWith("True", System.StringComparison.OrdinalIgnoreCase);
}

public sealed record ExampleHelp(string Title, string Code, string Remarks);

/// <summary>An input or output type with its description.</summary>
public sealed record TypeHelp(string TypeName, string Description);

public sealed record RelatedLink(string Text, string Uri);
