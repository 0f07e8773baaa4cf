namespace EcsEmulator.Fixtures;

/// <summary>The built-in fixture: one readable instance per situation the module must handle, plus a bench fleet.</summary>
internal static class DefaultFixture
{
    public const string SnapshotRole = "EcsSnapshotRole";
    public const string NoPolicyRole = "NoPolicyRole";
    public const string OperatorRole = "AppSnapshotOperatorRole";
    public const string SnapshotPolicy = "EcsSnapshotPolicy";

    public const string EcsTrustPolicy =
        """{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":["ecs.aliyuncs.com"]}}],"Version":"1"}""";
    public const string AccountTrustPolicy =
        """{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"RAM":["acs:ram::1234567890123456:root"]}}],"Version":"1"}""";
    public const string SnapshotPolicyDocument =
        """{"Version":"1","Statement":[{"Effect":"Allow","Action":["ecs:DescribeSnapshot*","ecs:CreateSnapshot*","ecs:TagResources","ecs:DescribeDisks"],"Resource":["*"]}]}""";

    private static readonly string[] StandardWriters =
        ["Task Scheduler Writer", "VSS Metadata Store Writer", "Performance Counters Writer", "System Writer", "ASR Writer", "Registry Writer", "WMI Writer", "COM+ REGDB Writer"];

    public static Fixture Create() => new()
    {
        Regions =
        [
            new() { RegionId = "cn-hangzhou", LocalName = "华东1（杭州）", RegionEndpoint = "ecs-cn-hangzhou.aliyuncs.com" },
            new() { RegionId = "cn-shanghai", LocalName = "华东2（上海）", RegionEndpoint = "ecs.cn-shanghai.aliyuncs.com" },
            new() { RegionId = "ap-southeast-1", LocalName = "新加坡", RegionEndpoint = "ecs.ap-southeast-1.aliyuncs.com" },
        ],
        Policies =
        [
            new() { PolicyName = SnapshotPolicy, PolicyType = "Custom", PolicyDocument = SnapshotPolicyDocument, Description = "Snapshot rights for the app-snapshot plug-in" },
            new() { PolicyName = "ReadOnlyEcsPolicy", PolicyType = "Custom", PolicyDocument = """{"Version":"1","Statement":[{"Effect":"Allow","Action":["ecs:Describe*"],"Resource":["*"]}]}""" },
            new() { PolicyName = "AliyunECSFullAccess", PolicyType = "System", PolicyDocument = """{"Version":"1","Statement":[{"Effect":"Allow","Action":"ecs:*","Resource":"*"}]}""", Description = "管理云服务器服务(ECS)的权限" },
            new() { PolicyName = "AliyunSTSAssumeRoleAccess", PolicyType = "System", PolicyDocument = """{"Version":"1","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""", Description = "调用STS服务AssumeRole接口的权限" },
        ],
        Roles =
        [
            new() { RoleName = SnapshotRole, AssumeRolePolicyDocument = EcsTrustPolicy, Description = "Instance role with snapshot rights", AttachedPolicies = [SnapshotPolicy] },
            new() { RoleName = NoPolicyRole, AssumeRolePolicyDocument = EcsTrustPolicy, Description = "Instance role WITHOUT snapshot rights", AttachedPolicies = ["ReadOnlyEcsPolicy"] },
            new() { RoleName = OperatorRole, AssumeRolePolicyDocument = AccountTrustPolicy, Description = "Role operators assume through STS", MaxSessionDuration = 7200, AttachedPolicies = ["AliyunECSFullAccess"] },
        ],
        Instances =
        [
            Linux("i-mysql-centos79", "mysql-centos79", "CentOS  7.9 64位", "CentOS  7.9 64 bit", role: "mysql",
                scripts: new()
                {
                    ["prescript"] = new() { Output = MySqlFreezeOutput, DurationSeconds = 1.031426913 },
                    ["postscript"] = new() { Output = MySqlThawOutput, DurationSeconds = 0.020807753 },
                }),
            Linux("i-ubuntu2204", "web-ubuntu2204", "Ubuntu  22.04 64位", "Ubuntu  22.04 64 bit", role: "web"),
            Windows("i-win2019-sql", "sql-win2019", "Windows Server  2019 数据中心版 64位中文版", "Windows Server  2019 Data Center Edition 64bit Chinese Edition", "sqlserver",
                [.. StandardWriters, "SqlServerWriter"]),
            Windows("i-win2022-nowriters", "file-win2022", "Windows Server  2022 数据中心版 64位中文版", "Windows Server  2022 Data Center Edition 64bit Chinese Edition", "fileserver", []),
            Windows("i-win2008r2", "legacy-win2008r2", "Windows Server  2008 R2 企业版 64位中文版", "Windows Server  2008 R2 Enterprise Edition 64bit Chinese Edition", "legacy", [.. StandardWriters]),
            Linux("i-mixed-disks", "mixed-disks-centos79", "CentOS  7.9 64位", "CentOS  7.9 64 bit", role: "mixed",
                disks: [Disk("d-mixed-disks-sys", "cloud_essd", 40, "system", "/dev/xvda"), Disk("d-mixed-disks-data1", "cloud_essd", 100, "data", "/dev/xvdb"), Disk("d-mixed-disks-efficiency", "cloud_efficiency", 200, "data", "/dev/xvdc")]),
            Linux("i-no-essd", "no-essd-centos79", "CentOS  7.9 64位", "CentOS  7.9 64 bit", role: "legacy-disks",
                disks: [Disk("d-no-essd-sys", "cloud_efficiency", 40, "system", "/dev/xvda"), Disk("d-no-essd-data1", "cloud_ssd", 100, "data", "/dev/xvdb")]),
            Linux("i-multiattach", "multiattach-centos79", "CentOS  7.9 64位", "CentOS  7.9 64 bit", role: "shared-disk",
                disks: [Disk("d-multiattach-sys", "cloud_essd", 40, "system", "/dev/xvda"), new() { DiskId = "d-multiattach-shared", Category = "cloud_essd", Size = 100, Type = "data", Device = "/dev/xvdb", MultiAttach = true }]),
            Linux("i-no-cloud-assistant", "no-agent-centos79", "CentOS  7.9 64位", "CentOS  7.9 64 bit", role: "no-agent", cloudAssistant: false),
            Linux("i-stopped", "stopped-ubuntu2204", "Ubuntu  22.04 64位", "Ubuntu  22.04 64 bit", role: "stopped", status: "Stopped"),
            Linux("i-no-role", "no-role-centos79", "CentOS  7.9 64位", "CentOS  7.9 64 bit", role: "no-role", ramRole: null),
            Linux("i-role-no-policy", "role-no-policy-ubuntu2204", "Ubuntu  22.04 64位", "Ubuntu  22.04 64 bit", role: "weak-role", ramRole: NoPolicyRole),
            Linux("i-centos76-shanghai", "shanghai-centos76", "CentOS  7.6 64位", "CentOS  7.6 64 bit", role: "mysql", region: "cn-shanghai"),
            Linux("i-alinux2-singapore", "singapore-alinux2", "Alibaba Cloud Linux  2.1903 LTS 64位", "Alibaba Cloud Linux  2.1903 LTS 64 bit", role: "web", region: "ap-southeast-1"),
        ],
        Fleets =
        [
            new() { IdPrefix = "i-bench-linux-", Count = 600, OSType = "linux", OSName = "CentOS  7.9 64位", RamRoleName = SnapshotRole, Tags = new() { ["fleet"] = "bench" } },
            new() { IdPrefix = "i-bench-win-", Count = 30, OSType = "windows", OSName = "Windows Server  2019 数据中心版 64位中文版", RamRoleName = SnapshotRole, Tags = new() { ["fleet"] = "bench" }, VssWriters = [.. StandardWriters] },
        ],
    };

    private static FixtureInstance Linux(string id, string name, string osName, string osNameEn, string role,
        string? ramRole = SnapshotRole, string status = "Running", bool cloudAssistant = true, string region = "cn-hangzhou",
        List<FixtureDisk>? disks = null, Dictionary<string, FixtureScript>? scripts = null) => new()
    {
        InstanceId = id, InstanceName = name, OSType = "linux", OSName = osName, OSNameEn = osNameEn, RegionId = region,
        Status = status, RamRoleName = ramRole, Tags = new() { ["role"] = role, ["env"] = "test" },
        CloudAssistant = new() { Installed = cloudAssistant, Running = cloudAssistant, Version = cloudAssistant ? "2.2.3.398" : "" },
        Disks = disks ?? [Disk(id.Replace("i-", "d-") + "-sys", "cloud_essd", 40, "system", "/dev/xvda"), Disk(id.Replace("i-", "d-") + "-data1", "cloud_essd", 100, "data", "/dev/xvdb")],
        Scripts = scripts ?? [],
    };

    private static FixtureInstance Windows(string id, string name, string osName, string osNameEn, string role, List<string> writers) => new()
    {
        InstanceId = id, InstanceName = name, OSType = "windows", OSName = osName, OSNameEn = osNameEn, RamRoleName = SnapshotRole,
        InstanceType = "ecs.g7.xlarge", Tags = new() { ["role"] = role, ["env"] = "test" },
        CloudAssistant = new() { Version = "2.1.3.398" },
        Disks = [Disk(id.Replace("i-", "d-") + "-sys", "cloud_essd", 60, "system", "/dev/xvda"), Disk(id.Replace("i-", "d-") + "-data1", "cloud_essd", 200, "data", "/dev/xvdb")],
        VssWriters = writers,
    };

    private static FixtureDisk Disk(string id, string category, int size, string type, string device) =>
        new() { DiskId = id, Category = category, Size = size, Type = type, Device = device };

    private const string MySqlFreezeOutput = """
        *****
        [INFO]:Begin to freeze mysql.
        /usr/bin/mysql
        Id      User      Host      db          Command Time      State      Info
        2       root      localhost AdventureWorks Sleep      1822      NULL
        12      root      localhost NULL        Query      0          starting      show processlist
        [INFO]:Try to execute flush tables command
        [INFO]:Flush tables command execute success
        [INFO]:Try to execute flush tables with read lock command
        [INFO]:Flush tables with read lock command execute success
        [INFO]:mysql freeze result is 0.
        """;

    private const string MySqlThawOutput = """
        [INFO]:Begin to thaw mysql.
        [INFO]:Try to stop sql process 14.
        [INFO]:Stop sql process 14 success.
        [INFO]:Finish thaw mysql.
        [INFO]:mysql unfreeze result is 0.
        """;
}
