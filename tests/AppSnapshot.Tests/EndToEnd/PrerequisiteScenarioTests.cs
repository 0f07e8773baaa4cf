using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Prerequisites;
using AppSnapshot.Tests.Fakes;
using static AppSnapshot.Workflow.Prerequisites.PrerequisiteCheckNames;

namespace AppSnapshot.Tests.EndToEnd;

public class PrerequisiteScenarioTests : EmulatorScenario
{
    private async Task<IReadOnlyDictionary<string, PrerequisiteReport>> CheckAsync(params string[] ids)
    {
        var request = new PrerequisiteRequest();
        foreach (var id in ids) request.Instances.Add(new InstanceTarget(id));
        var sink = new RecordingSink();
        await new PrerequisiteOperation(Session).RunAsync(request, sink, CancellationToken.None);
        Assert.Empty(sink.Errors);
        return sink.ObjectsOf<PrerequisiteReport>().ToDictionary(r => r.InstanceId);
    }

    private static PrerequisiteCheck Check(PrerequisiteReport report, string name) => Assert.Single(report.Checks, c => c.Name == name);

    [Fact]
    public async Task EachFixtureProblemShowsUpAsItsOwnFailedCheck()
    {
        var reports = await CheckAsync("i-ubuntu2204", "i-win2008r2", "i-stopped", "i-no-cloud-assistant", "i-no-role",
            "i-role-no-policy", "i-no-essd", "i-mixed-disks", "i-multiattach");

        Assert.True(reports["i-ubuntu2204"].Ready);
        Assert.Empty(reports["i-ubuntu2204"].FailedChecks);
        Assert.False(Check(reports["i-win2008r2"], PrerequisiteCheckNames.OperatingSystem).Passed);
        Assert.False(Check(reports["i-stopped"], InstanceRunning).Passed);
        Assert.False(Check(reports["i-no-cloud-assistant"], CloudAssistant).Passed);
        Assert.False(Check(reports["i-no-role"], RamRoleAttached).Passed);
        Assert.Contains("ecs:CreateSnapshot*", Check(reports["i-role-no-policy"], RamRolePolicy).Detail);
        Assert.False(Check(reports["i-no-essd"], EssdDisks).Passed);
        var mixed = Check(reports["i-mixed-disks"], NonEssdDisks);
        Assert.Equal(((bool?)false, CheckSeverity.Warning), (mixed.Passed, mixed.SeverityValue));
        Assert.Contains("d-mixed-disks-efficiency", mixed.Detail);
        Assert.True(reports["i-mixed-disks"].Ready);
        var shared = Check(reports["i-multiattach"], MultiAttachDisks);
        Assert.Equal(((bool?)false, CheckSeverity.Warning), (shared.Passed, shared.SeverityValue));
        Assert.Contains("d-multiattach-shared", shared.Detail);
        Assert.Contains("skipped", shared.Detail);
        Assert.True(reports["i-multiattach"].Ready, "the plug-in skips the shared disk and snapshots the others");
        Assert.Equal(new[] { MultiAttachDisks }, reports["i-multiattach"].WarningChecks);
        var notReady = reports.Values.Where(r => !r.Ready).Select(r => r.InstanceId).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(new[] { "i-no-cloud-assistant", "i-no-essd", "i-no-role", "i-role-no-policy", "i-stopped", "i-win2008r2" }, notReady);
    }

    [Fact]
    public async Task APassedCheckIsNoErrorAndInformationIsNoFailure()
    {
        var reports = await CheckAsync("i-ubuntu2204", "i-win2019-sql");

        foreach (var report in reports.Values)
        {
            Assert.True(report.Ready, report.InstanceId);
            Assert.Empty(report.FailedChecks);
            Assert.All(report.Checks.Where(c => c.Passed == true), c => Assert.Equal(CheckSeverity.None, c.SeverityValue));
            Assert.All(report.Checks.Where(c => c.Passed == true), c => Assert.Null(c.Remedy));
            var fileSystems = Check(report, FileSystems);
            Assert.Equal(((bool?)null, CheckSeverity.Information), (fileSystems.Passed, fileSystems.SeverityValue));
        }
        var linuxScripts = Check(reports["i-ubuntu2204"], Scripts);
        Assert.Equal(((bool?)null, CheckSeverity.Information), (linuxScripts.Passed, linuxScripts.SeverityValue));
        Assert.Contains("Send-AppSnapshotScript", linuxScripts.Remedy);
        var windowsScripts = Check(reports["i-win2019-sql"], Scripts);
        Assert.Equal(((bool?)true, CheckSeverity.None), (windowsScripts.Passed, windowsScripts.SeverityValue));
        Assert.Empty(reports["i-ubuntu2204"].WarningChecks);
    }

    [Fact]
    public async Task ChecksAreBatchedNotOneCallPerCheck()
    {
        var ids = Enumerable.Range(1, 60).Select(n => "i-bench-linux-" + n.ToString("D4")).ToArray();

        var reports = await CheckAsync(ids);

        Assert.Equal(60, reports.Count);
        Assert.Equal(1, Calls("DescribeInstances"));
        Assert.Equal(2, Calls("DescribeInstanceRamRole"));
        Assert.Equal(1, Calls("DescribeCloudAssistantStatus"));
        Assert.Equal(1, Calls("ListPoliciesForRole"));
        // The region's disks in two listings side by side (system, data), a few pages each: never one call per instance.
        Assert.InRange(Calls("DescribeDisks"), 2, 6);
    }

    [Fact]
    public async Task AnotherRegionIsReadFromItsOwnEndpointAndWarnedAboutOnlyIfOffTheList()
    {
        var request = new PrerequisiteRequest();
        request.Instances.Add(new InstanceTarget("i-centos76-shanghai", "cn-shanghai"));
        var sink = new RecordingSink();

        await new PrerequisiteOperation(Session).RunAsync(request, sink, CancellationToken.None);

        var report = Assert.Single(sink.ObjectsOf<PrerequisiteReport>());
        Assert.Equal("cn-shanghai", report.RegionId);
        Assert.True(Check(report, Region).Passed);
        Assert.True(Check(report, PrerequisiteCheckNames.OperatingSystem).Passed);
    }
}
