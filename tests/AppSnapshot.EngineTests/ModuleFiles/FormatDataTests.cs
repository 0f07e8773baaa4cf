using System.Xml.Linq;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ModuleFiles;

/// <summary>
/// The engine itself checks AppSnapshot.Format.ps1xml: it loads, every view is registered for its type,
/// the type exists in the module, and every view renders an object.
/// </summary>
public class FormatDataTests
{
    /// <summary>(view name, type name, Table or List) of every view in the built module's format file.</summary>
    public static TheoryData<string, string, string> Views()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var view in XDocument.Load(RepositoryLayout.FormatFile).Descendants("View"))
        {
            var control = view.Element("TableControl") != null ? "Table" : view.Element("ListControl") != null ? "List" : "Other";
            data.Add(view.Element("Name")!.Value, view.Element("ViewSelectedBy")!.Element("TypeName")!.Value.Trim(), control);
        }
        return data;
    }

    [Fact]
    public void TheFormatFileLoadsWithUpdateFormatData()
    {
        using var session = EngineSession.Open(null);

        session.Run("Update-FormatData -PrependPath $file", ("file", RepositoryLayout.FormatFile)).AssertClean();
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void EveryViewIsRegisteredForAnExistingTypeAndRenders(string view, string typeName, string control)
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("""
            Update-FormatData -PrependPath $file
            @(Get-FormatData -TypeName $typeName).FormatViewDefinition | Where-Object Name -eq $view | ForEach-Object { $_.Control.GetType().Name }
            $type = $typeName -as [type]
            [string]($null -ne $type)
            $sample = [System.Activator]::CreateInstance($type)
            if ($control -eq 'Table') { $sample | Format-Table -View $view | Out-String } else { $sample | Format-List -View $view | Out-String }
            """, ("file", RepositoryLayout.FormatFile), ("typeName", typeName), ("view", view), ("control", control)).AssertClean();

        Assert.Equal(3, run.Output.Count);
        Assert.Equal(control + "Control", run.Output[0].BaseObject);
        Assert.Equal("True", run.Output[1].BaseObject);
        Assert.False(string.IsNullOrWhiteSpace((string)run.Output[2].BaseObject), view + " rendered nothing.");
    }
}
