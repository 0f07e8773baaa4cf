using System.Text.RegularExpressions;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Auth;

public class SignatureRejectionTests : EmulatorTest
{
    private SignedRequest Regions() => new() { Action = "DescribeRegions" };

    [Fact]
    public async Task AProperlySignedRequestIsAcceptedWithAnUpperCaseGuidRequestId()
    {
        var r = (await Client.SendAsync(Regions().Build(Emulator.BaseUri))).AssertOk();
        Assert.Matches(new Regex("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"), r["RequestId"].GetString());
    }

    [Fact]
    public async Task GetIsAcceptedAsWellAsPost()
    {
        var request = Regions();
        request.Method = "GET";
        (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertOk();
    }

    [Fact]
    public async Task ParametersInAFormBodyAreAccepted()
    {
        var request = new SignedRequest { Action = "DescribeInstances", FormBody = "RegionId=cn-hangzhou&InstanceIds=%5B%22i-ubuntu2204%22%5D" };
        var r = (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertOk();
        Assert.Equal("i-ubuntu2204", r["Instances.Instance.0.InstanceId"].GetString());
    }

    [Fact]
    public async Task MissingAuthorizationIsIncompleteSignature()
    {
        var message = Regions().Build(Emulator.BaseUri);
        message.Headers.Remove("Authorization");
        var r = (await Client.SendAsync(message)).AssertError(400, "IncompleteSignature");
        foreach (var field in new[] { "RequestId", "HostId", "Code", "Message", "Recommend" }) Assert.True(r.Body.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task MalformedAuthorizationIsIncompleteSignature()
    {
        var message = Regions().Build(Emulator.BaseUri);
        message.Headers.Remove("Authorization");
        message.Headers.TryAddWithoutValidation("Authorization", "HMAC-SHA1 LTAI5tEmulatorAccess01:abc");
        (await Client.SendAsync(message)).AssertError(400, "IncompleteSignature");
    }

    [Theory]
    [InlineData("x-acs-signature-nonce")]
    [InlineData("host")]
    [InlineData("x-acs-date")]
    public async Task ARequiredHeaderLeftOutOfSignedHeadersIsIncompleteSignature(string header)
    {
        var message = Regions().Build(Emulator.BaseUri, h => h.Remove(header));
        if (header == "x-acs-date") message.Headers.Remove("x-acs-date");
        (await Client.SendAsync(message)).AssertError(400, "IncompleteSignature");
    }

    [Fact]
    public async Task AWrongSecretIsSignatureDoesNotMatch()
    {
        var request = Regions();
        request.Credentials = Credentials.Default with { AccessKeySecret = "not-the-secret" };
        (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertError(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task AQueryChangedAfterSigningIsSignatureDoesNotMatch()
    {
        var request = new SignedRequest { Action = "DescribeInstances" };
        request.Query.Add(new("RegionId", "cn-hangzhou"));
        var message = request.Build(Emulator.BaseUri);
        message.RequestUri = new Uri(message.RequestUri!.ToString().Replace("cn-hangzhou", "cn-shanghai"));
        (await Client.SendAsync(message)).AssertError(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task ABodyThatDoesNotMatchItsHashIsRefused()
    {
        var request = new SignedRequest { Action = "DescribeInstances", FormBody = "RegionId=cn-hangzhou" };
        var message = request.Build(Emulator.BaseUri);
        message.Content = new StringContent("RegionId=cn-shanghai", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        (await Client.SendAsync(message)).AssertError(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task AnUnknownAccessKeyIsInvalidAccessKeyIdNotFound()
    {
        var request = Regions();
        request.Credentials = new Credentials("LTAI5tSomebodyElse", "whatever");
        (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertError(404, "InvalidAccessKeyId.NotFound");
    }

    [Fact]
    public async Task ADateSkewedBeyondFifteenMinutesIsExpired()
    {
        var request = Regions();
        request.Date = DateTimeOffset.UtcNow.AddMinutes(-16);
        (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertError(400, "InvalidTimeStamp.Expired");
    }

    [Fact]
    public async Task ADateWithinFifteenMinutesIsAccepted()
    {
        var request = Regions();
        request.Date = DateTimeOffset.UtcNow.AddMinutes(-14);
        (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertOk();
    }

    [Fact]
    public async Task ABadlyFormattedDateIsInvalidTimeStampFormat()
    {
        var message = Regions().Build(Emulator.BaseUri, h => h["x-acs-date"] = "2024/01/02 03:04:05");
        message.Headers.Remove("x-acs-date");
        message.Headers.TryAddWithoutValidation("x-acs-date", "2024/01/02 03:04:05");
        (await Client.SendAsync(message)).AssertError(400, "InvalidTimeStamp.Format");
    }

    [Fact]
    public async Task AReplayedNonceIsSignatureNonceUsed()
    {
        var request = Regions();
        (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertOk();
        (await Client.SendAsync(request.Build(Emulator.BaseUri))).AssertError(400, "SignatureNonceUsed");
    }

    [Fact]
    public async Task AnUnknownActionOrVersionIsInvalidApiNotFound()
    {
        (await Client.EcsAsync("DescribeUnicorns")).AssertError(404, "InvalidApi.NotFound");
        (await Client.CallAsync("2099-01-01", "DescribeRegions", [])).AssertError(404, "InvalidApi.NotFound");
        var ram = (await Client.CallAsync(EmulatorClient.Ram, "DescribeRegions", [])).AssertError(404, "InvalidApi.NotFound");
        Assert.Contains("product=Ram", ram["Recommend"].GetString());
    }
}
