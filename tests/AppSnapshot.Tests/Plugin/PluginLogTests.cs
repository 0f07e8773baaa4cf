using System.Text;
using AppSnapshot.Models;
using AppSnapshot.Plugin;
using static AppSnapshot.Tests.Plugin.PluginLogSamples;

namespace AppSnapshot.Tests.Plugin;

public class PluginLogTests
{
    private static DateTime At(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss.fffffff", null);

    [Fact]
    public void LinuxAppConsistentRunYieldsGroupTimingsAndScriptOutput()
    {
        var log = PluginLog.Parse(LinuxAppConsistent);

        Assert.Equal("ssg-bp1abcdef0123456", log.SnapshotGroupId);
        Assert.Equal(Consistency.Application, log.ConsistencyFromMessages);
        Assert.Equal(TimeSpan.FromTicks(38_204_978), log.TotalCost);
        Assert.Equal(TimeSpan.FromTicks(29_307_022), log.QueryCost);
        Assert.Equal(TimeSpan.FromTicks(10_314_269), log.PreScriptDuration);
        Assert.Equal(TimeSpan.FromTicks(208_077), log.PostScriptDuration);
        Assert.Equal(TimeSpan.FromSeconds(8.8), log.PrepareFreezeDuration);
        Assert.Equal(TimeSpan.FromTicks(15_597_662), log.ThawDuration);
        Assert.Equal(TimeSpan.FromTicks(19_560_813), log.SnapshotCreationDuration);
        Assert.Equal(TimeSpan.FromTicks(1_374_025), log.TagDuration);
        Assert.Equal(At("2021-08-03 18:58:41.8782386"), log.FreezeStart);
        Assert.Equal(At("2021-08-03 18:58:44.2249142"), log.ThawEnd);
        Assert.Equal(log.ThawEnd - log.FreezeStart, log.FreezeDuration);
        Assert.Equal(At("2021-08-03 18:58:41.8782287"), log.FirstRecordTime);
        Assert.Empty(log.Warnings);

        Assert.StartsWith("*****\n[INFO]:Begin to freeze mysql.", log.GuestOutput);
        Assert.Contains("[INFO]:Flush tables command execute success\n[INFO]:Try to stop sql process 14.", log.GuestOutput);
        Assert.EndsWith("[INFO]:Finish thaw mysql.", log.GuestOutput);
    }

    [Fact]
    public void RecordsExposeLevelTimeMessageAndAllFields()
    {
        var log = PluginLog.Parse(LinuxAppConsistent);

        var first = log.Records[0];
        Assert.Equal("info", first.Level);
        Assert.Equal(At("2021-08-03 18:58:41.8782287"), first.Time); // nine digits truncated, not rounded
        Assert.Equal("AppConsistent Snapshots with Pre/Post-Script Enabled", first.Message);
        Assert.Equal(3, first.Fields.Count);
        Assert.Contains("AppConsistent Snapshots", first.ToString());

        var last = log.Records[log.Records.Count - 1];
        Assert.Equal("ssg-bp1abcdef0123456", last.Fields["SnapshotGroup"]);
        var outputRecord = log.Records[2];
        Assert.Null(outputRecord.Level);
        Assert.Null(outputRecord.Time);
        Assert.True(outputRecord.Fields.ContainsKey("output"));
    }

    [Fact]
    public void LinesAreTheDecodedTextSplitWithoutTheTrailingEmptyLine()
    {
        var log = PluginLog.Parse("a\r\nb\nc\n");
        Assert.Equal(new[] { "a", "b", "c" }, log.Lines);
        Assert.Equal(LinuxAppConsistent.TrimEnd('\n').Split('\n').Length, PluginLog.Parse(LinuxAppConsistent).Lines.Count);
    }

    [Fact]
    public void LinuxFileSystemConsistentRunHasNoScriptTimes()
    {
        var log = PluginLog.Parse(LinuxFileSystemConsistent);

        Assert.Equal("ssg-uf6fs0000001", log.SnapshotGroupId);
        Assert.Equal(Consistency.FileSystem, log.ConsistencyFromMessages);
        Assert.Null(log.PreScriptDuration);
        Assert.Null(log.GuestOutput);
        Assert.Equal(At("2024-05-06 10:00:00.2000000"), log.FreezeStart);
        Assert.Equal(At("2024-05-06 10:00:02.7000000"), log.ThawEnd);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), log.FreezeDuration);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void PreScriptFailureFallbackIsReportedAsFileSystemWithWarnings()
    {
        var log = PluginLog.Parse(LinuxPreScriptFallback);

        Assert.Equal(Consistency.FileSystem, log.ConsistencyFromMessages);
        Assert.Equal("ssg-uf6fallback01", log.SnapshotGroupId);
        Assert.Contains("mysql.cnf must be owned by root", log.GuestOutput);
        Assert.Contains(log.Warnings, w => w.StartsWith("warning: Execute PreScript failed"));
        Assert.Contains(log.Warnings, w => w.Contains("fell back to a file-system-consistent snapshot"));
        Assert.Equal(At("2024-05-06 11:00:00.1000000"), log.FreezeStart);
    }

    [Fact]
    public void WindowsWithSqlServerWriterIsApplicationConsistentDespiteTheMisspelledTagMessage()
    {
        var log = PluginLog.Parse(WindowsSqlServer);

        Assert.Equal("ssg-bp1win0000sql", log.SnapshotGroupId);
        Assert.Equal(Consistency.Application, log.ConsistencyFromMessages);
        Assert.Contains("* Writer 'SqlServerWriter':", log.GuestOutput);
        Assert.Contains(@"Add VolumePath=\\?\Volume{2a7ccdad-0000-100000000000}\, VolumeName=C:\", log.GuestOutput);
        Assert.Equal(TimeSpan.FromTicks(161_577_980), log.PrepareFreezeDuration);
        Assert.Equal(At("2021-08-05 16:42:59.9732143"), log.FreezeStart); // the seed's "frozen at"
        Assert.Equal(At("2021-08-05 16:43:03.4891013"), log.ThawEnd);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void AppConistentSpellingAloneIsEnough()
    {
        var log = PluginLog.Parse("[level=\"info\"][time=\"2025-03-04 16:09:28.0355042\"][message=\"Tag snapshots with AppConistent\"]");
        Assert.Equal(Consistency.Application, log.ConsistencyFromMessages);
    }

    [Fact]
    public void WindowsWithoutWritersIsFileSystemConsistent()
    {
        var log = PluginLog.Parse(WindowsWithoutWriters);

        Assert.Equal(Consistency.FileSystem, log.ConsistencyFromMessages);
        Assert.Equal("ssg-win0nowriters", log.SnapshotGroupId);
        Assert.Equal("Writers excluded by EnableWriters=false", log.GuestOutput);
        Assert.Equal(TimeSpan.FromSeconds(3.5), log.FreezeDuration);
    }

    [Fact]
    public void TheFirstRecordTimeIsThatOfTheFirstRecordWithATime()
    {
        var log = PluginLog.Parse("[output=\"\nscript says hi\n\"]\n[level=\"info\"][time=\"2026-11-21 17:30:00.45\"][message=\"Get RamRole\"]\n");

        Assert.Equal(At("2026-11-21 17:30:00.4500000"), log.FirstRecordTime);
        Assert.Null(PluginLog.Parse("no records at all").FirstRecordTime);
    }

    [Fact]
    public void FailureLogHasNoGroupAndSurfacesTheErrorAsAWarning()
    {
        var log = PluginLog.Parse(NoRamRoleFailure);

        Assert.Null(log.SnapshotGroupId);
        Assert.Equal(Consistency.Unknown, log.ConsistencyFromMessages);
        Assert.Null(log.TotalCost);
        Assert.Null(log.FreezeStart);
        Assert.Null(log.FreezeDuration);
        Assert.Equal(new[] { "error: No RAM role attached to the instance, please attach a RAM role with snapshot permissions" }, log.Warnings);
    }

    [Fact]
    public void TruncatedOutputKeepsWhatWasParsedAndWarns()
    {
        var cut = LinuxAppConsistent.Substring(0, LinuxAppConsistent.IndexOf("[INFO]:Flush tables", StringComparison.Ordinal));

        var log = PluginLog.Parse(cut);

        Assert.Equal(3, log.Records.Count);
        Assert.Contains("[INFO]:Begin to freeze mysql.", log.GuestOutput);
        Assert.Contains(log.Warnings, w => w.Contains("truncated"));
        Assert.Equal(At("2021-08-03 18:58:41.8782386"), log.FreezeStart);
        Assert.Null(log.ThawEnd);
        Assert.Null(log.FreezeDuration);
    }

    [Fact]
    public void MultiLineOutputMayContainQuotesAndBrackets()
    {
        const string text = """
            [level="info"][time="2024-01-01 00:00:00"][message="Start to Execute PreScript /tmp/prescript.sh"]
            [output="He said "hi"] and [x="y"] stayed inside
            a line with ] and "] in the middle
            ["quoted"] at the start
            "]
            [level="info"][time="2024-01-01 00:00:01"][message="Execute PreScript Successfully"]
            """;

        var log = PluginLog.Parse(text);

        Assert.Equal("He said \"hi\"] and [x=\"y\"] stayed inside\na line with ] and \"] in the middle\n[\"quoted\"] at the start", log.GuestOutput);
        Assert.Equal(3, log.Records.Count);
        Assert.Equal("Execute PreScript Successfully", log.Records[2].Message);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void JsonStyleEscapedRenderingFromTheDocsParsesTheSame()
    {
        const string escaped = @"[time=\""2025-03-04 16:09:25.8200239\""][message=\""Finish SnapshotGroup=ssg-2zefohc25d7n1grq**** Creation, TotalCost=3.8204978s, QueryCost=2.9307022s\""]\n[level=\""info\""][time=\""2025-03-04 16:09:25.8200239\""][message=\""Prepare to Thaw FileSystem or Applications\""]\n[requestor=\""\n\""]\n[level=\""info\""][time=\""2025-03-04 16:09:27.7133096\""][message=\""Thaw Write Request Done\""]\n[level=\""info\""][time=\""2025-03-04 16:09:28.0355042\""][message=\""Tag snapshots with AppConistent\""]\n[level=\""info\""][time=\""2025-03-04 16:09:28.0365941\""][message=\""Take AppConsistent snapshots successfully\""]";

        var log = PluginLog.Parse(escaped);

        Assert.Equal(6, log.Records.Count);
        Assert.Equal("ssg-2zefohc25d7n1grq****", log.SnapshotGroupId);
        Assert.Equal(Consistency.Application, log.ConsistencyFromMessages);
        Assert.Equal(TimeSpan.FromTicks(38_204_978), log.TotalCost);
        Assert.Equal(At("2025-03-04 16:09:27.7133096"), log.ThawEnd);
        Assert.Null(log.GuestOutput);
    }

    [Fact]
    public void EscapedRenderingKeepsBackslashesOfWindowsPathsAndUnknownEscapes()
    {
        const string escaped = @"[level=\""info\""][message=\""Add VolumePath=C:\\data\tx \q\""]\n[output=\""end\\\";

        var log = PluginLog.Parse(escaped);

        Assert.Equal("Add VolumePath=C:\\data\tx \\q", log.Records[0].Message);
        Assert.Equal("end\\\\", log.GuestOutput); // an escaped backslash, then a lone trailing one
        Assert.Contains(log.Warnings, w => w.Contains("truncated"));
    }

    [Fact]
    public void UnquotedValuesAsInTheConsoleScreenshotAreRead()
    {
        var log = PluginLog.Parse("[level=info][time=2021-08-03 18:58:41.676752828][message=Take AppConsistent snapshots successfully]");

        Assert.Equal("info", log.Records[0].Level);
        Assert.Equal(At("2021-08-03 18:58:41.6767528"), log.Records[0].Time);
        Assert.Equal(Consistency.Application, log.ConsistencyFromMessages);
    }

    [Fact]
    public void GroupIdComesFromTheSnapshotGroupFieldFirst()
    {
        var log = PluginLog.Parse("""
            [message="Finish SnapshotGroup=ssg-frommessage Creation"]
            [snapshotgroup="ssg-fromfield"][message="Finish whole Processes of Snapshot successfully"]
            """);
        Assert.Equal("ssg-fromfield", log.SnapshotGroupId);
    }

    [Fact]
    public void GroupIdFallsBackToGroupIdInMessages()
    {
        var log = PluginLog.Parse("[message=\"SnapshotGroup, requestId=X, GroupId=ssg-viagroupid, Cost:5ms\"]");
        Assert.Equal("ssg-viagroupid", log.SnapshotGroupId);
    }

    [Fact]
    public void UnknownKeysGarbageAndMissingLinesAreTolerated()
    {
        const string text = """
            [
            garbage line without fields
            [level="info"][time="not a time"][pid="4711"][message=Start to Freeze FileSystem] trailing junk
            [level="info"] [message="spaced fields stay in one record"]
            [unterminated-unquoted=abc
            [9bad="key"]
            [level="debug"][time="2024-13-45 99:99:99"][message="bad date"]
            [level="info"][level="second wins? no, first"][message="dup"]
            """;

        var log = PluginLog.Parse(text);

        Assert.Equal(4, log.Records.Count);
        Assert.Equal("4711", log.Records[0].Fields["pid"]);
        Assert.Null(log.Records[0].Time);
        Assert.Equal("spaced fields stay in one record", log.Records[1].Message);
        Assert.Null(log.Records[2].Time);
        Assert.Equal("info", log.Records[3].Level);
        Assert.Null(log.FreezeStart); // the only freeze record has no usable time
        Assert.Empty(log.Warnings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("]]]\"\"\"[[[")]
    [InlineData("[a=\"")]
    [InlineData("[a=")]
    [InlineData("[\"]")]
    [InlineData("\0\0\0")]
    public void DegenerateInputNeverThrows(string? text)
    {
        var log = PluginLog.Parse(text);
        Assert.Equal(Consistency.Unknown, log.ConsistencyFromMessages);
        Assert.Null(log.SnapshotGroupId);
    }

    [Fact]
    public void FromBase64DecodesUtf8()
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(WindowsSqlServer));

        var log = PluginLog.FromBase64(base64);

        Assert.Equal("ssg-bp1win0000sql", log.SnapshotGroupId);
        Assert.Equal(Consistency.Application, log.ConsistencyFromMessages);
    }

    [Fact]
    public void FromBase64KeepsChineseText()
    {
        var log = PluginLog.FromBase64(Convert.ToBase64String(Encoding.UTF8.GetBytes("[message=\"快照组 SnapshotGroup=ssg-cn1 已创建\"]")));
        Assert.Equal("快照组 SnapshotGroup=ssg-cn1 已创建", log.Records[0].Message);
    }

    [Theory]
    [InlineData("not base64!!")]
    [InlineData("YWJj=")]
    [InlineData("%%%%")]
    public void InvalidBase64GivesAnEmptyLogWithAWarning(string base64)
    {
        var log = PluginLog.FromBase64(base64);

        Assert.Empty(log.Records);
        Assert.Empty(log.Lines);
        Assert.Null(log.SnapshotGroupId);
        Assert.Equal(new[] { "The plug-in output is not valid Base64; it was ignored." }, log.Warnings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void MissingBase64GivesAnEmptyLogWithoutWarnings(string? base64)
    {
        var log = PluginLog.FromBase64(base64);
        Assert.Empty(log.Records);
        Assert.Empty(log.Warnings);
        Assert.Empty(PluginLog.Empty.Records);
    }

    [Fact]
    public void FailedMessagesDoNotCountAsConsistencyEvidence()
    {
        var log = PluginLog.Parse("""
            [level="error"][message="Tag snapshots with AppConsistent failed"]
            [level="error"][message="Failed to tag FsConsistent"]
            """);
        Assert.Equal(Consistency.Unknown, log.ConsistencyFromMessages);
        Assert.Equal(2, log.Warnings.Count);
    }

    [Fact]
    public void PostScriptFailureStillEndsTheFreezeWindow()
    {
        var log = PluginLog.Parse("""
            [level="info"][time="2024-01-01 00:00:00"][message="Start to Execute PreScript /tmp/prescript.sh"]
            [level="error"][time="2024-01-01 00:00:07.5"][message="Execute PostScript failed: exit status 1"]
            """);
        Assert.Equal(TimeSpan.FromSeconds(7.5), log.FreezeDuration);
        Assert.Equal(new[] { "error: Execute PostScript failed: exit status 1" }, log.Warnings);
    }
}
