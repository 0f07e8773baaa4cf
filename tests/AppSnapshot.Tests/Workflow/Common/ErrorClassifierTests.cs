using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Tests.Workflow.Common;

public class ErrorClassifierTests
{
    private static AcsApiException Api(string code, int status) => new(code, "message", "REQ-1", status, "RunCommand", "Ecs");

    [Theory]
    [InlineData("Throttling.User", 400, ErrorKind.LimitsExceeded)]
    [InlineData("SignatureDoesNotMatch", 400, ErrorKind.AuthenticationError)]
    [InlineData("IncompleteSignature", 400, ErrorKind.AuthenticationError)]
    [InlineData("InvalidAccessKeyId.NotFound", 404, ErrorKind.AuthenticationError)]
    [InlineData("InvalidSecurityToken.Expired", 400, ErrorKind.AuthenticationError)]
    [InlineData("InvalidTimeStamp.Expired", 400, ErrorKind.AuthenticationError)]
    [InlineData("Forbidden.RAM", 403, ErrorKind.PermissionDenied)]
    [InlineData("NoPermission", 403, ErrorKind.PermissionDenied)]
    [InlineData("InvalidUser.PassRoleForbidden", 403, ErrorKind.PermissionDenied)]
    [InlineData("InvalidInstanceId.NotFound", 404, ErrorKind.ObjectNotFound)]
    [InlineData("EntityNotExist.Role", 404, ErrorKind.ObjectNotFound)]
    [InlineData("EntityAlreadyExists.Role", 409, ErrorKind.ResourceExists)]
    [InlineData("IncorrectInstanceStatus", 403, ErrorKind.InvalidOperation)]
    [InlineData("IncorrectDiskStatus.CreatingSnapshot", 403, ErrorKind.InvalidOperation)]
    [InlineData("InvalidCmdId.NotFound", 404, ErrorKind.ObjectNotFound)]
    [InlineData("Invocation.ExceedQuota", 403, ErrorKind.QuotaExceeded)]
    [InlineData("QuotaExceed.Snapshot", 403, ErrorKind.QuotaExceeded)]
    [InlineData("CmdContent.ExceedLimit", 403, ErrorKind.QuotaExceeded)]
    [InlineData("InternalError", 500, ErrorKind.ResourceUnavailable)]
    [InlineData("InvalidParameter.Name", 400, ErrorKind.InvalidArgument)]
    [InlineData("MissingParameter", 400, ErrorKind.InvalidArgument)]
    [InlineData("SomethingNew", 400, ErrorKind.NotSpecified)]
    public void ApiErrorsGetAStableIdAFittingCategoryAndAFix(string code, int status, ErrorKind kind)
    {
        var error = ErrorClassifier.Classify(Api(code, status));

        Assert.Equal("AcsApi." + code, error.ErrorId);
        Assert.Equal(kind, error.Kind);
        Assert.Equal("RunCommand", error.Target);
        Assert.False(string.IsNullOrWhiteSpace(error.RecommendedAction));
        Assert.IsType<AcsApiException>(error.Exception);
    }

    [Fact]
    public void OtherFailuresMapToTheirOwnIds()
    {
        Assert.Equal(("AcsTransportFailure", ErrorKind.ConnectionError),
            Pair(ErrorClassifier.Classify(new AcsTransportException("refused", "DescribeInstances", "Ecs", 5))));
        Assert.Equal(("AcsConfiguration", ErrorKind.InvalidOperation),
            Pair(ErrorClassifier.Classify(new AcsConfigurationException("No region is known"))));
        Assert.Equal(("OperationStopped", ErrorKind.OperationStopped),
            Pair(ErrorClassifier.Classify(new OperationCanceledException())));
        Assert.Equal(("Mine", ErrorKind.InvalidOperation),
            Pair(ErrorClassifier.Classify(new AppSnapshotException("m", "Mine"))));
        Assert.Equal(("UnexpectedError", ErrorKind.NotSpecified),
            Pair(ErrorClassifier.Classify(new InvalidTimeZoneException("x"))));

        var argument = ErrorClassifier.Classify(new ArgumentException("Name must start with a letter.", "Name"));
        Assert.Equal(("InvalidParameterValue", ErrorKind.InvalidArgument), Pair(argument));
        Assert.Equal("Name", argument.Target);
        Assert.Contains("-Name", argument.RecommendedAction);
        Assert.Null(ErrorClassifier.Classify(new ArgumentException("no parameter")).RecommendedAction);
        Assert.Throws<ArgumentNullException>(() => ErrorClassifier.Classify(null!));
    }

    [Theory]
    [InlineData("Forbidden.RAM", 403)]
    [InlineData("InvalidInstance.NotMatch", 400)]
    [InlineData("ServiceUnavailable", 503)]
    public void PerInstanceErrorsShareTheCategoryAndAdviceOfTerminatingOnes(string code, int status)
    {
        var terminating = ErrorClassifier.Classify(Api(code, status));
        var perInstance = AppSnapshot.Workflow.Common.ApiErrors.ToError(Api(code, status), "i-1", "Starting the plug-in", "RunCommandFailed");

        Assert.Equal(("RunCommandFailed", "i-1"), (perInstance.ErrorId, perInstance.Target));
        Assert.Equal((terminating.Kind, terminating.RecommendedAction), (perInstance.Kind, perInstance.RecommendedAction));
        Assert.StartsWith("Starting the plug-in failed: ", perInstance.Message);

        var transport = AppSnapshot.Workflow.Common.ApiErrors.ToError(new AcsTransportException("reset", "RunCommand", "Ecs", 5), "i-1", "x");
        Assert.Equal((ErrorKind.ConnectionError, ErrorClassifier.Classify(new AcsTransportException("reset", "RunCommand", "Ecs", 5)).RecommendedAction),
            (transport.Kind, transport.RecommendedAction));
    }

    private static (string, ErrorKind) Pair(OperationError e) => (e.ErrorId, e.Kind);
}
