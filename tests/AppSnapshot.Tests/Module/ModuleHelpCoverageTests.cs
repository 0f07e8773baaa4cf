using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using AppSnapshot.HelpGen;
using AppSnapshot.HelpGen.Maml;
using AppSnapshot.HelpGen.Model;
using AppSnapshot.Tests.Module.Support;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Tests.Module;

/// <summary>Every cmdlet compiled into AppSnapshot.dll is documented, and its help agrees with its code.
/// (Before the cmdlets exist these hold trivially; HelpCodeComparisonTests proves the comparison fails on drift.)</summary>
public class ModuleHelpCoverageTests
{
    private static readonly IReadOnlyList<CommandHelp> Docs = new HelpBuilder(RepositoryPaths.HelpSources, Path.GetTempPath()).ReadCommands();

    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var cmdlet in ModuleAssembly.Cmdlets) data.Add(cmdlet.Name);
        if (ModuleAssembly.Cmdlets.Count == 0) data.Add(NoCmdletsYet);
        return data;
    }

    private const string NoCmdletsYet = "(no cmdlet compiled yet)";

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void EveryCmdletHasAMarkdownFileWhoseParametersMatchTheCode(string name)
    {
        if (name == NoCmdletsYet) return;
        var code = ModuleAssembly.Cmdlets.Single(c => c.Name == name);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.HelpSources, name + ".md")), $"docs/help/{name}.md is missing (copy docs/help/Get-EcsInstance.md).");
        var help = Docs.Single(d => d.Name == name);
        Assert.Empty(HelpCodeComparison.Compare(code, help));
        Assert.NotEmpty(help.Examples);
        Assert.Equal(help.OnlineVersion, code.HelpUri);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void EveryCmdletHasAnEntryInTheBuiltHelpFile(string name)
    {
        if (name == NoCmdletsYet) return;
        var document = new XmlDocument { XmlResolver = null };
        document.Load(Path.Combine(RepositoryPaths.ModuleOut, "en-US", HelpBuilder.MamlFileName));
        var names = document.GetElementsByTagName("name", MamlNames.Command).Cast<XmlNode>().Select(n => n.InnerText);
        Assert.Contains(name, names);
    }

    [Fact]
    public void EveryHelpFileDocumentsAnExportedCmdlet()
    {
        var exported = ManifestTests.Manifest.StringList("CmdletsToExport");
        Assert.All(Docs, d => Assert.Contains(d.Name, exported));
    }

    [Fact]
    public void TheTemplateHelpFileIsComplete()
    {
        var help = Docs.Single(d => d.Name == "Get-EcsInstance");
        Assert.True(help.Examples.Count >= 2);
        var expected = new[] { "InstanceId", "Name", "Tag", "Status", "OSType", "RegionId", "ProfileName", "Credential", "Endpoint" };
        Assert.Equal(expected.OrderBy(n => n), help.Parameters.Select(p => p.Name).OrderBy(n => n));
        var instanceId = help.Parameters.Single(p => p.Name == "InstanceId");
        Assert.Equal(new[] { "Id" }, instanceId.Aliases);
        Assert.Equal("True (ByPropertyName)", instanceId.Bindings.Single().PipelineInput);
        Assert.True(help.Parameters.Single(p => p.Name == "Name").AcceptsWildcards);
        Assert.Equal(new[] { "Linux", "Windows" }, help.Parameters.Single(p => p.Name == "OSType").AcceptedValues);
    }

    [Fact]
    public void TheBuiltModuleFolderHasTheHelpAndNoPowerShellAssembly()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.ModuleOut, "en-US", HelpBuilder.MamlFileName)), "out/AppSnapshot/en-US/AppSnapshot.dll-Help.xml is missing");
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.ModuleOut, "en-US", "about_AppSnapshot.help.txt")), "out/AppSnapshot/en-US/about_AppSnapshot.help.txt is missing");
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.ModuleOut, "AppSnapshot.psd1")));
        Assert.Empty(Directory.GetFiles(RepositoryPaths.ModuleOut, "System.Management.Automation.dll", SearchOption.AllDirectories));
        // The help generator's Markdig and YamlDotNet are build-time only.
        Assert.Equal(new[] { "AppSnapshot.Core.dll", "AppSnapshot.dll" },
            Directory.GetFiles(RepositoryPaths.ModuleOut, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }
}
