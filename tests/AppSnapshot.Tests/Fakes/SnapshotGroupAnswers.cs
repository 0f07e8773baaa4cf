using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Tests.Fakes;

/// <summary>DescribeSnapshotGroups answers of the fakes: a group record, and a page of them by MaxResults/NextToken.</summary>
public static class SnapshotGroupAnswers
{
    /// <summary>A finished group with one system-disk snapshot of <paramref name="instanceId"/>, tagged <paramref name="tagKey"/>=True (none when null).</summary>
    public static JsonNode Group(string id, string name, string instanceId, string? tagKey)
    {
        var tags = tagKey == null ? new JsonArray() : new JsonArray(new[] { (JsonNode)new JsonObject().Set("Key", tagKey).Set("Value", "True") });
        var snapshot = new JsonObject().Set("SnapshotId", "s-" + instanceId).Set("SourceDiskId", "d-" + instanceId)
            .Set("SourceDiskType", "system").Set("Progress", "100%").Set("Available", true).Set("Tags", new JsonObject().Set("Tag", tags));
        return new JsonObject().Set("SnapshotGroupId", id).Set("Name", name).Set("Status", "accomplished")
            .Set("InstanceId", instanceId).Set("Snapshots", new JsonObject().Set("Snapshot", new JsonArray(new[] { (JsonNode)snapshot })));
    }

    /// <summary>The page of <paramref name="all"/> the request asks for (MaxResults, default 10; NextToken "nt-OFFSET").</summary>
    public static JsonObject Page<T>(RpcRequest request, IReadOnlyList<T> all, Func<T, JsonNode> toGroup)
    {
        var size = int.Parse(request.Get("MaxResults") ?? "10");
        var offset = request.Get("NextToken") is { } token ? int.Parse(token.Substring(3)) : 0;
        var page = all.Skip(offset).Take(size).Select(toGroup).ToList();
        var next = offset + size < all.Count ? "nt-" + (offset + size) : "";
        return new JsonObject().Set("NextToken", next).Set("SnapshotGroups", new JsonObject().Set("SnapshotGroup", new JsonArray(page)));
    }

    /// <summary>An answer holding exactly <paramref name="groups"/>, without paging.</summary>
    public static JsonObject All(IEnumerable<JsonNode> groups) =>
        new JsonObject().Set("SnapshotGroups", new JsonObject().Set("SnapshotGroup", new JsonArray(groups)));
}
