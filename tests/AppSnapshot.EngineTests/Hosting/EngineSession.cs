using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using EcsEmulator;

namespace AppSnapshot.EngineTests.Hosting;

/// <summary>
/// One runspace of the real PowerShell engine with the built module imported and, when an emulator is
/// given, every AppSnapshot cmdlet pointed at it through $PSDefaultParameterValues (-Endpoint,
/// -Credential, and unless asked otherwise -RegionId cn-hangzhou). Nothing goes through process
/// environment variables, which tests running in parallel would share.
/// </summary>
public sealed class EngineSession : IDisposable
{
    private static readonly Lazy<InitialSessionState> ModuleState = new(() =>
    {
        // Do not set ExecutionPolicy: it throws on Linux.
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(new[] { RepositoryLayout.ModuleManifest });
        return state;
    });

    private const string ConnectScript = """
        foreach ($command in Get-Command -Module AppSnapshot | Where-Object Noun -ne 'AppSnapshotDefault') {
            $PSDefaultParameterValues["$($command.Name):Endpoint"] = $AppSnapshotTestEndpoint
            $PSDefaultParameterValues["$($command.Name):Credential"] = $AppSnapshotTestCredential
            if ($AppSnapshotTestRegion) { $PSDefaultParameterValues["$($command.Name):RegionId"] = $AppSnapshotTestRegion }
        }
        """;

    private EngineSession(Runspace runspace) => Runspace = runspace;

    public Runspace Runspace { get; }

    /// <param name="host">A host for prompts and -WhatIf text; null: the engine's default host, which cannot prompt.</param>
    /// <param name="defaultRegion">
    /// False for pipelines: PowerShell binds a default value before pipeline input, so a -RegionId default
    /// would hide the RegionId of every piped object. Those tests name the region on the first command.
    /// </param>
    public static EngineSession Open(EmulatorHost? emulator, PSHost? host = null, bool defaultRegion = true)
    {
        var runspace = host == null ? RunspaceFactory.CreateRunspace(ModuleState.Value) : RunspaceFactory.CreateRunspace(host, ModuleState.Value);
        runspace.Open();
        var session = new EngineSession(runspace);
        if (emulator != null)
        {
            session.Run(ConnectScript,
                ("AppSnapshotTestEndpoint", emulator.BaseUri.ToString()),
                ("AppSnapshotTestCredential", TestCredential.Emulator),
                ("AppSnapshotTestRegion", defaultRegion ? "cn-hangzhou" : null)).AssertClean();
        }
        return session;
    }

    /// <summary>Runs a script to its end and records every stream; variables are set in the runspace first.</summary>
    public EngineRun Run(string script, params (string Name, object? Value)[] variables)
    {
        using var ps = Prepare(script, variables);
        Exception? failure = null;
        var output = new List<PSObject>();
        try
        {
            output.AddRange(ps.Invoke());
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        return new EngineRun(ps, output, failure);
    }

    /// <summary>A script ready to start (BeginInvoke) and to stop; the caller disposes it.</summary>
    public PowerShell Prepare(string script, params (string Name, object? Value)[] variables)
    {
        foreach (var (name, value) in variables) Runspace.SessionStateProxy.SetVariable(name, value);
        var ps = PowerShell.Create(Runspace);
        ps.AddScript(script);
        return ps;
    }

    public void Dispose() => Runspace.Dispose();
}
