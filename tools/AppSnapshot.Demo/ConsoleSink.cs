using AppSnapshot.Output;

namespace AppSnapshot.Demo;

/// <summary>What a cmdlet does with an operation's output, minus PowerShell: objects are kept for the printer, the rest goes to the console.</summary>
internal sealed class ConsoleSink : IOutputSink
{
    private readonly object _gate = new();
    private readonly bool _verbose;

    public ConsoleSink(bool verbose) => _verbose = verbose;

    public List<object> Objects { get; } = new();
    public List<OperationError> Errors { get; } = new();

    public void WriteObject(object value) { lock (_gate) Objects.Add(value); }

    public void WriteError(OperationError error)
    {
        lock (_gate)
        {
            Errors.Add(error);
            Printer.Colored(ConsoleColor.Red, "Error: " + error.Message + " (" + error.ErrorId + ", " + error.Kind + ")"
                + (error.RecommendedAction == null ? "" : Environment.NewLine + "  Recommended: " + error.RecommendedAction));
        }
    }

    public void WriteWarning(string message) { lock (_gate) Printer.Colored(ConsoleColor.Yellow, "WARNING: " + message); }

    public void WriteVerbose(string message) { if (_verbose) lock (_gate) Printer.Colored(ConsoleColor.DarkYellow, "VERBOSE: " + message); }

    public void WriteDebug(string message) { }

    public void WriteProgress(ProgressInfo progress) { }

    public bool ShouldProcess(string target, string action) => true;
}
