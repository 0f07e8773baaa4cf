using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AppSnapshot.Tests.Module.Support;

namespace AppSnapshot.Tests.Module;

public class ManifestTests
{
    public static ModuleManifest Manifest { get; } = ModuleManifest.Load(RepositoryPaths.Manifest);

    /// <summary>The verbs the module uses, all on Microsoft's approved-verbs list (Get-Verb is not available here).</summary>
    private static readonly string[] ApprovedVerbsUsed = { "Get", "Set", "New", "Remove", "Test", "Send", "Restore", "Initialize", "Wait", "Clear" };

    [Fact]
    public void ExportsExactlyTheCompiledCmdletsWhenThereAreAny()
    {
        var exported = Manifest.StringList("CmdletsToExport");
        if (ModuleAssembly.Cmdlets.Count > 0)
        {
            Assert.Equal(ModuleAssembly.Cmdlets.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), exported.OrderBy(n => n, StringComparer.Ordinal));
        }
        Assert.Equal(15, exported.Count);
        Assert.Equal(exported.Count, exported.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void HelpInfoUriPointsAtTheHelpOfTheProject()
    {
        var project = Manifest.Table("PrivateData").Table("PSData").String("ProjectUri");
        Assert.Equal(project + "/tree/main/docs/help", Manifest.String("HelpInfoURI"));
    }

    [Fact]
    public void ExportedCmdletsAreVerbNounWithApprovedVerbsAndNoWildcards()
    {
        foreach (var name in Manifest.StringList("CmdletsToExport"))
        {
            Assert.Matches(new Regex("^[A-Z][a-z]+-[A-Z][A-Za-z]+$"), name);
            Assert.Contains(name.Split('-')[0], ApprovedVerbsUsed);
        }
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("VariablesToExport")]
    [InlineData("AliasesToExport")]
    public void ExportsNothingButCmdlets(string key)
    {
        Assert.Empty(Manifest.StringList(key));
    }

    [Fact]
    public void RunsOnWindowsPowerShellAndPowerShell7()
    {
        Assert.Equal(new[] { "Core", "Desktop" }, Manifest.StringList("CompatiblePSEditions").OrderBy(e => e));
        Assert.Equal("5.1", Manifest.String("PowerShellVersion"));
    }

    [Fact]
    public void IdentifiesTheModule()
    {
        Assert.True(Guid.TryParse(Manifest.String("GUID"), out _));
        Assert.True(Version.TryParse(Manifest.String("ModuleVersion"), out _));
        Assert.Equal("AppSnapshot.dll", Manifest.String("RootModule"));
        Assert.False(string.IsNullOrWhiteSpace(Manifest.String("Description")));
        Assert.False(string.IsNullOrWhiteSpace(Manifest.String("Author")));
    }

    [Fact]
    public void ProcessesTheFormatFile()
    {
        Assert.Contains("AppSnapshot.Format.ps1xml", Manifest.StringList("FormatsToProcess"));
    }

    [Fact]
    public void HasGalleryMetadata()
    {
        var psData = Manifest.Table("PrivateData").Table("PSData");
        Assert.NotEmpty(psData.StringList("Tags"));
        Assert.All(psData.StringList("Tags"), t => Assert.DoesNotContain(" ", t));
        Assert.StartsWith("https://", psData.String("ProjectUri"));
        Assert.StartsWith("https://", psData.String("LicenseUri"));
        Assert.False(string.IsNullOrWhiteSpace(psData.String("ReleaseNotes")));
    }

    [Fact]
    public void ReleaseNotesAreThoseOfTheModuleVersionAndTheChangelogHasItsSection()
    {
        var version = Manifest.String("ModuleVersion");
        var notes = Manifest.Table("PrivateData").Table("PSData").String("ReleaseNotes");
        Assert.StartsWith(version + " ", notes);
        Assert.Contains("CHANGELOG.md", notes);
        var changelog = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CHANGELOG.md"));
        Assert.Matches(new Regex(@"^## \[" + Regex.Escape(version) + @"\] - \d{4}-\d{2}-\d{2}$", RegexOptions.Multiline), changelog);
        Assert.StartsWith(version + " (" + Regex.Match(changelog, @"^## \[" + Regex.Escape(version) + @"\] - (?<date>[\d-]+)", RegexOptions.Multiline).Groups["date"].Value + ")", notes);
    }

    [Fact]
    public void TheBuiltModuleFolderCarriesTheChangelogAndLicence()
    {
        foreach (var file in new[] { "CHANGELOG.md", "LICENSE" })
        {
            var shipped = Path.Combine(RepositoryPaths.ModuleOut, file);
            Assert.True(File.Exists(shipped), $"out/AppSnapshot/{file} is missing");
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)), File.ReadAllText(shipped));
        }
    }
}
