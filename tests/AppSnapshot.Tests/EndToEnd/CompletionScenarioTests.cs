using AppSnapshot.Api;
using AppSnapshot.Completion;
using AppSnapshot.Models;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>The completion sources against the emulator over HTTP: RAM roles (ListRoles), the disks of an
/// instance, the groups of a region; one call per listing while the cache holds.</summary>
public class CompletionScenarioTests : EmulatorScenario
{
    private const string Instance = "i-ubuntu2204";
    private DateTimeOffset _now = DateTimeOffset.Parse("2026-11-21T10:00:00Z");

    [Fact]
    public async Task ListRolesReadsEveryRoleWithItsDescription()
    {
        var roles = await new RamApi(Session.Ram).ListRolesAsync(CancellationToken.None);
        Assert.Contains(roles, r => r.RoleName == "EcsSnapshotRole" && r.Description == "Instance role with snapshot rights");
        Assert.True(roles.Count >= 3);
    }

    [Fact]
    public void RamRolesAreListedOnceWhileTheCacheHolds()
    {
        var source = new RamRoleNameCompletionSource(() => _now);
        Assert.Equal("EcsSnapshotRole", source.Complete(Session, "EcsSnap").Single().Key);
        Assert.Contains("NoPolicyRole", source.Complete(Session, "").Select(c => c.Key));
        Assert.Equal(1, Calls("ListRoles"));
        _now += TimeSpan.FromMinutes(2);
        source.Complete(Session, "");
        Assert.Equal(2, Calls("ListRoles"));
    }

    [Fact]
    public void DisksOfTheNamedInstanceAreOffered()
    {
        var disks = new DiskIdCompletionSource(() => _now).Complete(Session, null, new[] { Instance }, "d-");
        Assert.NotEmpty(disks);
        Assert.All(disks, d => Assert.StartsWith("d-", d.Key));
        Assert.Contains(disks, d => d.Value.Contains("(system, "));
        Assert.Equal(1, Calls("DescribeDisks"));
    }

    [Fact]
    public async Task GroupsOfTheRegionAreOfferedByIdAndName()
    {
        var sink = new RecordingSink();
        var request = RunRequest(Instance);
        request.Name = "complete-me";
        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);
        var id = Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).SnapshotGroupId!;

        var source = new SnapshotGroupIdCompletionSource(() => _now);
        var byName = source.Complete(Session, "cn-hangzhou", "complete");
        Assert.Equal(id, Assert.Single(byName).Key);
        Assert.StartsWith("complete-me (", byName[0].Value);
        Assert.Contains(id, source.Complete(Session, null, "ssg-").Select(c => c.Key));
    }
}
