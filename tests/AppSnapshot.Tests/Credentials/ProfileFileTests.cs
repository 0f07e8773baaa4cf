using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Credentials;

/// <summary>Malformed or incomplete profile files give errors naming the file and the key, never a value.</summary>
public sealed class ProfileFileTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    private AcsConfigurationException Fails(ConnectionOptions? options = null) =>
        Assert.Throws<AcsConfigurationException>(() => new ClientFactory(_env.Build(), TestEnvironment.FastSettings()).Connect(options ?? new ConnectionOptions()));

    [Fact]
    public void MalformedJsonNamesTheFileAndOffsetButNotTheContent()
    {
        var path = _env.WriteCliConfig("{ \"profiles\": [ { \"name\": \"default\", \"access_key_secret\": \"TopSecretValue\" ");
        var ex = Fails();
        Assert.StartsWith(path + ": Invalid JSON at offset ", ex.Message);
        Assert.DoesNotContain("TopSecretValue", ex.ToString());
    }

    [Theory]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "RamRoleArn", "access_key_id": "LTAIx0000000001", "access_key_secret": "s" } ] }""", "profile 'ops' in {0}: mode RamRoleArn needs ram_role_arn.")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "AK", "access_key_id": "LTAIx0000000001" } ] }""", "profile 'ops' in {0}: mode AK needs access_key_secret.")]
    [InlineData("""{ "profiles": [ { "name": "ops", "access_key_secret": "s" } ] }""", "profile 'ops' in {0}: mode AK needs access_key_id.")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "StsToken", "access_key_id": "a", "access_key_secret": "s" } ] }""", "profile 'ops' in {0}: mode StsToken needs sts_token.")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "ChainableRamRoleArn", "ram_role_arn": "acs:ram::1:role/r" } ] }""", "profile 'ops' in {0}: mode ChainableRamRoleArn needs source_profile.")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "ChainableRamRoleArn", "source_profile": "ops", "ram_role_arn": "r" } ] }""", "profile 'ops' in {0}: source_profile names the profile itself.")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "ChainableRamRoleArn", "source_profile": "b", "ram_role_arn": "r" }, { "name": "b", "mode": "ChainableRamRoleArn", "source_profile": "ops", "ram_role_arn": "r" } ] }""", "profile 'ops' in {0}: source_profile chain loops back to 'ops'.")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "ChainableRamRoleArn", "source_profile": "gone", "ram_role_arn": "r" } ] }""", "profile 'gone' in {0}: no such profile (profiles in the file: ops).")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "OIDC" } ] }""", "profile 'ops' in {0}: mode 'OIDC' is not supported (supported: AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn).")]
    [InlineData("""{ "profiles": [ { "name": "ops", "mode": "RamRoleArn", "access_key_id": "a", "access_key_secret": "s", "ram_role_arn": "r", "expired_seconds": "soon" } ] }""", "profile 'ops' in {0}: expired_seconds must be a whole number of seconds.")]
    [InlineData("""{ "profiles": { "name": "ops" } }""", "{0}: 'profiles' must be an array.")]
    [InlineData("""{ "profiles": [ { "mode": "AK" } ] }""", "{0}: every entry of 'profiles' needs a 'name'.")]
    [InlineData("""[ 1 ]""", "{0}: the top level must be a JSON object.")]
    public void IncompleteCliProfilesNameFileAndKey(string json, string expected)
    {
        var path = _env.WriteCliConfig(json);
        Assert.Equal(string.Format(expected, path), Fails(new ConnectionOptions { ProfileName = "ops" }).Message);
    }

    [Theory]
    [InlineData("access_key_id = x\n", "{0} line 1: key outside of any [section].")]
    [InlineData("[default]\njust words\n", "{0} line 2: expected key = value.")]
    [InlineData("[default\n", "{0} line 1: a section header must look like [name].")]
    [InlineData("[default]\ntype = ram_role_arn\naccess_key_id = a\naccess_key_secret = s\n", "section [default] in {0}: type ram_role_arn needs role_arn.")]
    [InlineData("[default]\ntype = sts\naccess_key_id = a\naccess_key_secret = s\n", "section [default] in {0}: type sts needs security_token.")]
    [InlineData("[default]\ntype = rsa_key_pair\n", "section [default] in {0}: type 'rsa_key_pair' is not supported (supported: access_key, sts, ram_role_arn, ecs_ram_role).")]
    public void MalformedIniNamesFileLineAndKey(string text, string expected)
    {
        var path = _env.WriteIni(text);
        Assert.Equal(string.Format(expected, path), Fails().Message);
    }
}
