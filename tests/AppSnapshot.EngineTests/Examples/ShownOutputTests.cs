namespace AppSnapshot.EngineTests.Examples;

/// <summary>The comparison the examples rely on can fail: a wrong cell, a missing line or an unshown error is caught.</summary>
public class ShownOutputTests
{
    private static readonly string[] Shown =
    [
        "InstanceId       Consistency SnapshotGroupId          FreezeDuration",
        "----------       ----------- ---------------          --------------",
        "i-mysql-centos79 Application ssg-bp1hz7kq2mysql0001   00:00:00.5120000",
    ];

    [Fact]
    public void GeneratedIdsDurationsAndPaddingDoNotCount()
    {
        var written = Lines("", "InstanceId Consistency SnapshotGroupId FreezeDuration", "---------- ----------- --------------- ---",
            "i-mysql-centos79   Application   ssg-g018xcs3g0yxmnto4s0s   00:00:03.6138628", "");

        Assert.Null(ShownOutput.Compare(Shown, written));
    }

    [Theory]
    [InlineData("i-mysql-centos79 FileSystem ssg-g018xcs3g0yxmnto4s0s 00:00:03.6138628")]
    [InlineData("i-ubuntu2204 Application ssg-g018xcs3g0yxmnto4s0s 00:00:03.6138628")]
    public void AnotherCellIsADifference(string row) =>
        Assert.NotNull(ShownOutput.Compare(Shown, Lines(Shown[0], Shown[1], row)));

    [Fact]
    public void AMissingOrAnExtraLineIsADifference()
    {
        Assert.NotNull(ShownOutput.Compare(Shown, Lines(Shown[0], Shown[1])));
        Assert.NotNull(ShownOutput.Compare(Shown, Lines(Shown[0], Shown[1], Shown[2], Shown[2])));
    }

    [Fact]
    public void AnElisionStandsForAnyLines()
    {
        string[] shown = ["Count Name", "...", "  30 Application"];

        Assert.Null(ShownOutput.Compare(shown, Lines("Count Name", "600 FileSystem", "1 Crash", "30 Application")));
        Assert.Null(ShownOutput.Compare(shown, Lines("Count Name", "30 Application")));
        Assert.NotNull(ShownOutput.Compare(shown, Lines("Count Name", "30 FileSystem")));
    }

    [Fact]
    public void AnElisionNeverStandsForAnErrorAWarningOrAPrompt()
    {
        string[] shown = ["DEBUG: Region: cn-beijing from session default (Set-AppSnapshotDefault)", "..."];
        var region = new TranscriptLine(TranscriptKind.Debug, shown[0]);

        Assert.Null(ShownOutput.Compare(shown, [region, new TranscriptLine(TranscriptKind.Verbose, "VERBOSE: DescribeInstances cn-beijing")]));
        Assert.NotNull(ShownOutput.Compare(shown, [region, new TranscriptLine(TranscriptKind.Error, "Get-EcsInstance: InvalidRegionId.NotFound")]));
        Assert.NotNull(ShownOutput.Compare(shown, [region, new TranscriptLine(TranscriptKind.Warning, "WARNING: timed out")]));
        Assert.NotNull(ShownOutput.Compare(shown, [region, new TranscriptLine(TranscriptKind.Prompt, "Continue with this operation?")]));
    }

    [Fact]
    public void WithNothingShownAnErrorAWarningOrAPromptIsADifferenceAndOutputIsNot()
    {
        Assert.Null(ShownOutput.Compare([], Lines("InstanceId", "i-ubuntu2204")));
        Assert.NotNull(ShownOutput.Compare([], [new TranscriptLine(TranscriptKind.Error, "Get-EcsInstance: not found")]));
        Assert.NotNull(ShownOutput.Compare([], [new TranscriptLine(TranscriptKind.Warning, "WARNING: timed out")]));
        Assert.NotNull(ShownOutput.Compare([], [new TranscriptLine(TranscriptKind.Prompt, "Confirm")]));
    }

    [Fact]
    public void InstanceAndDiskIdsAreComparedWhileGeneratedIdsAreNot()
    {
        Assert.Equal("d-mysql-centos79-sys s-<id> t-<id>/i-win2019-sql <request-id> <time>",
            VolatileTokens.Normalize("d-mysql-centos79-sys  s-h98rny4cmzaem41pcbdv t-7bvqtg88njy2u1mkemyb/i-win2019-sql 2974677A-EAB5-4C61-9C98-89BAB530CCAC 11/28/2026 13:26:20 +00:00"));
    }

    private static List<TranscriptLine> Lines(params string[] text) => text.Select(t => new TranscriptLine(TranscriptKind.Output, t)).ToList();
}
