using System.Text.Json;
using EcsEmulator.Infrastructure;
using EcsEmulator.State;

namespace EcsEmulator.Fixtures;

/// <summary>Turns a <see cref="Fixture"/> into a fresh <see cref="EmulatorState"/>.</summary>
internal static class FixtureLoader
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Fixture ReadFile(string path) =>
        JsonSerializer.Deserialize<Fixture>(File.ReadAllText(path), ReadOptions) ?? throw new InvalidDataException($"Fixture {path} is empty.");

    public static EmulatorState Load(Fixture fixture, EmulatorClock clock, IdGenerator ids, double speedFactor)
    {
        var state = new EmulatorState(clock, ids, speedFactor);
        var created = clock.UtcNow.AddDays(-30);
        state.PreScriptFailureMode = Enum.Parse<PreScriptFailureMode>(fixture.PreScriptFailureMode, ignoreCase: true);
        foreach (var r in fixture.Regions)
            state.Regions[r.RegionId] = new Region(r.RegionId, r.LocalName, r.RegionEndpoint ?? $"ecs.{r.RegionId}.aliyuncs.com");
        foreach (var p in fixture.Policies)
            state.Policies[p.PolicyName] = new RamPolicy { PolicyName = p.PolicyName, PolicyType = p.PolicyType, PolicyDocument = p.PolicyDocument, Description = p.Description, CreateDate = created };
        foreach (var r in fixture.Roles)
        {
            var role = new RamRole { RoleName = r.RoleName, RoleId = ids.Digits(19), AssumeRolePolicyDocument = r.AssumeRolePolicyDocument, Description = r.Description, MaxSessionDuration = r.MaxSessionDuration, CreateDate = created };
            foreach (var name in r.AttachedPolicies)
            {
                var type = state.Policies.TryGetValue(name, out var p) ? p.PolicyType : throw new InvalidDataException($"Role {r.RoleName} references unknown policy {name}.");
                role.Policies.Add((type, name, created));
            }
            state.Roles[r.RoleName] = role;
        }
        foreach (var i in fixture.Instances.Concat(fixture.Fleets.SelectMany(ExpandFleet)))
            AddInstance(state, i, created);
        return state;
    }

    private static IEnumerable<FixtureInstance> ExpandFleet(FixtureFleet fleet)
    {
        for (var n = 1; n <= fleet.Count; n++)
        {
            var id = $"{fleet.IdPrefix}{n:D4}";
            var windows = fleet.OSType == "windows";
            var disks = new List<FixtureDisk> { new() { DiskId = id.Replace("i-", "d-") + "-sys", Size = windows ? 60 : 40, Type = "system", Device = "/dev/xvda" } };
            for (var d = 1; d <= fleet.DataDisks; d++)
                disks.Add(new() { DiskId = id.Replace("i-", "d-") + $"-data{d}", Size = 100, Type = "data", Device = $"/dev/xvd{(char)('a' + d)}" });
            yield return new FixtureInstance
            {
                InstanceId = id, InstanceName = id[2..], RegionId = fleet.RegionId, OSType = fleet.OSType, OSName = fleet.OSName,
                RamRoleName = fleet.RamRoleName, Tags = new(fleet.Tags), Disks = disks, VssWriters = [.. fleet.VssWriters],
                CloudAssistant = new() { Version = windows ? "2.1.3.398" : "2.2.3.398" },
            };
        }
    }

    private static void AddInstance(EmulatorState state, FixtureInstance f, DateTimeOffset created)
    {
        if (!state.Regions.ContainsKey(f.RegionId)) throw new InvalidDataException($"Instance {f.InstanceId} is in unknown region {f.RegionId}.");
        var zone = f.ZoneId ?? f.RegionId + (f.RegionId == "ap-southeast-1" ? "a" : "-h");
        var instance = new Instance
        {
            InstanceId = f.InstanceId, InstanceName = f.InstanceName, RegionId = f.RegionId, ZoneId = zone,
            OSType = f.OSType.ToLowerInvariant(), OSName = f.OSName, OSNameEn = f.OSNameEn ?? f.OSName, InstanceType = f.InstanceType,
            ImageId = f.OSType == "windows" ? "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd" : "centos_7_9_x64_20G_alibase_20230815.vhd",
            Status = f.Status, CreationTime = created, RamRoleName = f.RamRoleName,
            CloudAssistantInstalled = f.CloudAssistant.Installed, CloudAssistantRunning = f.CloudAssistant.Running,
            CloudAssistantVersion = f.CloudAssistant.Version,
        };
        foreach (var (k, v) in f.Tags) instance.Tags[k] = v;
        instance.VssWriters.AddRange(f.VssWriters);
        foreach (var (kind, s) in f.Scripts)
            instance.ScriptBehaviours[kind] = new ScriptBehaviour(Enum.Parse<ScriptOutcome>(s.Behaviour, true), s.ExitCode, s.Output, s.DurationSeconds);
        foreach (var file in f.Files)
            instance.Files[file.Path] = new SimulatedFile(file.Path, file.Content, file.Owner, file.Group, file.Mode, created);
        foreach (var d in f.Disks)
        {
            var disk = new Disk
            {
                DiskId = d.DiskId, RegionId = f.RegionId, ZoneId = zone, Category = d.Category, Size = d.Size, Type = d.Type,
                Device = d.Device ?? "/dev/xvda", MultiAttach = d.MultiAttach, InstanceId = f.InstanceId, CreationTime = created,
            };
            instance.Disks.Add(disk);
            state.Disks[disk.DiskId] = disk;
        }
        state.Instances[instance.InstanceId] = instance;
    }
}
