namespace AppSnapshot.Benchmarks;

/// <summary>Where the benchmark finds the repository, the built module and its own committed files.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleManifest => Path.Combine(Root, "out", "AppSnapshot", "AppSnapshot.psd1");

    public static string BenchmarkFolder => Path.Combine(Root, "tests", "AppSnapshot.Benchmarks");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppSnapshot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("No AppSnapshot.sln above " + AppContext.BaseDirectory + ".");
    }
}
