namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>
/// What every matrix case pipes: two instances in two regions, and one in neither pipe whose groups and
/// role are there to be wrongly acted on. Both piped instances are Linux, run, and carry EcsSnapshotRole.
/// </summary>
public static class MatrixInstances
{
    public static IReadOnlyList<(string Id, string Region)> Piped { get; } = [("i-ubuntu2204", "cn-hangzhou"), ("i-centos76-shanghai", "cn-shanghai")];

    public static (string Id, string Region) Bystander { get; } = ("i-mysql-centos79", "cn-hangzhou");

    public static IEnumerable<(string Id, string Region)> All => Piped.Append(Bystander);

    public static string Key(string instanceId, string regionId) => instanceId + "@" + regionId;
}
