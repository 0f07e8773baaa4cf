using System.Management.Automation;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

public class GetEcsInstanceTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Get-EcsInstance";
    private readonly EmulatorFixture _emulator;

    public GetEcsInstanceTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void FiltersCombineAndSelectExactlyTheMatchingInstances()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("Get-EcsInstance -OSType Windows -Tag @{ env = 'test' }").AssertClean();

        Assert.Equal(["i-win2008r2", "i-win2019-sql", "i-win2022-nowriters"], run.Values<string>("InstanceId").Order());
        Assert.All(run.Output, o => Assert.Equal("cn-hangzhou", o.Properties["RegionId"].Value));
    }

    [Fact]
    public void AnotherRegionIsListedWhenAskedFor()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("Get-EcsInstance -RegionId cn-shanghai").AssertClean();

        var instance = Assert.Single(run.Output);
        Assert.Equal("i-centos76-shanghai", instance.Properties["InstanceId"].Value);
        Assert.Equal("cn-shanghai", instance.Properties["RegionId"].Value);
    }

    [Fact]
    public void AnInstanceKeptBySelectFirstStillGetsItsDisks()
    {
        // The instances are written before the region's (slow) disk listing ends, and Select-Object -First stops the
        // command after the first: the listing must still finish for the instance it kept.
        _emulator.Control.SetFault("DescribeDisks", new EcsEmulator.FaultSettings { LatencyMs = 1500 });
        using var session = _emulator.OpenSession();

        var run = session.Run("""
            $first = Get-EcsInstance -Debug -Verbose | Select-Object -First 1
            $first.Disks.Count
            @($first.Disks)[0].Type
            """).AssertClean();

        Assert.True((int)run.Output[0].BaseObject > 0);
        Assert.Equal("system", run.Output[1].BaseObject);
    }

    [Fact]
    public void InstancesComeWhileTheDiskListIsReadAndAStopThenEndsPromptlyLeavingTheirDisksUnknown()
    {
        _emulator.Control.SetFault("DescribeDisks", new EcsEmulator.FaultSettings { LatencyMs = 60_000 });
        using var session = _emulator.OpenSession();
        using var ps = session.Prepare("Get-EcsInstance -Debug -Verbose");
        var output = new PSDataCollection<PSObject>();
        using var first = new ManualResetEventSlim();
        output.DataAdded += (_, _) => first.Set();
        _ = ps.BeginInvoke<PSObject, PSObject>(null, output);
        Assert.True(first.Wait(TimeSpan.FromSeconds(30)), "No instance was written while the disk list was being read.");

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        ps.Stop();
        stopping.Stop();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), "Stop() took " + stopping.Elapsed + ".");
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.Null(output[0].Properties["Disks"].Value);
    }

    [Fact]
    public void DebugWithoutVerboseShowsTheNarrativeOnTheDebugStreamWithoutAsking()
    {
        // The engine's default host cannot prompt: before the fix, -Debug alone made every verbose line an
        // Inquire prompt, which failed here ("Read and Prompt functionality is not available").
        using var session = _emulator.OpenSession();

        var run = session.Run("Get-EcsInstance -InstanceId i-ubuntu2204 -Debug").AssertClean();

        Assert.Equal(["i-ubuntu2204"], run.Values<string>("InstanceId"));
        Assert.Empty(run.Verbose);
        Assert.Contains(run.Debug, d => d.StartsWith("DescribeInstances cn-hangzhou", StringComparison.Ordinal));
    }
}
