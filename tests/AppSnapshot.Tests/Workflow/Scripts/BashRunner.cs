using System.Diagnostics;

namespace AppSnapshot.Tests.Workflow.Scripts;

/// <summary>Runs bash for the script-template tests; absent bash (e.g. Windows CI) makes them return early.</summary>
internal static class BashRunner
{
    public const string BashPath = "/bin/bash";

    public static bool Available => File.Exists(BashPath);

    public static (int ExitCode, string Output) Run(string arguments, IDictionary<string, string>? environment = null, int timeoutMs = 30_000)
    {
        var start = new ProcessStartInfo(BashPath, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bash {arguments} did not finish");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
