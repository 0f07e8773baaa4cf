using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Ram;

public class RamTests : EmulatorTest
{
    private const string Trust = """{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":["ecs.aliyuncs.com"]}}],"Version":"1"}""";
    private const string Policy = """{"Version":"1","Statement":[{"Effect":"Allow","Action":["ecs:CreateSnapshot*"],"Resource":["*"]}]}""";

    [Fact]
    public async Task TheAppSnapshotRoleDoesNotExistUntilCreated()
    {
        (await Client.RamAsync("GetRole", P("RoleName", "AppSnapshotRoleName"))).AssertError(404, "EntityNotExist.Role");
        var created = (await Client.RamAsync("CreateRole", P("RoleName", "AppSnapshotRoleName"), P("AssumeRolePolicyDocument", Trust), P("Description", "d"))).AssertOk();
        Assert.Equal("acs:ram::1234567890123456:role/appsnapshotrolename", created["Role.Arn"].GetString());
        var got = (await Client.RamAsync("GetRole", P("RoleName", "AppSnapshotRoleName"))).AssertOk();
        Assert.Equal(Trust, got["Role.AssumeRolePolicyDocument"].GetString());
        Assert.Equal(3600, got["Role.MaxSessionDuration"].GetInt64());
        (await Client.RamAsync("CreateRole", P("RoleName", "AppSnapshotRoleName"), P("AssumeRolePolicyDocument", Trust))).AssertError(409, "EntityAlreadyExists.Role");
        Assert.Equal(1, Control.GetCreatedCounts()["Role"]);
    }

    [Fact]
    public async Task ListRolesPagesByNameWithAMarker()
    {
        var first = (await Client.RamAsync("ListRoles", P("MaxItems", "2"))).AssertOk();
        Assert.Equal("AppSnapshotOperatorRole", first["Roles.Role.0.RoleName"].GetString());
        Assert.Equal("EcsSnapshotRole", first["Roles.Role.1.RoleName"].GetString());
        Assert.True(first["IsTruncated"].GetBoolean());
        var marker = first["Marker"].GetString()!;
        var rest = (await Client.RamAsync("ListRoles", P("MaxItems", "2"), P("Marker", marker))).AssertOk();
        Assert.Equal("NoPolicyRole", rest["Roles.Role.0.RoleName"].GetString());
        Assert.False(rest["IsTruncated"].GetBoolean());
        (await Client.RamAsync("ListRoles", P("MaxItems", "0"))).AssertError(400, "InvalidParameter");
    }

    [Fact]
    public async Task PolicyLifecycleAndAttachment()
    {
        (await Client.RamAsync("CreatePolicy", P("PolicyName", "AppSnapshotPolicy"), P("PolicyDocument", Policy))).AssertOk();
        (await Client.RamAsync("CreatePolicy", P("PolicyName", "AppSnapshotPolicy"), P("PolicyDocument", Policy))).AssertError(409, "EntityAlreadyExists.Policy");
        var policy = (await Client.RamAsync("GetPolicy", P("PolicyName", "AppSnapshotPolicy"), P("PolicyType", "Custom"))).AssertOk();
        Assert.Equal(Policy, policy["DefaultPolicyVersion.PolicyDocument"].GetString());
        (await Client.RamAsync("GetPolicy", P("PolicyName", "AppSnapshotPolicy"), P("PolicyType", "System"))).AssertError(404, "EntityNotExist.Policy");
        (await Client.RamAsync("GetPolicy", P("PolicyName", "AppSnapshotPolicy"), P("PolicyType", "Other"))).AssertError(400, "InvalidParameter.PolicyType");

        (await Client.RamAsync("CreateRole", P("RoleName", "AppSnapshotRoleName"), P("AssumeRolePolicyDocument", Trust))).AssertOk();
        (await Client.RamAsync("AttachPolicyToRole", P("PolicyType", "Custom"), P("PolicyName", "AppSnapshotPolicy"), P("RoleName", "AppSnapshotRoleName"))).AssertOk();
        (await Client.RamAsync("AttachPolicyToRole", P("PolicyType", "Custom"), P("PolicyName", "AppSnapshotPolicy"), P("RoleName", "AppSnapshotRoleName"))).AssertError(409, "EntityAlreadyExists.Role.Policy");
        (await Client.RamAsync("AttachPolicyToRole", P("PolicyType", "Custom"), P("PolicyName", "NoSuchPolicy"), P("RoleName", "AppSnapshotRoleName"))).AssertError(404, "EntityNotExist.Policy");
        (await Client.RamAsync("AttachPolicyToRole", P("PolicyType", "Custom"), P("PolicyName", "AppSnapshotPolicy"), P("RoleName", "NoSuchRole"))).AssertError(404, "EntityNotExist.Role");

        var list = (await Client.RamAsync("ListPoliciesForRole", P("RoleName", "AppSnapshotRoleName"))).AssertOk();
        Assert.Equal("AppSnapshotPolicy", list["Policies.Policy.0.PolicyName"].GetString());
        Assert.Equal("Custom", list["Policies.Policy.0.PolicyType"].GetString());
        (await Client.RamAsync("ListPoliciesForRole", P("RoleName", "NoSuchRole"))).AssertError(404, "EntityNotExist.Role");
    }

    [Fact]
    public async Task MalformedDocumentsAndNamesAreRefused()
    {
        (await Client.RamAsync("CreatePolicy", P("PolicyName", "Bad"), P("PolicyDocument", "{not json"))).AssertError(400, "MalformedPolicyDocument");
        (await Client.RamAsync("CreateRole", P("RoleName", "R1"), P("AssumeRolePolicyDocument", "[]"))).AssertError(400, "MalformedPolicyDocument");
        (await Client.RamAsync("CreateRole", P("RoleName", "bad name"), P("AssumeRolePolicyDocument", Trust))).AssertError(400, "InvalidParameter.RoleName.InvalidChars");
        (await Client.RamAsync("CreatePolicy", P("PolicyName", "bad_name"), P("PolicyDocument", Policy))).AssertError(400, "InvalidParameter.PolicyName.InvalidChars");
        (await Client.RamAsync("CreateRole", P("AssumeRolePolicyDocument", Trust))).AssertError(400, "MissingParameter");
    }
}
