using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Roles;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.Roles;

public class RamRoleSetupTests
{
    [Theory]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":["ecs:DescribeSnapshot*","ecs:CreateSnapshot*","ecs:TagResources","ecs:DescribeDisks"],"Resource":["*"]}]}""", "")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":"ecs:*","Resource":"*"}]}""", "")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Allow","Action":["ecs:Describe*"],"Resource":["*"]}]}""", "ecs:CreateSnapshot*,ecs:TagResources")]
    [InlineData("""{"Version":"1","Statement":[{"Effect":"Deny","Action":"ecs:*","Resource":"*"}]}""", "ecs:DescribeSnapshot*,ecs:CreateSnapshot*,ecs:TagResources,ecs:DescribeDisks")]
    [InlineData("not json", "ecs:DescribeSnapshot*,ecs:CreateSnapshot*,ecs:TagResources,ecs:DescribeDisks")]
    public void MissingActionsHonoursWildcardsAndEffect(string document, string missing)
    {
        Assert.Equal(missing, string.Join(",", SnapshotRolePolicy.MissingActions(document)));
    }

    [Fact]
    public void TheCreatedPolicyGrantsExactlyTheSeedActions()
    {
        Assert.Empty(SnapshotRolePolicy.MissingActions(SnapshotRolePolicy.PolicyDocument));
        Assert.Contains("\"Version\":\"1\"", SnapshotRolePolicy.PolicyDocument);
        Assert.Contains("ecs.aliyuncs.com", SnapshotRolePolicy.TrustPolicyDocument);
    }

    [Fact]
    public async Task AnExistingPolicyThatLacksActionsIsReportedAndAnAttachRaceIsSuccess()
    {
        var ram = new FakeRpcClient("Ram", null)
            .On("GetRole", """{"Role":{"RoleName":"AppSnapshotRoleName","Arn":"acs:ram::1:role/appsnapshotrolename","AssumeRolePolicyDocument":"{\"Statement\":[{\"Principal\":{\"Service\":[\"ecs.aliyuncs.com\"]}}]}"}}""")
            .On("GetPolicy", """{"Policy":{"PolicyName":"AppSnapshotPolicy"},"DefaultPolicyVersion":{"PolicyDocument":"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecs:Describe*\",\"Resource\":\"*\"}]}"}}""")
            .On("ListPoliciesForRole", """{"Policies":{"Policy":[]}}""")
            .On("AttachPolicyToRole", _ => throw new AcsApiException("EntityAlreadyExists.Role.Policy", "attached", "r", 409, "AttachPolicyToRole", "Ram"));
        var sink = new RecordingSink();

        await new RamRoleSetupOperation(new FakeClients(new FakeRpcClient(), ram)).RunAsync(new RamRoleSetupRequest(), sink, CancellationToken.None);

        var result = Assert.Single(sink.ObjectsOf<RamRoleSetupResult>());
        Assert.True(result.PolicyDocumentDiffers);
        Assert.Equal(SetupStatus.AlreadyAttached, result.AttachmentStatusValue);
        Assert.Contains(sink.Warnings, w => w.Contains("ecs:CreateSnapshot*"));
        Assert.Empty(ram.CallsTo("CreateRole"));
    }

    [Fact]
    public async Task ABadRoleNameIsRefusedBeforeAnyCall()
    {
        var ram = new FakeRpcClient("Ram", null);

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            new RamRoleSetupOperation(new FakeClients(new FakeRpcClient(), ram)).RunAsync(new RamRoleSetupRequest { RoleName = "bad name;" }, new RecordingSink(), CancellationToken.None));

        Assert.Equal("RoleName", ex.ParamName);
        Assert.Empty(ram.Calls);
    }
}
