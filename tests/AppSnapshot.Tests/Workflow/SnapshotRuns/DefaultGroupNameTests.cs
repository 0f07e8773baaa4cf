using AppSnapshot.Plugin;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

public class DefaultGroupNameTests
{
    [Fact]
    public void TheDefaultGroupNamePassesTheGroupNameRule()
    {
        var name = DefaultGroupName.At(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero));

        Assert.Equal("appsnap-20261121-093000", name);
        PluginValueValidator.ValidateGroupName(name);
    }
}
