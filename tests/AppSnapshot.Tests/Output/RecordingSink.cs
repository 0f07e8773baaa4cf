using System.Collections.Concurrent;
using AppSnapshot.Output;

namespace AppSnapshot.Tests.Output;

/// <summary>A sink that records every call with the managed thread id it arrived on.</summary>
internal sealed class RecordingSink : IOutputSink
{
    private readonly Func<string, string, bool> _shouldProcess;

    public RecordingSink(Func<string, string, bool>? shouldProcess = null) => _shouldProcess = shouldProcess ?? ((_, _) => true);

    public ConcurrentQueue<(string Kind, object Payload, int ThreadId)> Calls { get; } = new();

    public IEnumerable<object> Objects => Calls.Where(c => c.Kind == "object").Select(c => c.Payload);
    public IEnumerable<OperationError> Errors => Calls.Where(c => c.Kind == "error").Select(c => (OperationError)c.Payload);
    public IEnumerable<string> Warnings => Calls.Where(c => c.Kind == "warning").Select(c => (string)c.Payload);
    public IEnumerable<string> Verbose => Calls.Where(c => c.Kind == "verbose").Select(c => (string)c.Payload);
    public IEnumerable<string> Debug => Calls.Where(c => c.Kind == "debug").Select(c => (string)c.Payload);
    public IEnumerable<ProgressInfo> Progress => Calls.Where(c => c.Kind == "progress").Select(c => (ProgressInfo)c.Payload);

    public Action<string>? OnWrite { get; set; }

    private void Record(string kind, object payload)
    {
        Calls.Enqueue((kind, payload, Environment.CurrentManagedThreadId));
        OnWrite?.Invoke(kind);
    }

    public void WriteObject(object value) => Record("object", value);
    public void WriteError(OperationError error) => Record("error", error);
    public void WriteWarning(string message) => Record("warning", message);
    public void WriteVerbose(string message) => Record("verbose", message);
    public void WriteDebug(string message) => Record("debug", message);
    public void WriteProgress(ProgressInfo progress) => Record("progress", progress);

    public bool ShouldProcess(string target, string action)
    {
        Record("shouldprocess", target + "|" + action);
        return _shouldProcess(target, action);
    }
}
