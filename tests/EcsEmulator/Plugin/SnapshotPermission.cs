using System.Text.Json;
using System.Text.Json.Nodes;
using EcsEmulator.State;

namespace EcsEmulator.Plugin;

/// <summary>Does one of the role's policies allow creating snapshots (ecs:CreateSnapshot*, ecs:CreateSnapshotGroup, ecs:*, *)?</summary>
internal static class SnapshotPermission
{
    private static readonly string[] Granting = ["*", "ecs:*", "ecs:CreateSnapshot*", "ecs:CreateSnapshotGroup"];

    public static bool RoleCanSnapshot(EmulatorState state, RamRole role) =>
        role.Policies.Any(p => state.Policies.TryGetValue(p.PolicyName, out var policy) && Allows(policy.PolicyDocument));

    private static bool Allows(string document)
    {
        try
        {
            foreach (var statement in JsonNode.Parse(document)?["Statement"]?.AsArray() ?? [])
            {
                if (statement?["Effect"]?.GetValue<string>() != "Allow") continue;
                var actions = statement["Action"] switch
                {
                    JsonArray a => a.Select(x => x?.GetValue<string>() ?? ""),
                    JsonValue v => [v.GetValue<string>()],
                    _ => [],
                };
                if (actions.Any(a => Granting.Contains(a, StringComparer.OrdinalIgnoreCase))) return true;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
        }
        return false;
    }
}
