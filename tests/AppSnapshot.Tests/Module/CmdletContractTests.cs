using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml;
using AppSnapshot.Tests.Module.Support;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Tests.Module;

/// <summary>
/// The design rules every compiled cmdlet must follow, read from AppSnapshot.dll with
/// CustomAttributeData (the PowerShell Standard stub gives empty attribute instances).
/// Each failure names the cmdlet and, where there is one, the parameter.
/// That CmdletsToExport equals the compiled cmdlets is ManifestTests.ExportsExactlyTheCompiledCmdletsWhenThereAreAny.
/// </summary>
public class CmdletContractTests
{
    private const string ModelsNamespace = "AppSnapshot.Models";

    private const string CmdletAttribute = "System.Management.Automation.CmdletAttribute";
    private const string OutputTypeAttribute = "System.Management.Automation.OutputTypeAttribute";
    private const string ValidateSetAttribute = "System.Management.Automation.ValidateSetAttribute";
    private const string ValidateRangeAttribute = "System.Management.Automation.ValidateRangeAttribute";
    private const string ValidatePatternAttribute = "System.Management.Automation.ValidatePatternAttribute";
    private const string BaseClass = "AppSnapshot.Commands.Infrastructure.AppSnapshotCmdlet";
    private const string CommandsNamespace = "AppSnapshot.Commands";

    /// <summary>The verbs this module uses and their group in Microsoft's approved-verbs table
    /// (Get-Verb is not available here). Any verb missing from this table fails.</summary>
    private static readonly Dictionary<string, string> ApprovedVerbsUsed = new(StringComparer.Ordinal)
    {
        ["Get"] = "Common",
        ["Set"] = "Common",
        ["New"] = "Common",
        ["Remove"] = "Common",
        ["Test"] = "Diagnostic",
        ["Send"] = "Communications",
        ["Restore"] = "Data",
        ["Initialize"] = "Data",
        ["Clear"] = "Common",
    };

    /// <summary>Verbs that change state: SupportsShouldProcess is required.</summary>
    private static readonly HashSet<string> StateChangingVerbs = new(StringComparer.Ordinal) { "Set", "New", "Remove", "Restore", "Initialize", "Send", "Clear" };

    /// <summary>Verbs whose cmdlets destroy data: ConfirmImpact High is required.</summary>
    private static readonly HashSet<string> HighImpactVerbs = new(StringComparer.Ordinal) { "Remove", "Restore" };

    private static readonly Regex NounPrefix = new("^(Ecs|AppSnapshot|AppConsistent)[A-Z][A-Za-z]*$");

    private static readonly string[] CommonParameters = { "RegionId", "ProfileName", "Credential", "Endpoint" };

    /// <summary>Cmdlets that configure the connection instead of using one: plain PSCmdlets without the connection parameters.</summary>
    private static readonly HashSet<string> SessionCmdlets = new(StringComparer.Ordinal) { "Set-AppSnapshotDefault", "Get-AppSnapshotDefault", "Clear-AppSnapshotDefault" };

    /// <summary>The design's pipeline input: the id parameters each cmdlet binds by property name.</summary>
    private static readonly Dictionary<string, string[]> PipelineIds = new(StringComparer.Ordinal)
    {
        ["Get-EcsInstance"] = new[] { "InstanceId" },
        ["Get-EcsInstanceRamRole"] = new[] { "InstanceId" },
        ["Set-EcsInstanceRamRole"] = new[] { "InstanceId" },
        ["Remove-EcsInstanceRamRole"] = new[] { "InstanceId" },
        ["Send-AppSnapshotScript"] = new[] { "InstanceId" },
        ["Test-AppSnapshotPrerequisite"] = new[] { "InstanceId" },
        ["New-AppConsistentSnapshotGroup"] = new[] { "InstanceId" },
        ["Get-AppSnapshotResult"] = new[] { "InvokeId", "InstanceId" },
        ["Get-EcsSnapshotGroup"] = new[] { "SnapshotGroupId", "InstanceId" },
        ["Remove-EcsSnapshotGroup"] = new[] { "SnapshotGroupId", "InstanceId" },
        ["Restore-EcsSnapshotGroup"] = new[] { "SnapshotGroupId" },
        ["Initialize-AppSnapshotRamRole"] = new string[0],
        ["Set-AppSnapshotDefault"] = new string[0],
        ["Get-AppSnapshotDefault"] = new string[0],
        ["Clear-AppSnapshotDefault"] = new string[0],
    };

    private static readonly string[] IdParameters = { "InstanceId", "InvokeId", "SnapshotGroupId" };

    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var cmdlet in ModuleAssembly.Cmdlets) data.Add(cmdlet.Name);
        return data;
    }

    private static Type TypeOf(string cmdletName) => ModuleAssembly.Commands.GetType(ModuleAssembly.Cmdlets.Single(c => c.Name == cmdletName).TypeName, throwOnError: true)!;

    private static CmdletInfo Info(string cmdletName) => ModuleAssembly.Cmdlets.Single(c => c.Name == cmdletName);

    private static CustomAttributeData CmdletAttr(Type type) => type.GetCustomAttributesData().Single(a => a.AttributeType.FullName == CmdletAttribute);

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();

    /// <summary>Flattens a constructor or named argument: params arrays arrive as a collection of typed arguments.</summary>
    private static IEnumerable<object?> Values(object? value) =>
        value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { value };

    private static void AssertNoProblems(List<string> problems) => Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

    /// <summary>The cmdlet's parameter sets as PowerShell builds them: each named set holds its own
    /// parameters plus every __AllParameterSets one; with no named set there is only __AllParameterSets.</summary>
    private static IReadOnlyDictionary<string, List<(CmdletParameterInfo Parameter, ParameterSetDeclaration Declaration)>> EffectiveSets(CmdletInfo cmdlet)
    {
        var named = cmdlet.Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(s => s != CmdletMetadata.AllSets).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0) named.Add(CmdletMetadata.AllSets);
        var sets = new Dictionary<string, List<(CmdletParameterInfo, ParameterSetDeclaration)>>(StringComparer.Ordinal);
        foreach (var set in named)
        {
            sets[set] = cmdlet.Parameters
                .Select(p => (p, p.Sets.FirstOrDefault(s => s.SetName == set) ?? p.Sets.FirstOrDefault(s => s.SetName == CmdletMetadata.AllSets)))
                .Where(x => x.Item2 != null)
                .Select(x => (x.p, x.Item2!))
                .ToList();
        }
        return sets;
    }

    [Fact]
    public void TheModuleHasTheDesignedCmdlets()
    {
        Assert.Equal(PipelineIds.Keys.OrderBy(n => n, StringComparer.Ordinal), ModuleAssembly.Cmdlets.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void UsesAnApprovedVerbAndTheModulesNounPrefix(string name)
    {
        var attribute = CmdletAttr(TypeOf(name));
        var verb = (string)attribute.ConstructorArguments[0].Value!;
        var noun = (string)attribute.ConstructorArguments[1].Value!;
        Assert.True(ApprovedVerbsUsed.ContainsKey(verb), $"{name}: verb '{verb}' is not in the approved verbs this module uses ({string.Join(", ", ApprovedVerbsUsed.Keys)}); pick an approved verb (Get-Verb).");
        Assert.True(NounPrefix.IsMatch(noun), $"{name}: noun '{noun}' does not start with Ecs, AppSnapshot or AppConsistent.");
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void IsAPublicSealedVerbNounCommandClassDerivedFromTheModuleBase(string name)
    {
        var type = TypeOf(name);
        var problems = new List<string>();
        var expected = name.Replace("-", string.Empty) + "Command";
        if (type.Name != expected) problems.Add($"{name}: class is {type.Name}, expected {expected}.");
        if (type.Namespace != CommandsNamespace) problems.Add($"{name}: class is in {type.Namespace}, expected {CommandsNamespace} (FullyQualifiedErrorIds name it).");
        if (!type.IsPublic) problems.Add($"{name}: class {type.Name} is not public.");
        if (!type.IsSealed) problems.Add($"{name}: class {type.Name} is not sealed.");
        var baseClass = SessionCmdlets.Contains(name) ? typeof(System.Management.Automation.PSCmdlet) : ModuleAssembly.Commands.GetType(BaseClass, throwOnError: true)!;
        if (!baseClass.IsAssignableFrom(type) || type == baseClass) problems.Add($"{name}: class {type.Name} does not derive from {baseClass.FullName}.");
        AssertNoProblems(problems);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void DeclaresAnOutputTypeForEveryParameterSet(string name)
    {
        var type = TypeOf(name);
        var outputs = type.GetCustomAttributesData().Where(a => a.AttributeType.FullName == OutputTypeAttribute).ToList();
        Assert.True(outputs.Count > 0, $"{name}: no [OutputType] attribute.");
        var problems = new List<string>();
        foreach (var output in outputs)
        {
            foreach (var value in output.ConstructorArguments.SelectMany(a => Values(a.Value)))
            {
                if (value is Type t && !t.IsPublic) problems.Add($"{name}: [OutputType({t.FullName})] is not a public type.");
                if (value is string s && ModuleAssembly.Core.GetType(s, false) == null && Type.GetType(s, false) == null) problems.Add($"{name}: [OutputType('{s}')] names no known type.");
            }
        }
        var coveredSets = outputs.Select(o => Values(Named(o, "ParameterSetName")).Where(v => v != null).Cast<string>().ToList()).ToList();
        if (!coveredSets.Any(sets => sets.Count == 0 || sets.Contains(CmdletMetadata.AllSets)))
        {
            var covered = new HashSet<string>(coveredSets.SelectMany(s => s), StringComparer.OrdinalIgnoreCase);
            foreach (var set in EffectiveSets(Info(name)).Keys.Where(s => !covered.Contains(s)))
            {
                problems.Add($"{name}: parameter set '{set}' has no [OutputType].");
            }
        }
        AssertNoProblems(problems);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void StateChangingCmdletsSupportShouldProcessAndDestructiveOnesConfirmHigh(string name)
    {
        var attribute = CmdletAttr(TypeOf(name));
        var verb = (string)attribute.ConstructorArguments[0].Value!;
        var supports = Named(attribute, "SupportsShouldProcess") is true;
        var impact = Named(attribute, "ConfirmImpact") is int i ? (System.Management.Automation.ConfirmImpact)i : System.Management.Automation.ConfirmImpact.Medium;
        if (StateChangingVerbs.Contains(verb)) Assert.True(supports, $"{name}: '{verb}' changes state, so [Cmdlet] needs SupportsShouldProcess = true (-WhatIf/-Confirm).");
        else Assert.False(supports, $"{name}: '{verb}' only reads; it should not offer -WhatIf/-Confirm.");
        if (HighImpactVerbs.Contains(verb)) Assert.True(impact == System.Management.Automation.ConfirmImpact.High, $"{name}: ConfirmImpact is {impact}, expected High (it deletes or overwrites data).");
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void HasTheCommonConnectionParameters(string name)
    {
        var parameters = Info(name).Parameters;
        if (SessionCmdlets.Contains(name))
        {
            Assert.DoesNotContain(parameters, p => p.Name == "Credential");
            return;
        }
        var problems = CommonParameters.Where(c => !parameters.Any(p => p.Name == c)).Select(c => $"{name}: common parameter -{c} is missing.").ToList();
        var region = parameters.FirstOrDefault(p => p.Name == "RegionId");
        if (region != null && !region.Sets.All(s => s.ByPropertyName)) problems.Add($"{name} -RegionId: must bind by property name (each piped object in its own region).");
        AssertNoProblems(problems);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void TakesTheDesignedIdsFromThePipelineByPropertyName(string name)
    {
        Assert.True(PipelineIds.TryGetValue(name, out var expected), $"{name}: not in the design table of pipeline ids; add it.");
        var parameters = Info(name).Parameters;
        var problems = new List<string>();
        foreach (var id in expected!)
        {
            var parameter = parameters.FirstOrDefault(p => p.Name == id);
            if (parameter == null) problems.Add($"{name} -{id}: parameter is missing.");
            else if (!parameter.Sets.Any(s => s.ByPropertyName)) problems.Add($"{name} -{id}: does not take ValueFromPipelineByPropertyName.");
        }
        foreach (var extra in parameters.Where(p => IdParameters.Contains(p.Name) && !expected.Contains(p.Name) && p.Sets.Any(s => s.ByPropertyName)))
        {
            problems.Add($"{name} -{extra.Name}: binds by property name but the design does not list it.");
        }
        AssertNoProblems(problems);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void NoTwoByPropertyNameParametersOfASetBindFromTheSameProperty(string name)
    {
        var problems = new List<string>();
        foreach (var set in EffectiveSets(Info(name)))
        {
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (parameter, _) in set.Value.Where(x => x.Declaration.ByPropertyName))
            {
                foreach (var bindsFrom in new[] { parameter.Name }.Concat(parameter.Aliases))
                {
                    if (owners.TryGetValue(bindsFrom, out var other) && other != parameter.Name)
                        problems.Add($"{name} (set '{set.Key}'): -{parameter.Name} and -{other} both bind by property name from '{bindsFrom}'.");
                    else owners[bindsFrom] = parameter.Name;
                }
            }
        }
        AssertNoProblems(problems);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void EachSetHasUniqueNamesPositionsAndAtMostOneByValueParameter(string name)
    {
        var problems = new List<string>();
        foreach (var set in EffectiveSets(Info(name)))
        {
            foreach (var clash in set.Value.Where(x => x.Declaration.Position != null).GroupBy(x => x.Declaration.Position).Where(g => g.Count() > 1))
            {
                problems.Add($"{name} (set '{set.Key}'): position {clash.Key} is taken by {string.Join(", ", clash.Select(x => "-" + x.Parameter.Name))}.");
            }
            var byValue = set.Value.Where(x => x.Declaration.ByValue).Select(x => "-" + x.Parameter.Name).ToList();
            if (byValue.Count > 1) problems.Add($"{name} (set '{set.Key}'): {string.Join(", ", byValue)} all take ValueFromPipeline; a piped string would be ambiguous.");
            var names = set.Value.SelectMany(x => new[] { x.Parameter.Name }.Concat(x.Parameter.Aliases).Select(n => (n, x.Parameter.Name)));
            foreach (var clash in names.GroupBy(n => n.n, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(x => x.Name).Distinct().Count() > 1))
            {
                problems.Add($"{name} (set '{set.Key}'): name or alias '{clash.Key}' is used by {string.Join(", ", clash.Select(x => "-" + x.Name).Distinct())}.");
            }
        }
        AssertNoProblems(problems);
    }

    /// <summary>Every parameter with one of these names completes with Tab, on every cmdlet that has it (switches excepted).</summary>
    private static readonly Dictionary<string, string> Completers = new(StringComparer.Ordinal)
    {
        ["RegionId"] = "RegionIdCompleter",
        ["ProfileName"] = "ProfileNameCompleter",
        ["InstanceId"] = "InstanceIdCompleter",
        ["SnapshotGroupId"] = "SnapshotGroupIdCompleter",
        ["RamRoleName"] = "RamRoleNameCompleter",
        ["InvokeId"] = "InvokeIdCompleter",
        ["ExcludeDiskId"] = "DiskIdCompleter",
        ["Template"] = "ScriptTemplateCompleter",
    };

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void NamesAndIdsCompleteWithTab(string name)
    {
        var problems = Info(name).Parameters
            .Where(p => Completers.ContainsKey(p.Name) && p.Type != "SwitchParameter")
            .Where(p => p.Completer != "AppSnapshot.Commands.Completion." + Completers[p.Name])
            .Select(p => $"{name} -{p.Name}: completer is {p.Completer ?? "none"}, expected AppSnapshot.Commands.Completion.{Completers[p.Name]}.")
            .ToList();
        AssertNoProblems(problems);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void HasAHelpUriToItsOnlineHelp(string name)
    {
        Assert.Equal("https://github.com/appsnapshot/AppSnapshot/blob/main/docs/help/" + name + ".md", Info(name).HelpUri);
    }

    public static TheoryData<string, string, string> PromisedValidateSets() => new()
    {
        { "Get-EcsInstance", "Status", "Pending,Running,Starting,Stopping,Stopped" },
        { "Get-EcsInstance", "OSType", "Linux,Windows" },
    };

    [Theory]
    [MemberData(nameof(PromisedValidateSets))]
    public void ValidateSetsThatTheDocsPromiseExist(string cmdlet, string parameter, string values)
    {
        var attribute = Attribute(cmdlet, parameter, ValidateSetAttribute);
        Assert.True(attribute != null, $"{cmdlet} -{parameter}: no [ValidateSet] (docs: accepted values {values}).");
        var actual = attribute!.ConstructorArguments.SelectMany(a => Values(a.Value)).Cast<string>().ToList();
        Assert.True(values.Split(',').SequenceEqual(actual), $"{cmdlet} -{parameter}: [ValidateSet] is {string.Join(",", actual)}, the docs promise {values}.");
    }

    public static TheoryData<string, string, long, long> PromisedValidateRanges() => new()
    {
        { "New-AppConsistentSnapshotGroup", "InstantAccessRetentionDays", 1, 65536 },
        { "New-AppConsistentSnapshotGroup", "FreezeTimeoutSeconds", 1, 3600 },
        { "New-AppConsistentSnapshotGroup", "ScriptTimeoutSeconds", 1, 36000 },
        { "New-AppConsistentSnapshotGroup", "TimeoutSeconds", 1, 86400 },
        { "Get-AppSnapshotResult", "TimeoutSeconds", 1, 86400 },
        { "Remove-EcsSnapshotGroup", "KeepLatest", 0, 10000 },
    };

    [Theory]
    [MemberData(nameof(PromisedValidateRanges))]
    public void ValidateRangesThatTheDocsPromiseExist(string cmdlet, string parameter, long min, long max)
    {
        var attribute = Attribute(cmdlet, parameter, ValidateRangeAttribute);
        Assert.True(attribute != null, $"{cmdlet} -{parameter}: no [ValidateRange({min}, {max})].");
        var bounds = attribute!.ConstructorArguments.Select(a => a.Value is CustomAttributeTypedArgument inner ? inner.Value : a.Value).Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(bounds.Count == 2 && bounds[0] == min && bounds[1] == max, $"{cmdlet} -{parameter}: [ValidateRange({string.Join(", ", bounds)})], expected ({min}, {max}).");
    }

    public static TheoryData<string, string, string, string> IdPatterns() => new()
    {
        { "Get-EcsSnapshotGroup", "SnapshotGroupId", "ssg-0123abc", "i-0123abc" },
        { "Remove-EcsSnapshotGroup", "SnapshotGroupId", "ssg-0123abc", "ssg-*" },
        { "Restore-EcsSnapshotGroup", "SnapshotGroupId", "ssg-0123abc", "ssg-*" },
        { "Get-AppSnapshotResult", "InvokeId", "t-hz0123abc", "ssg-0123abc" },
    };

    [Theory]
    [MemberData(nameof(IdPatterns))]
    public void IdParametersValidateTheirPrefix(string cmdlet, string parameter, string accepted, string refused)
    {
        var attribute = Attribute(cmdlet, parameter, ValidatePatternAttribute);
        Assert.True(attribute != null, $"{cmdlet} -{parameter}: no [ValidatePattern].");
        var pattern = new Regex((string)attribute!.ConstructorArguments[0].Value!, RegexOptions.IgnoreCase);
        Assert.True(pattern.IsMatch(accepted), $"{cmdlet} -{parameter}: [ValidatePattern('{pattern}')] refuses '{accepted}'.");
        Assert.False(pattern.IsMatch(refused), $"{cmdlet} -{parameter}: [ValidatePattern('{pattern}')] accepts '{refused}' (wildcards are only for the read-only lookup).");
    }

    private static CustomAttributeData? Attribute(string cmdlet, string parameter, string attributeType)
    {
        var property = TypeOf(cmdlet).GetProperty(parameter, BindingFlags.Public | BindingFlags.Instance);
        Assert.True(property != null, $"{cmdlet} -{parameter}: parameter is missing.");
        return property!.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == attributeType);
    }

    /// <summary>What each cmdlet writes must be able to feed the next one of the documented pipelines.</summary>
    public static TheoryData<string, string, string> PipelineHandOffs() => new()
    {
        { "EcsInstance", "Set-EcsInstanceRamRole", "InstanceId" },
        { "InstanceRamRoleAssignment", "Send-AppSnapshotScript", "InstanceId" },
        { "ScriptUploadResult", "Test-AppSnapshotPrerequisite", "InstanceId" },
        { "PrerequisiteReport", "New-AppConsistentSnapshotGroup", "InstanceId" },
        { "SnapshotInvocation", "Get-AppSnapshotResult", "InvokeId" },
        { "AppSnapshotResult", "Get-EcsSnapshotGroup", "SnapshotGroupId" },
        { "SnapshotGroup", "Restore-EcsSnapshotGroup", "SnapshotGroupId" },
        { "SnapshotGroup", "Remove-EcsSnapshotGroup", "SnapshotGroupId" },
        { "EcsInstance", "Get-EcsSnapshotGroup", "InstanceId" },
    };

    [Theory]
    [MemberData(nameof(PipelineHandOffs))]
    public void ModelsCarryThePropertiesTheNextCmdletBinds(string model, string cmdlet, string parameter)
    {
        var type = ModuleAssembly.Core.GetType(ModelsNamespace + "." + model, throwOnError: true)!;
        Assert.True(type.GetProperty(parameter) != null, $"{model} has no {parameter} property, so it cannot be piped to {cmdlet}.");
        var target = Info(cmdlet).Parameters.SingleOrDefault(p => p.Name == parameter);
        Assert.True(target != null && target.Sets.Any(s => s.ByPropertyName), $"{cmdlet} -{parameter}: does not bind by property name, so {model} cannot be piped to it.");
        Assert.True(type.GetProperty("RegionId") != null, $"{model} has no RegionId property: piped to {cmdlet} it would be looked up in the default region.");
    }

    [Fact]
    public void EveryOutputTypeAndItsItemTypesHaveATableView()
    {
        if (!System.IO.File.Exists(RepositoryPaths.FormatFile)) Assert.Fail($"{RepositoryPaths.FormatFile} is missing.");
        var format = new XmlDocument { XmlResolver = null };
        format.Load(RepositoryPaths.FormatFile);
        var tableViews = format.SelectNodes("//View[TableControl]/ViewSelectedBy/TypeName")!.Cast<XmlNode>().Select(n => n.InnerText.Trim()).ToHashSet(StringComparer.Ordinal);
        var outputs = ModuleAssembly.Cmdlets
            .SelectMany(c => TypeOf(c.Name).GetCustomAttributesData().Where(a => a.AttributeType.FullName == OutputTypeAttribute)
                .SelectMany(a => a.ConstructorArguments.SelectMany(arg => Values(arg.Value))).OfType<Type>().Select(t => (Cmdlet: c.Name, Type: t)))
            .Where(o => o.Type.Namespace == ModelsNamespace)
            .ToList();
        var problems = outputs.Where(o => !tableViews.Contains(o.Type.FullName!)).Select(o => $"{o.Cmdlet}: output type {o.Type.FullName} has no table view.").Distinct().ToList();
        foreach (var item in new[] { "PrerequisiteCheck", "SnapshotInfo" })
        {
            if (!tableViews.Contains(ModelsNamespace + "." + item)) problems.Add($"{ModelsNamespace}.{item} (items of an output type) has no table view.");
        }
        var listViews = format.SelectNodes("//View[ListControl]/ViewSelectedBy/TypeName")!.Cast<XmlNode>().Select(n => n.InnerText.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var detailed in new[] { "AppSnapshotResult", "PrerequisiteReport" })
        {
            if (!listViews.Contains(ModelsNamespace + "." + detailed)) problems.Add($"{ModelsNamespace}.{detailed} has no list view.");
        }
        AssertNoProblems(problems);
    }
}
