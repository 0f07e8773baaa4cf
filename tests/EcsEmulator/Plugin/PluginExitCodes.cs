namespace EcsEmulator.Plugin;

/// <summary>The documented exit codes and the error line the plug-in prints for each.</summary>
internal static class PluginExitCodes
{
    public static readonly IReadOnlyDictionary<int, string> Messages = new Dictionary<int, string>
    {
        [1] = "Check condition failed",
        [2] = "Invalid parameters",
        [3] = "No ESSD disk attached or RAM role lacks snapshot permissions",
        [4] = "Create SnapshotGroup failed",
        [5] = "SnapshotGroup status is not expected",
        [6] = "Create SnapshotGroup timeout",
        [7] = "Snapshot status in SnapshotGroup is not expected",
        [8] = "Tag snapshots failed",
        [9] = "Execute PreScript failed",
        [10] = "Execute PostScript failed",
        [11] = "Freeze FileSystem IO failed",
        [12] = "Thaw FileSystem IO failed",
        [13] = "No RAM role attached to the instance",
        [14] = "Snapshot quota exceeded",
        [15] = "Snapshot status is not expected",
        [16] = "Previous snapshot is still being created and InstantAccess is disabled",
        [255] = "Unknown error",
    };

    public static bool IsDocumented(int code) => code == 0 || Messages.ContainsKey(code);
}
