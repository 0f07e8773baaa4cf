using System.Reflection;
using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Hosting;
using AppSnapshot.EngineTests.ModuleFiles;

namespace AppSnapshot.EngineTests.Coverage;

/// <summary>Nothing exported escapes the engine tests: every cmdlet and parameter set the engine sees has a case that runs.</summary>
public class CoverageTests
{
    [Fact]
    public void EveryParameterSetOfEveryExportedCmdletHasExactlyOneCase()
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("Get-Command -Module AppSnapshot | ForEach-Object { $c = $_; $c.ParameterSets | ForEach-Object { $c.Name + ' [' + $_.Name + ']' } }").AssertClean();

        Assert.Equal(run.Output.Select(o => (string)o.BaseObject).Order(), ParameterSetCases.All.Select(c => c.ToString()).Order());
        Assert.Equal(ExportedCmdlets.Names.Order(), ParameterSetCases.All.Select(c => c.Cmdlet).Distinct().Order());
    }

    [Fact]
    public void ExactlyTheCmdletsThatSupportShouldProcessAreMarkedAsChangingState()
    {
        using var session = EngineSession.Open(null);

        var run = session.Run("Get-Command -Module AppSnapshot | Where-Object { $_.Parameters.ContainsKey('WhatIf') } | ForEach-Object Name").AssertClean();

        Assert.Equal(run.Output.Select(o => (string)o.BaseObject).Order(), ParameterSetCases.All.Where(c => c.ChangesState).Select(c => c.Cmdlet).Distinct().Order());
        Assert.All(ParameterSetCases.All.GroupBy(c => c.Cmdlet), g => Assert.Single(g.Select(c => c.ChangesState).Distinct()));
    }

    [Fact]
    public void EveryCmdletHasATestClassThatRunsItsParameterSets()
    {
        foreach (var cmdlet in ParameterSetCases.All.Where(c => !c.ReadsPendingRuns).Select(c => c.Cmdlet).Distinct())
        {
            var type = typeof(CoverageTests).Assembly.GetType("AppSnapshot.EngineTests.Cmdlets." + cmdlet.Replace("-", "") + "Tests");
            Assert.True(type != null, "No test class for " + cmdlet + ".");
            Assert.Equal(cmdlet, type!.GetField("Cmdlet", BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue());
            Assert.NotNull(type.GetMethod("EveryParameterSetRunsCleanWithTheDebugStreamOn"));
        }
    }
}
