using System.Collections.Concurrent;
using AppSnapshot.Output;

namespace AppSnapshot.Reliability;

/// <summary>Keeps what an operation writes: objects and errors; answers every question yes.</summary>
internal sealed class CollectingSink : IOutputSink
{
    private readonly ConcurrentQueue<object> _objects = new();
    private readonly ConcurrentQueue<OperationError> _errors = new();

    public IReadOnlyList<object> Objects => _objects.ToList();
    public IReadOnlyList<OperationError> Errors => _errors.ToList();
    public IReadOnlyList<T> Of<T>() => _objects.OfType<T>().ToList();

    public void WriteObject(object value) => _objects.Enqueue(value);
    public void WriteError(OperationError error) => _errors.Enqueue(error);
    public void WriteWarning(string message) { }
    public void WriteVerbose(string message) { }
    public void WriteDebug(string message) { }
    public void WriteProgress(ProgressInfo progress) { }
    public bool ShouldProcess(string target, string action) => true;
    public bool ShouldContinue(string query, string caption) => true;
}
