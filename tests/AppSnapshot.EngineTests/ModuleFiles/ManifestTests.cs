using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ModuleFiles;

public class ManifestTests
{
    [Fact]
    public void TestModuleManifestPassesAndListsTheExportedCmdlets()
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("(Test-ModuleManifest -Path $manifest).ExportedCmdlets.Keys", ("manifest", RepositoryLayout.ModuleManifest)).AssertClean();

        Assert.Equal(ExportedCmdlets.Names.Order(), run.Output.Select(o => (string)o.BaseObject).Order());
    }

    [Fact]
    public void TheImportedModuleExportsExactlyThoseCmdlets()
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("Get-Command -Module AppSnapshot | ForEach-Object { $_.CommandType.ToString() + ' ' + $_.Name }").AssertClean();

        Assert.Equal(ExportedCmdlets.Names.Select(n => "Cmdlet " + n).Order(), run.Output.Select(o => (string)o.BaseObject).Order());
    }
}
