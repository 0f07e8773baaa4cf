using AppSnapshot.Models;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Tests.Workflow.Groups;

public class RetentionTests
{
    [Fact]
    public void RetentionKeepsTheNewestPerInstanceAndHonoursAge()
    {
        var now = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        SnapshotGroup G(string id, string instance, int daysAgo) => new() { SnapshotGroupId = id, InstanceId = instance, CreationTime = now.AddDays(-daysAgo) };
        var groups = new[] { G("a1", "i-a", 1), G("a2", "i-a", 5), G("a3", "i-a", 10), G("b1", "i-b", 8) };

        var keepOne = SnapshotGroupRemovalOperation.Select(groups, new SnapshotGroupRemovalRequest { KeepLatest = 1 }, now);
        var olderThanWeek = SnapshotGroupRemovalOperation.Select(groups, new SnapshotGroupRemovalRequest { OlderThan = TimeSpan.FromDays(7) }, now);
        var both = SnapshotGroupRemovalOperation.Select(groups, new SnapshotGroupRemovalRequest { OlderThan = TimeSpan.FromDays(7), KeepLatest = 1 }, now);

        Assert.Equal(new[] { "a3", "a2" }, keepOne.Select(g => g.SnapshotGroupId));
        Assert.Equal(new[] { "a3", "b1" }, olderThanWeek.Select(g => g.SnapshotGroupId));
        Assert.Equal(new[] { "a3" }, both.Select(g => g.SnapshotGroupId));
    }
}
