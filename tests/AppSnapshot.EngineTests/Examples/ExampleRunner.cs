using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;
using EcsEmulator;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// Runs an example as a reader would at a console: a new PowerShell session with the module imported,
/// the emulator's endpoint, AccessKey and region in the process environment (nothing on the command
/// line), each command exactly as written, sent with its output to Out-Default and its errors merged
/// into it, as the console host does.
/// </summary>
public static class ExampleRunner
{
    public static IReadOnlyList<CommandTranscript> Run(DocumentedExample example, ExampleArrangement arrangement, EmulatorFixture emulator)
    {
        emulator.Reset();
        var folder = Directory.CreateDirectory(Path.Combine(emulator.TempDirectory, Guid.NewGuid().ToString("N"))).FullName;
        var environment = new Dictionary<string, string>
        {
            ["APPSNAPSHOT_ENDPOINT"] = emulator.Host.BaseUri.ToString().TrimEnd('/'),
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = EmulatorHost.AccessKeyId,
            ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = EmulatorHost.AccessKeySecret,
            ["ALIBABA_CLOUD_REGION_ID"] = "cn-hangzhou",
        };
        using var setupSession = emulator.OpenSession();
        PendingRunList.Clear(setupSession);
        var setup = new ExampleSetup(emulator, setupSession, folder, environment);
        IReadOnlyList<CommandTranscript> transcripts;
        using (new ModulePacing(setupSession))
        {
            arrangement.Before?.Invoke(setup);
            transcripts = RunCommands(example, arrangement, setup, environment);
        }
        PendingRunList.Clear(setupSession);
        SessionDefaultsStayed(example, setupSession);
        return transcripts;
    }

    /// <summary>The example's commands in a session of their own, the reader's, with the example's environment.</summary>
    private static List<CommandTranscript> RunCommands(DocumentedExample example, ExampleArrangement arrangement, ExampleSetup setup, IReadOnlyDictionary<string, string> environment)
    {
        var host = new TranscriptHost(arrangement.Answers);
        var transcripts = new List<CommandTranscript>();
        using (new ProcessEnvironment(environment))
        using (var session = EngineSession.Open(null, host))
        {
            session.Run("Set-Location -LiteralPath $folder", ("folder", setup.WorkingDirectory)).AssertClean();
            if (arrangement.InReadersSession is { } state)
            {
                var run = session.Run(state).AssertClean();
                Assert.True(run.Warnings.Count == 0, example.Key + ": the arrangement's session state warned: " + string.Join("; ", run.Warnings));
            }
            for (var index = 0; index < example.Commands.Count; index++)
            {
                if (arrangement.BeforeCommand.TryGetValue(index, out var before)) before(setup);
                var from = host.Lines.Count;
                RunCommand(session, host, example.Commands[index].Text);
                transcripts.Add(new CommandTranscript(example.Commands[index], host.Lines.Skip(from).ToList()));
            }
            Assert.True(host.UnusedAnswers == 0, example.Key + ": the arrangement answers " + host.UnusedAnswers + " prompt(s) the example never showed.");
        }
        return transcripts;
    }

    /// <summary>
    /// Session defaults belong to the runspace that set them: the next example (a new runspace, like the
    /// arrangement's) must not inherit what this one set with Set-AppSnapshotDefault.
    /// </summary>
    private static void SessionDefaultsStayed(DocumentedExample example, EngineSession otherSession)
    {
        var defaults = otherSession.Run("Get-AppSnapshotDefault").AssertClean().Output.Single();
        var leaked = new[] { "RegionId", "ProfileName", "Endpoint" }.Where(name => defaults.Properties[name]?.Value is string value && value.Length > 0).ToList();
        Assert.True(leaked.Count == 0, example.Key + ": its session defaults reached another session: " + string.Join(", ", leaked));
    }

    private static void RunCommand(EngineSession session, TranscriptHost host, string text)
    {
        using var ps = PowerShell.Create(session.Runspace);
        ps.AddScript(text);
        ps.Commands.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
        ps.AddCommand("Out-Default");
        try
        {
            ps.Invoke();
        }
        catch (RuntimeException ex)
        {
            // A terminating error: the console writes it like any other error.
            using var show = PowerShell.Create(session.Runspace);
            show.AddCommand("Out-Default").Invoke(new object[] { ex.ErrorRecord });
        }
        if (host.TakeExitCode() is { } code && code != 0) host.UI.WriteErrorLine("The example ran exit " + code + ".");
    }
}
