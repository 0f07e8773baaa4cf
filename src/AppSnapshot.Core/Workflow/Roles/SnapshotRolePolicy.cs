using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Json;

namespace AppSnapshot.Workflow.Roles
{
    /// <summary>The role and policy documents the plug-in needs (seed 001), and a check of an existing policy against them.</summary>
    public static class SnapshotRolePolicy
    {
        public const string DefaultRoleName = "AppSnapshotRoleName";
        public const string DefaultPolicyName = "AppSnapshotPolicy";

        public static IReadOnlyList<string> RequiredActions { get; } = new[]
        {
            "ecs:DescribeSnapshot*", "ecs:CreateSnapshot*", "ecs:TagResources", "ecs:DescribeDisks",
        };

        public static string TrustPolicyDocument =>
            "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"ecs.aliyuncs.com\"]}}],\"Version\":\"1\"}";

        public static string PolicyDocument =>
            new JsonObject()
                .Set("Version", "1")
                .Set("Statement", new JsonArray(new JsonNode[]
                {
                    new JsonObject()
                        .Set("Effect", "Allow")
                        .Set("Action", JsonArray.OfStrings(RequiredActions))
                        .Set("Resource", JsonArray.OfStrings(new[] { "*" }))
                        .Set("Condition", new JsonObject()),
                }))
                .ToJson();

        /// <summary>The required actions an Allow statement on resource * of the document does not grant (wildcards honoured).</summary>
        public static IReadOnlyList<string> MissingActions(string? policyDocument)
        {
            var granted = GrantedActions(policyDocument);
            return RequiredActions.Where(required => !granted.Any(g => Covers(g, required))).ToList();
        }

        private static List<string> GrantedActions(string? document)
        {
            var granted = new List<string>();
            if (string.IsNullOrWhiteSpace(document)) return granted;
            JsonObject? root;
            try { root = JsonNode.Parse(document!) as JsonObject; }
            catch (FormatException) { return granted; }
            foreach (var statement in Items(root?["Statement"]).OfType<JsonObject>())
            {
                if (!string.Equals(statement.GetString("Effect"), "Allow", StringComparison.OrdinalIgnoreCase)) continue;
                if (!Items(statement["Resource"]).Any(r => r.AsString() == "*")) continue;
                granted.AddRange(Items(statement["Action"]).Select(a => a.AsString()).Where(a => a != null).Cast<string>());
            }
            return granted;
        }

        private static IEnumerable<JsonNode> Items(JsonNode? node) =>
            node is JsonArray array ? array.Items : node is null ? Enumerable.Empty<JsonNode>() : new[] { node };

        /// <summary>
        /// True when the granted pattern allows every action the required pattern names
        /// (e.g. <c>ecs:*</c> covers <c>ecs:DescribeSnapshot*</c>).
        /// </summary>
        internal static bool Covers(string granted, string required)
        {
            if (string.Equals(granted, required, StringComparison.OrdinalIgnoreCase)) return true;
            if (granted == "*") return true;
            if (!granted.EndsWith("*", StringComparison.Ordinal)) return false;
            return required.StartsWith(granted.Substring(0, granted.Length - 1), StringComparison.OrdinalIgnoreCase);
        }
    }
}
