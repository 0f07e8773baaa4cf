using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// The module's polling pace (WorkflowSettings.Default.Polling, the knob its operations offer tests
/// instead of sleeping) shrunk to the emulator's speed for the length of one example: a run the
/// emulator finishes in 30 ms is seen then, not after the 2 s a real plug-in needs at least. Nothing
/// an example shows depends on the pace. Process-wide, like the environment: only in a collection that
/// runs alone. Disposing puts the module's own settings back.
/// </summary>
public sealed class ModulePacing : IDisposable
{
    private const string Swap = """
        $settings = [AppSnapshot.Workflow.Common.WorkflowSettings]::Default
        $previous = $settings.Polling
        if ($replacement) { $settings.Polling = $replacement }
        else {
            $settings.Polling = [AppSnapshot.Workflow.Common.PollingSettings]@{
                InitialInterval = [TimeSpan]::FromMilliseconds(50)
                MinInterval = [TimeSpan]::FromMilliseconds(20)
                MaxInterval = [TimeSpan]::FromMilliseconds(100)
                GrowthFactor = $previous.GrowthFactor
                MaxConcurrentCalls = $previous.MaxConcurrentCalls
            }
        }
        $previous
        """;

    private readonly EngineSession _session;
    private readonly object _previous;

    public ModulePacing(EngineSession session)
    {
        _session = session;
        _previous = session.Run(Swap, ("replacement", null)).AssertClean().Output.Single();
    }

    public void Dispose() => _session.Run(Swap, ("replacement", _previous)).AssertClean();
}
