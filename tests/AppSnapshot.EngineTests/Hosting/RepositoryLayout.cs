namespace AppSnapshot.EngineTests.Hosting;

/// <summary>Where the repository and the built module are, found by walking up from the test binaries to AppSnapshot.sln.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The importable module the build lays out (the test project references src/AppSnapshot so it is built first).</summary>
    public static string ModuleFolder => Path.Combine(Root, "out", "AppSnapshot");

    public static string ModuleManifest => Path.Combine(ModuleFolder, "AppSnapshot.psd1");

    public static string FormatFile => Path.Combine(ModuleFolder, "AppSnapshot.Format.ps1xml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppSnapshot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("No AppSnapshot.sln above " + AppContext.BaseDirectory + ".");
    }
}
