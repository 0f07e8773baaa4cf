using AppSnapshot.Output;
using AppSnapshot.Plugin;

namespace AppSnapshot.Tests.Plugin;

public class ExitCodeTableTests
{
    public static TheoryData<int, string, ErrorKind, string> Documented => new()
    {
        { 0, "PluginSucceeded", ErrorKind.NotSpecified, "Consistency" },
        { 1, "PluginConditionNotMet", ErrorKind.InvalidOperation, "Test-AppSnapshotPrerequisite" },
        { 2, "PluginBadParameters", ErrorKind.InvalidArgument, "AppSnapshot maintainers" },
        { 3, "PluginNoEssdOrRoleLacksPermission", ErrorKind.PermissionDenied, "Initialize-AppSnapshotRamRole" },
        { 4, "PluginGroupCreationFailed", ErrorKind.InvalidOperation, "-ExcludeDiskId" },
        { 5, "PluginGroupUnexpectedState", ErrorKind.InvalidResult, "Remove-EcsSnapshotGroup" },
        { 6, "PluginGroupCreationTimedOut", ErrorKind.OperationTimeout, "Remove-EcsSnapshotGroup" },
        { 7, "PluginDiskSnapshotUnexpectedState", ErrorKind.InvalidResult, "Remove-EcsSnapshotGroup" },
        { 8, "PluginTaggingFailed", ErrorKind.PermissionDenied, "ecs:TagResources" },
        { 9, "PluginPreScriptFailed", ErrorKind.InvalidOperation, "/tmp/prescript.sh" },
        { 10, "PluginPostScriptFailed", ErrorKind.InvalidOperation, "/tmp/postscript.sh" },
        { 11, "PluginFreezeFailed", ErrorKind.DeviceError, "-FreezeTimeoutSeconds" },
        { 12, "PluginThawFailed", ErrorKind.DeviceError, "fsfreeze -u" },
        { 13, "PluginNoRamRole", ErrorKind.PermissionDenied, "Set-EcsInstanceRamRole -RamRoleName AppSnapshotRoleName" },
        { 14, "PluginSnapshotQuotaExceeded", ErrorKind.QuotaExceeded, "Remove-EcsSnapshotGroup" },
        { 15, "PluginSnapshotUnexpectedState", ErrorKind.InvalidResult, "Remove-EcsSnapshotGroup" },
        { 16, "PluginPreviousSnapshotInProgress", ErrorKind.ResourceBusy, "-InstantAccess" },
        { 255, "PluginUnknownError", ErrorKind.NotSpecified, "GuestOutput" },
    };

    [Theory]
    [MemberData(nameof(Documented))]
    public void EveryDocumentedCodeHasItsStableIdKindAndAnActionableFix(int code, string errorId, ErrorKind kind, string actionMentions)
    {
        var info = ExitCodeTable.Explain(code);

        Assert.Equal(code, info.Code);
        Assert.Equal(errorId, info.ErrorId);
        Assert.Equal(kind, info.Kind);
        Assert.Contains(actionMentions, info.RecommendedAction);
        Assert.False(string.IsNullOrWhiteSpace(info.Meaning));
        Assert.Equal(code == 0, info.IsSuccess);
        Assert.StartsWith($"{code} {errorId}: ", info.ToString());
    }

    [Fact]
    public void NoRamRoleTellsHowToCreateAndAttachIt()
    {
        var action = ExitCodeTable.Explain(13).RecommendedAction;
        Assert.Contains("Initialize-AppSnapshotRamRole", action);
        Assert.Contains("New-AppConsistentSnapshotGroup", action);
    }

    [Fact]
    public void EssdOrPermissionMentionsBoth()
    {
        var action = ExitCodeTable.Explain(3).RecommendedAction;
        Assert.Contains("ESSD", action);
        Assert.Contains("AppSnapshotPolicy", action);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void ScriptFailuresPointToSendAppSnapshotScriptAndTheGuestOutput(int code)
    {
        var action = ExitCodeTable.Explain(code).RecommendedAction;
        Assert.Contains("Send-AppSnapshotScript", action);
        Assert.Contains("GuestOutput", action);
    }

    [Fact]
    public void AllListsEveryDocumentedCodeOnceInOrder()
    {
        var codes = ExitCodeTable.All.Select(i => i.Code).ToArray();
        Assert.Equal(Enumerable.Range(0, 17).Append(255), codes);
        Assert.Equal(codes.Length, ExitCodeTable.All.Select(i => i.ErrorId).Distinct().Count());
        Assert.All(ExitCodeTable.All, i => Assert.StartsWith("Plugin", i.ErrorId));
        Assert.DoesNotContain(ExitCodeTable.All, i => i.ErrorId == ExitCodeTable.UndocumentedErrorId);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(-1)]
    [InlineData(254)]
    [InlineData(1000)]
    public void UndocumentedCodesGetAFallbackThatNamesTheCode(int code)
    {
        var info = ExitCodeTable.Explain(code);
        Assert.Equal(code, info.Code);
        Assert.Equal("PluginUndocumentedExitCode", info.ErrorId);
        Assert.Contains($"exit code {code}", info.Meaning);
        Assert.False(info.IsSuccess);
        Assert.Contains("Test-AppSnapshotPrerequisite", info.RecommendedAction);
    }
}
