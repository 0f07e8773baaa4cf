using System.Diagnostics;
using System.Text.Json;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// One `dotnet pwsh -NoProfile -NonInteractive -File script ...` process started from the repository root,
/// where the local tool manifest (dotnet-tools.json) pins pwsh, as a user of the repository starts it.
/// Its stdout and stderr go line by line to a log file; a line equal to the ready marker completes
/// <see cref="Ready"/>, and <see cref="Go"/> answers it with one line on stdin.
/// </summary>
internal sealed class PwshChild : IDisposable
{
    /// <summary>Variables of the benchmark's own environment that would point the module elsewhere: never passed on.</summary>
    private static readonly string[] CloudVariablePrefixes = { "ALIBABA_CLOUD_", "ALIBABACLOUD_", "ALICLOUD_", "APPSNAPSHOT_" };

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly string _readyMarker;
    private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _tail = new();
    private bool _disposed;

    private PwshChild(Process process, StreamWriter log, string readyMarker)
    {
        _process = process;
        _log = log;
        _readyMarker = readyMarker;
    }

    /// <summary>True once the script wrote the ready marker; false if the process ended first.</summary>
    public Task<bool> Ready => _ready.Task;

    /// <summary>Restores the local tools (`dotnet tool restore`) when the pinned pwsh package is not in the NuGet cache.</summary>
    public static async Task EnsureRestoredAsync(CancellationToken ct)
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "dotnet-tools.json"), ct));
        var version = manifest.RootElement.GetProperty("tools").GetProperty("powershell").GetProperty("version").GetString();
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (Directory.Exists(Path.Combine(packages, "powershell", version ?? ""))) return;
        Console.WriteLine("pwsh " + version + " is not restored: dotnet tool restore ...");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, UseShellExecute = false };
        info.ArgumentList.Add("tool");
        info.ArgumentList.Add("restore");
        using var restore = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet tool restore.");
        await restore.WaitForExitAsync(ct);
        if (restore.ExitCode != 0) throw new InvalidOperationException("dotnet tool restore exited " + restore.ExitCode + ".");
    }

    public static PwshChild Start(string script, IEnumerable<string> scriptArguments, IReadOnlyDictionary<string, string> environment, string logPath, string readyMarker)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-File", script }.Concat(scriptArguments)) info.ArgumentList.Add(a);
        foreach (var key in info.Environment.Keys.Where(k => CloudVariablePrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            info.Environment.Remove(key);
        foreach (var (key, value) in environment) info.Environment[key] = value;

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new PwshChild(process, log, readyMarker);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, fromStdout: true);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, fromStdout: false);
        process.Exited += (_, _) => child._ready.TrySetResult(false);
        if (!process.Start()) throw new InvalidOperationException("Could not start dotnet pwsh.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Lets the script past its handshake: its clock starts right after this line.</summary>
    public void Go()
    {
        _process.StandardInput.WriteLine();
        _process.StandardInput.Flush();
    }

    /// <summary>Waits for the process to end (its output drained); kills its tree on cancellation or after the timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested) throw;
            throw new TimeoutException("pwsh did not finish within " + timeout.TotalMinutes + " min (killed).");
        }
        return _process.ExitCode;
    }

    /// <summary>The last lines of its output, for a failure message.</summary>
    public string Tail()
    {
        lock (_tail) return string.Join(Environment.NewLine, _tail);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        lock (_tail)
        {
            _disposed = true;
            _log.Dispose();
        }
    }

    private void OnLine(string? line, bool fromStdout)
    {
        if (line == null) return;
        if (fromStdout && line == _readyMarker)
        {
            _ready.TrySetResult(true);
            return;
        }
        lock (_tail)
        {
            if (_disposed) return;
            _log.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailLines) _tail.Dequeue();
        }
    }

    private const int TailLines = 30;
}
