using AppSnapshot.Api;
using AppSnapshot.Completion;

namespace AppSnapshot.Tests.Completion;

/// <summary>Snapshot groups, RAM roles and disks for Tab: what matches, in which order, with which tooltip; cached per key.</summary>
public class CloudListingCompletionTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-21T10:00:00Z");

    private static Func<CancellationToken, Task<IReadOnlyList<T>>> Counting<T>(Func<IReadOnlyList<T>> items, Action count) =>
        _ => { count(); return Task.FromResult(items()); };

    [Fact]
    public void SnapshotGroupsMatchByIdPrefixOrNameNewestFirstWithNameStatusAndTime()
    {
        var source = new SnapshotGroupIdCompletionSource(() => Now);
        var fetches = 0;
        var fetch = Counting<SnapshotGroupRecord>(() => new[]
        {
            new SnapshotGroupRecord { SnapshotGroupId = "ssg-old", Name = "nightly-1", Status = "accomplished", CreationTime = Now.AddDays(-2), InstanceId = "i-a1" },
            new SnapshotGroupRecord { SnapshotGroupId = "ssg-new", Name = "nightly-2", Status = "progressing", CreationTime = Now.AddHours(-1) },
            new SnapshotGroupRecord { SnapshotGroupId = "ssg-other", Name = "weekly", Status = "failed", CreationTime = Now },
        }, () => fetches++);

        Assert.Equal(new[] { "ssg-new", "ssg-old" }, source.Complete("k", fetch, "NIGHTLY").Select(c => c.Key));
        Assert.Equal(new[] { "ssg-other", "ssg-new", "ssg-old" }, source.Complete("k", fetch, "'ssg-").Select(c => c.Key));
        Assert.Equal("nightly-1 (accomplished, 2026-11-19 10:00 UTC, i-a1)", source.Complete("k", fetch, "ssg-old").Single().Value);
        Assert.Equal(1, fetches);
        source.Complete("another-region", fetch, "");
        Assert.Equal(2, fetches);
    }

    [Fact]
    public void RamRolesStartingWithTheWordComeBeforeRolesContainingIt()
    {
        var source = new RamRoleNameCompletionSource(() => Now);
        var fetch = Counting<RamRoleRecord>(() => new[]
        {
            new RamRoleRecord { RoleName = "EcsSnapshotRole", Description = "Instance role with snapshot rights" },
            new RamRoleRecord { RoleName = "AppSnapshotRoleName" },
            new RamRoleRecord { RoleName = "SnapshotReader" },
        }, () => { });

        Assert.Equal(new[] { "SnapshotReader", "AppSnapshotRoleName", "EcsSnapshotRole" }, source.Complete("acct", fetch, "snapshot").Select(c => c.Key));
        Assert.Equal("Instance role with snapshot rights", source.Complete("acct", fetch, "Ecs").Single().Value);
        Assert.Equal("AppSnapshotRoleName", source.Complete("acct", fetch, "App").Single().Value);
    }

    [Fact]
    public void DisksOfTheNamedInstancesDataDisksFirst()
    {
        var source = new DiskIdCompletionSource(() => Now);
        var fetch = Counting<DiskRecord>(() => new[]
        {
            new DiskRecord { DiskId = "d-sys", DiskName = "system", Type = "system", Category = "cloud_essd", SizeGiB = 40 },
            new DiskRecord { DiskId = "d-shared", DiskName = "", Type = "data", Category = "cloud_essd", SizeGiB = 100, MultiAttach = "Enabled" },
            new DiskRecord { DiskId = "d-data", DiskName = "mysql-data", Type = "data", Category = "cloud_auto", SizeGiB = 200 },
        }, () => { });

        Assert.Equal(new[] { "d-data", "d-shared", "d-sys" }, source.Complete("k", fetch, "d-").Select(c => c.Key));
        Assert.Equal("d-shared (data, cloud_essd, 100 GiB, multi-attach)", source.Complete("k", fetch, "d-sh").Single().Value);
        Assert.Equal(new[] { "d-data" }, source.Complete("k", fetch, "MYSQL").Select(c => c.Key));
    }

    [Fact]
    public void NoInstanceNamedMeansNoDiskSuggestionsAndNoCall()
    {
        Assert.Empty(new DiskIdCompletionSource(() => Now).Complete(null!, "cn-hangzhou", Array.Empty<string>(), ""));
    }

    [Fact]
    public void AListingThatIgnoresCancellationIsAbandonedAtTheDeadline()
    {
        var listing = new CachedListing<string>(() => Now) { Deadline = TimeSpan.FromMilliseconds(50) };
        using var never = new ManualResetEventSlim(false);
        var started = DateTime.UtcNow;
        Assert.Empty(listing.Get("k", _ => Task.Run(() => { never.Wait(TimeSpan.FromSeconds(30)); return (IReadOnlyList<string>)new[] { "late" }; })));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        never.Set();
    }

    [Fact]
    public void AFailedListingIsNotCached()
    {
        var listing = new CachedListing<string>(() => Now);
        var calls = 0;
        Assert.Empty(listing.Get("k", _ => { calls++; throw new InvalidOperationException("offline"); }));
        Assert.Equal(new[] { "ok" }, listing.Get("k", _ => { calls++; return Task.FromResult<IReadOnlyList<string>>(new[] { "ok" }); }));
        Assert.Equal(2, calls);
    }
}
