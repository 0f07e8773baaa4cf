using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.HelpGen.Model;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>Lists every difference between a cmdlet's code and its markdown help: missing or extra
/// parameters, and per parameter the sets, Mandatory, Position, pipeline input, aliases and wildcard support.</summary>
public static class HelpCodeComparison
{
    /// <summary>Parameters PowerShell adds to every ShouldProcess cmdlet; platyPS documents them.</summary>
    private static readonly string[] ShouldProcessParameters = { "WhatIf", "Confirm" };

    public static IReadOnlyList<string> Compare(CmdletInfo code, CommandHelp help)
    {
        var problems = new List<string>();
        var documented = help.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in code.Parameters)
        {
            if (documented.TryGetValue(parameter.Name, out var doc)) CompareParameter(code.Name, parameter, doc, problems);
            else problems.Add($"{code.Name}: parameter -{parameter.Name} is not documented.");
        }
        var inCode = new HashSet<string>(code.Parameters.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        if (code.SupportsShouldProcess)
        {
            inCode.UnionWith(ShouldProcessParameters);
            problems.AddRange(ShouldProcessParameters.Where(p => !documented.ContainsKey(p)).Select(p => $"{code.Name}: parameter -{p} (ShouldProcess) is not documented."));
        }
        problems.AddRange(documented.Keys.Where(name => !inCode.Contains(name)).Select(name => $"{code.Name}: documented parameter -{name} does not exist in the code."));
        return problems;
    }

    private static void CompareParameter(string cmdlet, CmdletParameterInfo code, ParameterHelp doc, List<string> problems)
    {
        var where = $"{cmdlet} -{code.Name}";
        if (!code.Aliases.OrderBy(a => a).SequenceEqual(doc.Aliases.OrderBy(a => a), StringComparer.OrdinalIgnoreCase))
            problems.Add($"{where}: aliases are [{string.Join(", ", code.Aliases)}] in the code, [{string.Join(", ", doc.Aliases)}] in the help.");
        if (code.SupportsWildcards != doc.AcceptsWildcards)
            problems.Add($"{where}: wildcard support is {doc.AcceptsWildcards} in the help ('Accept wildcard characters'), {code.SupportsWildcards} in the code ([SupportsWildcards]).");
        foreach (var set in code.Sets)
        {
            var binding = set.SetName == CmdletMetadata.AllSets
                ? doc.Bindings.FirstOrDefault(b => b.ParameterSets.Contains(ParameterBinding.AllSets))
                : doc.BindingFor(set.SetName);
            if (binding == null)
            {
                problems.Add($"{where}: parameter set '{Display(set.SetName)}' is not in the help's 'Parameter Sets'.");
                continue;
            }
            if (binding.Required != set.Mandatory) problems.Add($"{where} ({Display(set.SetName)}): Required is {binding.Required} in the help, Mandatory is {set.Mandatory} in the code.");
            var position = set.Position?.ToString() ?? "Named";
            if (!string.Equals(binding.Position, position, StringComparison.OrdinalIgnoreCase)) problems.Add($"{where} ({Display(set.SetName)}): Position is {binding.Position} in the help, {position} in the code.");
            var pipeline = PipelineText(set);
            if (!string.Equals(Normalize(binding.PipelineInput), pipeline, StringComparison.OrdinalIgnoreCase)) problems.Add($"{where} ({Display(set.SetName)}): pipeline input is '{binding.PipelineInput}' in the help, '{pipeline}' in the code.");
        }
    }

    private static string Display(string setName) => setName == CmdletMetadata.AllSets ? ParameterBinding.AllSets : setName;

    /// <summary>The "Accept pipeline input" text platyPS writes for a declaration.</summary>
    public static string PipelineText(ParameterSetDeclaration set) => (set.ByPropertyName, set.ByValue) switch
    {
        (true, true) => "True (ByPropertyName, ByValue)",
        (true, false) => "True (ByPropertyName)",
        (false, true) => "True (ByValue)",
        _ => "False",
    };

    private static string Normalize(string pipelineInput) => pipelineInput.Replace(" ", string.Empty) switch
    {
        "True(ByValue,ByPropertyName)" => "True (ByPropertyName, ByValue)",
        _ => pipelineInput,
    };
}
