using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Tests.Workflow.Groups;

public class SnapshotGroupSelectionBuilderTests
{
    [Fact]
    public void NothingPipedListsTheDefaultRegionByName()
    {
        var selection = Assert.Single(new SnapshotGroupSelectionBuilder().Build("cn-hangzhou", "nightly-*"));
        Assert.Equal(("cn-hangzhou", "nightly-*"), (selection.RegionId, selection.NamePattern));
        Assert.Empty(selection.SnapshotGroupIds);
        Assert.Empty(selection.InstanceIds);
    }

    [Fact]
    public void GroupIdsWinOverTheirInstanceAndInstanceOnlyObjectsFormTheirOwnSelectionPerRegion()
    {
        var builder = new SnapshotGroupSelectionBuilder();
        builder.Add(null, "ssg-1", "i-a");          // a group object: exactly that group
        builder.Add(null, "ssg-1", "i-a");          // repeated
        builder.Add(null, null, "i-b");             // an instance object: all of its groups
        builder.Add("cn-shanghai", "ssg-9", null);
        builder.Add(null, " ", "");                 // names nothing: ignored

        var selections = builder.Build("cn-hangzhou", null);

        Assert.Collection(selections,
            s => Assert.Equal(("cn-hangzhou", "ssg-1", ""), (s.RegionId, string.Join(",", s.SnapshotGroupIds), string.Join(",", s.InstanceIds))),
            s => Assert.Equal(("cn-hangzhou", "", "i-b"), (s.RegionId, string.Join(",", s.SnapshotGroupIds), string.Join(",", s.InstanceIds))),
            s => Assert.Equal(("cn-shanghai", "ssg-9", ""), (s.RegionId, string.Join(",", s.SnapshotGroupIds), string.Join(",", s.InstanceIds))));
        Assert.False(builder.IsEmpty);
    }
}
