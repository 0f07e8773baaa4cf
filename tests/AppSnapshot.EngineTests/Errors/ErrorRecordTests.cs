using System.Management.Automation;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Errors;

/// <summary>The ErrorRecords a user sees: FullyQualifiedErrorId, category, target and the recommended action.</summary>
public class ErrorRecordTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public ErrorRecordTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Fact]
    public void AnInvalidGroupNameNamesTheParameterAndChangesNothing()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204 -Name 1abc");

        var error = Assert.Single(run.Errors);
        Assert.Equal("InvalidParameterValue,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("Name", error.TargetObject);
        Assert.StartsWith("-Name: ", error.Exception.Message);
        Assert.Equal("Correct the value of -Name and run the command again. Nothing was changed.", error.ErrorDetails.RecommendedAction);
        Assert.Empty(run.Output);
        Assert.Equal("", _emulator.State().ChangingCalls);
    }

    [Fact]
    public void AnInvokeIdOfTheWrongShapeIsRefusedByParameterValidation()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("Get-AppSnapshotResult -InvokeId not-an-invoke-id");

        var error = Assert.Single(run.Errors);
        Assert.Equal("ParameterArgumentValidationError,AppSnapshot.Commands.GetAppSnapshotResultCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("'InvokeId'", error.Exception.Message);
        Assert.Empty(_emulator.Control.GetCallCounts());
    }

    [Fact]
    public void AnUnknownInstanceIsObjectNotFoundWithTheRegionToCheck()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("Get-EcsInstanceRamRole -InstanceId i-mysql-centos79, i-doesnotexist");

        var error = Assert.Single(run.Errors);
        Assert.Equal("InstanceNotFound,AppSnapshot.Commands.GetEcsInstanceRamRoleCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("i-doesnotexist", error.TargetObject);
        Assert.Contains("cn-hangzhou", error.Exception.Message);
        Assert.Contains("-RegionId", error.ErrorDetails.RecommendedAction);
        Assert.Equal(["i-mysql-centos79"], run.Values<string>("InstanceId"));
    }

    [Fact]
    public void AnInstanceWithoutRoleIsRefusedWithTheCommandsThatFixIt()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("New-AppConsistentSnapshotGroup -InstanceId i-no-role -Name engine-norole");

        var error = Assert.Single(run.Errors);
        Assert.Equal("RamRoleNotAttached,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal("Run Initialize-AppSnapshotRamRole, then Set-EcsInstanceRamRole -InstanceId i-no-role.", error.ErrorDetails.RecommendedAction);
        Assert.Equal(0, _emulator.Control.GetSnapshotGroupCount("i-no-role"));
        Assert.DoesNotContain("RunCommand", _emulator.Control.GetCallCounts().Keys);
    }

    [Fact]
    public void AWrongSecretIsAnAuthenticationErrorThatShowsNeitherSecret()
    {
        const string wrongSecret = "WrongSecretEngineTest0123456789";
        using var session = _emulator.OpenSession();
        var credential = TestCredential.For(EcsEmulator.EmulatorHost.AccessKeyId, wrongSecret);

        var run = session.Run("Get-EcsInstance -InstanceId i-ubuntu2204 -Credential $wrong -Debug -Verbose", ("wrong", credential));

        var error = Assert.Single(run.Errors);
        Assert.Equal("AcsApi.SignatureDoesNotMatch,AppSnapshot.Commands.GetEcsInstanceCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("AccessKey secret", error.ErrorDetails.RecommendedAction);
        StreamAssert.NoSecret(run, secret: wrongSecret);
        StreamAssert.NoSecret(run);
    }

    [Fact]
    public void AScriptCanCatchAnErrorByItsErrorId()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("""
            try { New-AppConsistentSnapshotGroup -InstanceId i-no-role -Name engine-catch -ErrorAction Stop }
            catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
            """);

        // A caught error still sets HadErrors; it must not reach the error stream.
        Assert.Null(run.Exception);
        Assert.Empty(run.Errors);

        Assert.Equal(["RamRoleNotAttached,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand", "AppSnapshot.Output.AppSnapshotException"],
            run.Output.Select(o => o.BaseObject.ToString()));
    }
}
