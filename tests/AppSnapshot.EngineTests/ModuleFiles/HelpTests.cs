using System.Management.Automation;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ModuleFiles;

/// <summary>Get-Help reads the generated MAML next to the module: every cmdlet is documented in full.</summary>
public class HelpTests
{
    private const string ReadHelp = """
        $help = Get-Help -Name $name -Full
        $command = Get-Command -Name $name
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters
        [pscustomobject]@{
            Synopsis    = [string]$help.Synopsis
            Description = (@($help.description) | ForEach-Object { $_.Text }) -join "`n"
            Examples    = @(@($help.examples.example) | ForEach-Object { [string]$_.code })
            Parameters  = @($command.Parameters.Keys | Where-Object { $_ -notin $common })
            Documented  = @(@($help.parameters.parameter) | Where-Object { $_ } | ForEach-Object { $_.name + '=' + ((@($_.description) | ForEach-Object { $_.Text }) -join ' ') })
        }
        """;

    [Theory]
    [MemberData(nameof(ExportedCmdlets.Theory), MemberType = typeof(ExportedCmdlets))]
    public void FullHelpHasSynopsisDescriptionExamplesAndEveryParameter(string cmdlet)
    {
        using var session = EngineSession.Open(null);

        var help = session.Run(ReadHelp, ("name", cmdlet)).AssertClean().Output.Single();

        var synopsis = (string)help.Properties["Synopsis"].Value;
        Assert.False(string.IsNullOrWhiteSpace(synopsis), cmdlet + " has no synopsis.");
        Assert.False(synopsis.TrimStart().StartsWith(cmdlet, StringComparison.OrdinalIgnoreCase), cmdlet + " shows the generated syntax instead of a synopsis: " + synopsis);
        Assert.False(string.IsNullOrWhiteSpace((string)help.Properties["Description"].Value), cmdlet + " has no description.");
        var examples = Strings(help, "Examples");
        Assert.NotEmpty(examples);
        Assert.All(examples, code => Assert.Contains(cmdlet, code, StringComparison.OrdinalIgnoreCase));

        var documented = Strings(help, "Documented").Select(d => d.Split('=', 2)).ToDictionary(d => d[0], d => d[1], StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in Strings(help, "Parameters"))
        {
            Assert.True(documented.TryGetValue(parameter, out var description), cmdlet + " -" + parameter + " is not in the help.");
            Assert.False(string.IsNullOrWhiteSpace(description), cmdlet + " -" + parameter + " has no description.");
        }
        Assert.Equal(Strings(help, "Parameters").Order(StringComparer.OrdinalIgnoreCase), documented.Keys.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheAboutTopicIsFound()
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("Get-Help -Name about_AppSnapshot | Out-String").AssertClean();

        var text = (string)run.Output.Single().BaseObject;
        Assert.Contains("about_AppSnapshot", text);
        Assert.Contains("SHORT DESCRIPTION", text);
        Assert.Contains("LONG DESCRIPTION", text);
        Assert.All(ExportedCmdlets.Names, name => Assert.Contains(name, text));
    }

    private static IReadOnlyList<string> Strings(PSObject help, string property) =>
        ((System.Collections.IEnumerable)help.Properties[property].Value).Cast<object>().Select(o => o.ToString()!).ToList();
}
