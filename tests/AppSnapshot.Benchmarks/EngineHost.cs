using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using EcsEmulator;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// The real PowerShell engine (Microsoft.PowerShell.SDK) hosted in this process with the built module
/// imported from out/AppSnapshot, every AppSnapshot cmdlet pointed at one emulator through
/// $PSDefaultParameterValues (-Endpoint, -Credential; no -RegionId default, which would hide the
/// RegionId of piped objects). One runspace per scenario.
/// </summary>
internal sealed class EngineHost : IDisposable
{
    private const string ConnectScript = """
        foreach ($command in Get-Command -Module AppSnapshot) {
            $PSDefaultParameterValues["$($command.Name):Endpoint"] = $BenchEndpoint
            $PSDefaultParameterValues["$($command.Name):Credential"] = $BenchCredential
        }
        """;

    private readonly Runspace _runspace;

    private EngineHost(Runspace runspace) => _runspace = runspace;

    public static string ModuleManifest => Path.Combine(RepositoryRoot, "out", "AppSnapshot", "AppSnapshot.psd1");

    public static string RepositoryRoot { get; } = FindRoot();

    public static EngineHost Open(Uri endpoint)
    {
        if (!File.Exists(ModuleManifest))
            throw new InvalidOperationException("No built module at " + ModuleManifest + ": run `dotnet build AppSnapshot.sln -c Release` (or build src/AppSnapshot) first.");
        // Do not set ExecutionPolicy: it throws on Linux.
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(new[] { ModuleManifest });
        var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        var host = new EngineHost(runspace);
        var connect = host.Run(ConnectScript, ("BenchEndpoint", endpoint.ToString()), ("BenchCredential", EmulatorCredential()));
        if (!connect.Clean) throw new InvalidOperationException("Pointing the module at the emulator failed: " + connect.Describe());
        return host;
    }

    /// <summary>Runs a script to its end; variables are set in the runspace first.</summary>
    public EngineOutcome Run(string script, params (string Name, object? Value)[] variables)
    {
        foreach (var (name, value) in variables) _runspace.SessionStateProxy.SetVariable(name, value);
        using var ps = PowerShell.Create(_runspace);
        ps.AddScript(script);
        Exception? failure = null;
        var output = new List<PSObject>();
        try { output.AddRange(ps.Invoke()); }
        catch (Exception ex) { failure = ex; }
        return new EngineOutcome(output.Count, failure, ps.Streams.Error.Select(e => e.FullyQualifiedErrorId + ": " + e).ToList(),
            ps.Streams.Warning.Select(w => w.Message).ToList());
    }

    public void Dispose() => _runspace.Dispose();

    private static PSCredential EmulatorCredential()
    {
        var secret = new SecureString();
        foreach (var c in EmulatorHost.AccessKeySecret) secret.AppendChar(c);
        secret.MakeReadOnly();
        return new PSCredential(EmulatorHost.AccessKeyId, secret);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppSnapshot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("No AppSnapshot.sln above " + AppContext.BaseDirectory + ".");
    }
}

internal sealed record EngineOutcome(int OutputCount, Exception? Failure, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool Clean => Failure == null && Errors.Count == 0;

    public string Describe() =>
        (Failure != null ? "exception: " + Failure.Message + "; " : "") + Errors.Count + " error(s)" +
        (Errors.Count > 0 ? ", e.g. " + string.Join(" | ", Errors.Take(3)) : "");
}
