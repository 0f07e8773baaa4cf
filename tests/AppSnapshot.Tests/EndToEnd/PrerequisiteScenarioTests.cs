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
        Assert.All(reports["i-ubuntu2204"].Checks.Where(c => c.Severity == CheckSeverity.Error), c => Assert.True(c.Passed, c.ToString()));
        Assert.False(Check(reports["i-win2008r2"], PrerequisiteCheckNames.OperatingSystem).Passed);
        Assert.False(Check(reports["i-stopped"], InstanceRunning).Passed);
        Assert.False(Check(reports["i-no-cloud-assistant"], CloudAssistant).Passed);
        Assert.False(Check(reports["i-no-role"], RamRoleAttached).Passed);
        Assert.Contains("ecs:CreateSnapshot*", Check(reports["i-role-no-policy"], RamRolePolicy).Detail);
        Assert.False(Check(reports["i-no-essd"], EssdDisks).Passed);
        var mixed = Check(reports["i-mixed-disks"], NonEssdDisks);
        Assert.Equal((false, CheckSeverity.Warning), (mixed.Passed, mixed.Severity));
        Assert.Contains("d-mixed-disks-efficiency", mixed.Detail);
        Assert.True(reports["i-mixed-disks"].Ready);
        Assert.Contains("d-multiattach-shared", Check(reports["i-multiattach"], MultiAttachDisks).Remedy);
        Assert.All(reports.Values.Where(r => r.InstanceId != "i-ubuntu2204" && r.InstanceId != "i-mixed-disks"), r => Assert.False(r.Ready, r.InstanceId));
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
        Assert.InRange(Calls("DescribeDisks"), 1, 3);
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
