using AppSnapshot.Models;

namespace AppSnapshot.Tests.Models;

/// <summary>The objects read well outside PowerShell: names, seconds, lists that join into text.</summary>
public class ModelShapeTests
{
    [Fact]
    public void EnumeratedValuesAreNamesBackedByTheTypedValue()
    {
        var result = new AppSnapshotResult { ConsistencyValue = Consistency.FileSystem };

        Assert.Equal("FileSystem", result.Consistency);
        result.Consistency = "application";
        Assert.Equal(Consistency.Application, result.ConsistencyValue);
        Assert.Equal("Application", result.Consistency);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Perfect")]
    [InlineData("")]
    public void ANameThatIsNotAValueIsRefusedWithTheValidNames(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new SnapshotInfo { Consistency = name });

        Assert.Equal("Consistency", error.ParamName);
        Assert.Contains("Unknown, Crash, FileSystem, Application", error.Message);
    }

    [Fact]
    public void EveryEnumeratedPropertyOfTheModelsIsText()
    {
        var enumProperties = typeof(AppSnapshotResult).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == "AppSnapshot.Models" && t.IsClass)
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => (Nullable.GetUnderlyingType(x.Property.PropertyType) ?? x.Property.PropertyType) is { IsEnum: true } || x.Property.PropertyType == typeof(TimeSpan) || x.Property.PropertyType == typeof(TimeSpan?) || x.Property.PropertyType == typeof(DateTime) || x.Property.PropertyType == typeof(DateTime?))
            .Select(x => x.Type.Name + "." + x.Property.Name);

        Assert.Empty(enumProperties);
    }

    [Fact]
    public void ListsJoinIntoTextAndStayLists()
    {
        var result = new AppSnapshotResult
        {
            Snapshots = new[] { new SnapshotInfo { SnapshotId = "s-1" }, new SnapshotInfo { SnapshotId = "s-2" } },
            Warnings = new[] { "first", "second" },
            RequestIds = new[] { "r-1", "r-2" },
        };
        result.LogLines.Add("line 1");
        result.LogLines.Add("line 2");

        Assert.Equal("s-1, s-2", result.Snapshots.ToString());
        Assert.Equal("first\nsecond", result.Warnings.ToString());
        Assert.Equal("line 1\nline 2", result.LogLines.ToString());
        Assert.Equal("r-1, r-2", result.RequestIds.ToString());
        Assert.Equal(2, result.Snapshots.Count);
        Assert.IsNotType<SnapshotInfo[]>(result.Snapshots);
    }

    [Fact]
    public void TagsJoinAsKeyValuePairsInKeyOrder()
    {
        var instance = new EcsInstance { Tags = new Dictionary<string, string> { ["role"] = "mysql", ["env"] = "test" } };

        Assert.Equal("env=test; role=mysql", instance.Tags.ToString());
        Assert.Equal("mysql", instance.Tags["role"]);
    }

    [Fact]
    public void ChecksJoinAsNameAndOutcome()
    {
        var report = new PrerequisiteReport
        {
            Checks = new[]
            {
                new PrerequisiteCheck { Name = "InstanceRunning", Passed = true, SeverityValue = CheckSeverity.None },
                new PrerequisiteCheck { Name = "FileSystems", Passed = null, SeverityValue = CheckSeverity.Information },
                new PrerequisiteCheck { Name = "RamRoleAttached", Passed = false, SeverityValue = CheckSeverity.Error },
            },
        };

        Assert.Equal("InstanceRunning: passed, FileSystems: Information, RamRoleAttached: Error", report.Checks.ToString());
        Assert.Equal("RamRoleAttached", report.FailedChecks.ToString());
    }

    [Fact]
    public void DisksAreNullUntilLookedUp()
    {
        var instance = new EcsInstance();
        Assert.Null(instance.Disks);

        instance.Disks = new[] { new EcsDisk { DiskId = "d-1" }, new EcsDisk { DiskId = "d-2" } };
        Assert.Equal("d-1, d-2", instance.Disks!.ToString());
    }

    [Theory]
    [InlineData(2.5980013, 2.598)]
    [InlineData(0.0004, 0.0)]
    [InlineData(0.0005, 0.001)]
    public void DurationsAreSecondsToTheMillisecond(double seconds, double expected)
    {
        Assert.Equal(expected, Seconds.Of(TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond))));
        Assert.Null(Seconds.Of(null));
    }
}
