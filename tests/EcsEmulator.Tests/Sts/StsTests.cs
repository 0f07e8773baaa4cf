using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Sts;

public class StsTests : EmulatorTest
{
    private const string OperatorArn = "acs:ram::1234567890123456:role/appsnapshotoperatorrole";

    private async Task<Credentials> AssumeAsync(int duration = 900)
    {
        var r = (await Client.StsAsync("AssumeRole", P("RoleArn", OperatorArn), P("RoleSessionName", "test-session"), P("DurationSeconds", duration.ToString()))).AssertOk();
        var c = r["Credentials"];
        Assert.StartsWith("STS.", c.GetProperty("AccessKeyId").GetString());
        Assert.EndsWith("/test-session", r["AssumedRoleUser.Arn"].GetString());
        return new Credentials(c.GetProperty("AccessKeyId").GetString()!, c.GetProperty("AccessKeySecret").GetString()!, c.GetProperty("SecurityToken").GetString());
    }

    [Fact]
    public async Task GetCallerIdentityOfTheBuiltInKeyIsARamUserOfTheAccount()
    {
        var r = (await Client.StsAsync("GetCallerIdentity")).AssertOk();
        Assert.Equal("RAMUser", r["IdentityType"].GetString());
        Assert.Equal("1234567890123456", r["AccountId"].GetString());
    }

    [Fact]
    public async Task AssumedRoleCredentialsAuthenticateAndIdentifyAsTheRoleSession()
    {
        Client.Credentials = await AssumeAsync();
        var r = (await Client.StsAsync("GetCallerIdentity")).AssertOk();
        Assert.Equal("AssumedRoleUser", r["IdentityType"].GetString());
        (await Client.EcsAsync("DescribeRegions")).AssertOk();
    }

    [Fact]
    public async Task StsKeysWithoutTheSecurityTokenHeaderAreIncompleteSignature()
    {
        Client.Credentials = (await AssumeAsync()) with { SecurityToken = null };
        (await Client.EcsAsync("DescribeRegions")).AssertError(400, "IncompleteSignature");
    }

    [Fact]
    public async Task AWrongSecurityTokenIsMismatchWithAccessKey()
    {
        Client.Credentials = (await AssumeAsync()) with { SecurityToken = "CAISnot-the-token" };
        (await Client.EcsAsync("DescribeRegions")).AssertError(400, "InvalidSecurityToken.MismatchWithAccessKey");
    }

    [Fact]
    public async Task CredentialsStopWorkingAtExpiration()
    {
        Client.Credentials = await AssumeAsync(900);
        LetTimePass(899);
        (await Client.EcsAsync("DescribeRegions")).AssertOk();
        LetTimePass(2);
        (await Client.EcsAsync("DescribeRegions")).AssertError(400, "InvalidSecurityToken.Expired");
    }

    [Theory]
    [InlineData("899")]
    [InlineData("7201")]
    public async Task DurationOutsideNineHundredToMaxSessionIsRefused(string duration) =>
        (await Client.StsAsync("AssumeRole", P("RoleArn", OperatorArn), P("RoleSessionName", "s1"), P("DurationSeconds", duration)))
            .AssertError(400, "InvalidParameter.DurationSeconds");

    [Fact]
    public async Task AssumeRoleErrors()
    {
        (await Client.StsAsync("AssumeRole", P("RoleArn", "acs:ram::1234567890123456:role/nosuchrole"), P("RoleSessionName", "s1"))).AssertError(404, "EntityNotExist.Role");
        (await Client.StsAsync("AssumeRole", P("RoleArn", "not-an-arn"), P("RoleSessionName", "s1"))).AssertError(400, "InvalidParameter.RoleArn");
        (await Client.StsAsync("AssumeRole", P("RoleArn", OperatorArn), P("RoleSessionName", "bad session!"))).AssertError(400, "InvalidParameter.RoleSessionName");
        (await Client.StsAsync("AssumeRole", P("RoleSessionName", "s1"))).AssertError(400, "MissingParameter");
        // EcsSnapshotRole trusts only the ECS service, not the account.
        (await Client.StsAsync("AssumeRole", P("RoleArn", "acs:ram::1234567890123456:role/ecssnapshotrole"), P("RoleSessionName", "s1"))).AssertError(403, "NoPermission");
    }
}
