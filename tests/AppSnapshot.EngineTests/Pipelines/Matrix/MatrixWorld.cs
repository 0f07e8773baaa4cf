using System.Management.Automation;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>
/// The emulator state one matrix case starts from, made through the cmdlets with explicit parameters:
/// when groups are needed, two groups (matrix-a, matrix-b) on each piped instance and on the bystander.
/// Producers that name groups pick the matrix-a ones, so a consumer that widened a group to its instance
/// would be caught by the matrix-b groups, and one that widened to the region by the bystander's.
/// </summary>
public sealed class MatrixWorld
{
    private readonly Dictionary<(string Instance, string Name), string> _groups = new();
    private readonly Dictionary<string, string> _runsOfA = new();

    public MatrixWorld(EmulatorFixture emulator, EngineSession session)
    {
        Emulator = emulator;
        Session = session;
    }

    public EmulatorFixture Emulator { get; }
    public EngineSession Session { get; }

    public string GroupA(string instanceId) => _groups[(instanceId, "matrix-a")];

    /// <summary>The InvokeId of the run that made <see cref="GroupA"/>.</summary>
    public string RunOfGroupA(string instanceId) => _runsOfA[instanceId];

    /// <summary>Every arranged group of these instances.</summary>
    public IEnumerable<string> GroupsOf(IEnumerable<string> instanceIds) =>
        instanceIds.SelectMany(id => _groups.Where(g => g.Key.Instance == id).Select(g => g.Value));

    /// <summary>Where each arranged group lives.</summary>
    public string RegionOfGroup(string groupId) =>
        MatrixInstances.All.Single(i => _groups.Any(g => g.Value == groupId && g.Key.Instance == i.Id)).Region;

    public void ArrangeGroups()
    {
        foreach (var name in new[] { "matrix-a", "matrix-b" })
        {
            var started = MatrixInstances.All.GroupBy(i => i.Region).SelectMany(region => Session.Run(
                "New-AppConsistentSnapshotGroup -RegionId $region -InstanceId $ids -Name $name -NoWait",
                ("region", region.Key), ("ids", region.Select(i => i.Id).ToArray()), ("name", name)).AssertClean().Output).ToList();
            Emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
            foreach (var run in started)
            {
                var result = Groups.Collect(Session, run);
                var instance = (string)result.Properties["InstanceId"].Value;
                _groups[(instance, name)] = (string)result.Properties["SnapshotGroupId"].Value;
                if (name == "matrix-a") _runsOfA[instance] = (string)result.Properties["InvokeId"].Value;
            }
        }
    }

    /// <summary>Sets the piped instances' status through the emulator's control API (no waiting on a stop or start).</summary>
    public void SetPipedStatus(string status)
    {
        foreach (var (id, _) in MatrixInstances.Piped) Emulator.Control.SetInstanceStatus(id, status);
    }

    public static string Value(PSObject o, string property) => o.Properties[property]?.Value?.ToString() ?? "";
}
