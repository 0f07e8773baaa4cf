using AppSnapshot.Connection;
using AppSnapshot.Tests.Module.Support;

namespace AppSnapshot.Tests.Architecture;

/// <summary>The layers of AppSnapshot.Core, as ARCHITECTURE.md draws them, checked on the source.</summary>
public sealed class FolderDependencyTests
{
    private static readonly SourceDependencyGraph Graph = new(typeof(ClientFactory).Assembly, Path.Combine(RepositoryPaths.Root, "src", "AppSnapshot.Core"));

    [Fact]
    public void NoFolderUsesAFolderThatUsesIt()
    {
        var cycles = Graph.Cycles();

        Assert.True(cycles.Count == 0, "Folder cycles in AppSnapshot.Core:\n" + string.Join("\n", cycles.Select(Describe)));
    }

    [Theory]
    [InlineData("Common")]
    [InlineData("Output")]
    [InlineData("Json")]
    [InlineData("Models")]
    public void FoundationFoldersUseNoOtherFolder(string folder)
    {
        Assert.Empty(Graph.Uses(folder));
    }

    [Theory]
    [InlineData("Client", "Credentials")]
    [InlineData("Client", "Connection")]
    [InlineData("Credentials", "Connection")]
    [InlineData("Output", "Client")]
    [InlineData("Models", "Plugin")]
    [InlineData("Api", "Connection")]
    [InlineData("Plugin", "Connection")]
    public void ALowerLayerDoesNotReachUp(string lower, string upper)
    {
        Assert.DoesNotContain(upper, Graph.Uses(lower));
    }

    [Fact]
    public void WorkflowCapabilitiesAreSeenByTheGraph()
    {
        // Guards the test itself: if the folder reading broke, the cycle test would pass on an empty graph.
        Assert.Contains("Workflow/Common", Graph.Uses("Workflow/SnapshotRuns"));
        Assert.Contains("Client", Graph.Uses("Connection"));
        Assert.True(Graph.Edges.Count >= 12, "folders with uses: " + string.Join(", ", Graph.Edges.Keys));
    }

    [Fact]
    public void TheCycleFinderFindsACycle()
    {
        var graph = new SourceDependencyGraph(typeof(ClientFactory).Assembly, Path.Combine(RepositoryPaths.Root, "src", "AppSnapshot.Core"));
        graph.Edges["Common"] = new SortedDictionary<string, SortedSet<string>> { ["Client"] = new SortedSet<string> { "made up" } };

        Assert.Contains(graph.Cycles(), c => c.Contains("Common") && c.Contains("Client"));
    }

    private static string Describe(IReadOnlyList<string> cycle) =>
        string.Join(", ", cycle) + ":\n" + string.Join("\n", cycle.SelectMany(a => cycle
            .Where(b => Graph.Edges.TryGetValue(a, out var t) && t.ContainsKey(b))
            .Select(b => "  " + a + " -> " + b + " (" + string.Join("; ", Graph.Edges[a][b].Take(4)) + ")")));
}
