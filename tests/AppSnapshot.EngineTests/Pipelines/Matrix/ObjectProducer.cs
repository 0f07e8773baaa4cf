namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>
/// How to get real objects of one output type about the piped instances: the producing cmdlet run with
/// explicit parameters, once per piped instance in its own region (so no other pair is relied on).
/// </summary>
/// <param name="Command">The command for one instance and its region.</param>
public sealed record ObjectProducer(string OutputType, Func<MatrixWorld, string, string, string> Command)
{
    /// <summary>The objects name matrix-a groups (or runs), which must exist first.</summary>
    public bool NeedsGroups { get; init; }

    /// <summary>The producer deletes the groups it names: a consumer can only find them gone.</summary>
    public bool GroupsGone { get; init; }

    /// <summary>The producer rolls disks back, so the instances must be stopped while it runs.</summary>
    public bool NeedsStoppedInstances { get; init; }

    /// <summary>The producer starts -NoWait runs (left running, off the process-wide pending list afterwards).</summary>
    public bool StartsRuns { get; init; }

    public string Script(MatrixWorld world) =>
        "& {\n" + string.Join("\n", MatrixInstances.Piped.Select(i => "    " + Command(world, i.Id, i.Region))) + "\n}";
}
