using System;
using System.IO;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>Finds the repository by walking up from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindUp(dir => File.Exists(Path.Combine(dir, "AppSnapshot.sln")))
        ?? throw new InvalidOperationException($"No AppSnapshot.sln above {AppContext.BaseDirectory}.");

    public static string HelpSources => Path.Combine(Root, "docs", "help");
    public static string ModuleOut => Path.Combine(Root, "out", "AppSnapshot");
    public static string Manifest => Path.Combine(Root, "AppSnapshot.psd1");
    public static string FormatFile => Path.Combine(Root, "src", "AppSnapshot", "AppSnapshot.Format.ps1xml");

    private static string? FindUp(Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (found(dir.FullName)) return dir.FullName;
        }
        return null;
    }
}
