using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Workflow;

namespace AppSnapshot.Tests.Workflow;

public class RoleAndRetentionTests
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
        Assert.Equal(SetupStatus.AlreadyAttached, result.AttachmentStatus);
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

    [Fact]
    public void RetentionKeepsTheNewestPerInstanceAndHonoursAge()
    {
        var now = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        SnapshotGroup G(string id, string instance, int daysAgo) => new() { SnapshotGroupId = id, InstanceId = instance, CreationTime = now.AddDays(-daysAgo) };
        var groups = new[] { G("a1", "i-a", 1), G("a2", "i-a", 5), G("a3", "i-a", 10), G("b1", "i-b", 8) };

        var keepOne = SnapshotGroupRemovalOperation.Select(groups, new SnapshotGroupRemovalRequest { KeepLatest = 1 }, now);
        var olderThanWeek = SnapshotGroupRemovalOperation.Select(groups, new SnapshotGroupRemovalRequest { OlderThan = TimeSpan.FromDays(7) }, now);
        var both = SnapshotGroupRemovalOperation.Select(groups, new SnapshotGroupRemovalRequest { OlderThan = TimeSpan.FromDays(7), KeepLatest = 1 }, now);

        Assert.Equal(new[] { "a3", "a2" }, keepOne.Select(g => g.SnapshotGroupId));
        Assert.Equal(new[] { "a3", "b1" }, olderThanWeek.Select(g => g.SnapshotGroupId));
        Assert.Equal(new[] { "a3" }, both.Select(g => g.SnapshotGroupId));
    }

    [Fact]
    public void TheDefaultGroupNamePassesTheGroupNameRule()
    {
        var name = DefaultGroupName.At(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero));

        Assert.Equal("appsnap-20261121-093000", name);
        AppSnapshot.Plugin.PluginValueValidator.ValidateGroupName(name);
    }
}
