namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>The matrix covers every pair the engine says binds: a new cmdlet, parameter or output type cannot be forgotten.</summary>
public class MatrixCoverageTests
{
    private static readonly string[][] ConsumersOfTheMatrixClasses =
    [
        InstanceReadingMatrixTests.Consumers,
        InstanceChangingMatrixTests.Consumers,
        ScriptUploadMatrixTests.Consumers,
        GroupReadingMatrixTests.Consumers,
        GroupChangingMatrixTests.Consumers,
    ];

    [Fact]
    public void EveryBindingPairHasAProducerAndAConsumerAndRunsInAMatrixClass()
    {
        var pairs = BindingMetadata.Pairs;
        var covered = ConsumersOfTheMatrixClasses.SelectMany(c => c).ToList();

        Assert.All(pairs, p => Assert.True(ObjectProducers.ByType.ContainsKey(p.OutputType), "No producer for " + p.OutputType + " (ObjectProducers)."));
        Assert.All(pairs, p => Assert.True(PipeConsumers.ByCmdlet.ContainsKey(p.Cmdlet), "No consumer for " + p.Cmdlet + " (PipeConsumers)."));
        Assert.All(pairs, p => Assert.True(covered.Contains(p.Cmdlet), p.Cmdlet + " is in no matrix test class."));
        Assert.Equal(covered.Count, covered.Distinct().Count());
    }

    [Fact]
    public void ThePairsIncludeTheOnesIssue11IsAbout()
    {
        var keys = BindingMetadata.Pairs.Select(p => p.Key).ToList();

        Assert.Contains("EcsInstance -> Get-EcsSnapshotGroup", keys);
        Assert.Contains("EcsInstance -> Remove-EcsSnapshotGroup", keys);
        Assert.Contains("SnapshotInvocation -> Get-AppSnapshotResult", keys);
        Assert.Contains("SnapshotGroup -> Restore-EcsSnapshotGroup", keys);
        // Restore needs a group id; an instance does not bind (NoGroupsPipedTests shows the refusal).
        Assert.DoesNotContain("EcsInstance -> Restore-EcsSnapshotGroup", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith("-> Initialize-AppSnapshotRamRole", StringComparison.Ordinal));
    }
}
