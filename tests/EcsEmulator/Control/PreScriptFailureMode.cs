namespace EcsEmulator;

/// <summary>The two documented reactions of the Linux plug-in to a failing pre-freeze script.</summary>
public enum PreScriptFailureMode
{
    /// <summary>2025 page: take a file-system-consistent snapshot instead, with a warning line (default).</summary>
    FallBackToFileSystem,
    /// <summary>Error-code table: exit 9.</summary>
    Exit9,
}
