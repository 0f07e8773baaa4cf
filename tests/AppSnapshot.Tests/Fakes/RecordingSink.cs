using System.Collections.Concurrent;
using AppSnapshot.Output;

namespace AppSnapshot.Tests.Fakes;

/// <summary>Records every write with the id of the thread it arrived on.</summary>
public sealed class RecordingSink : IOutputSink
{
    private readonly ConcurrentQueue<(string Kind, object Value, int ThreadId)> _writes = new();

    public Func<string, string, bool> Answer { get; set; } = (_, _) => true;
    public ConcurrentQueue<(string Target, string Action)> ShouldProcessCalls { get; } = new();

    public IReadOnlyList<(string Kind, object Value, int ThreadId)> Writes => _writes.ToList();
    public IReadOnlyList<object> Objects => Of("object");
    public IReadOnlyList<T> ObjectsOf<T>() => Objects.OfType<T>().ToList();
    public IReadOnlyList<OperationError> Errors => Of("error").Cast<OperationError>().ToList();
    public IReadOnlyList<string> Warnings => Of("warning").Cast<string>().ToList();
    public IReadOnlyList<ProgressInfo> Progress => Of("progress").Cast<ProgressInfo>().ToList();
    public IReadOnlyList<string> Verbose => Of("verbose").Cast<string>().ToList();
    public IReadOnlyList<string> Debug => Of("debug").Cast<string>().ToList();

    /// <summary>Called after each write with its kind ("object", "error", ...); a test may throw from it.</summary>
    public Action<string>? OnWrite { get; set; }
    public IReadOnlyList<int> ThreadIds => _writes.Select(w => w.ThreadId).ToList();

    public void WriteObject(object value) => Add("object", value);
    public void WriteError(OperationError error) => Add("error", error);
    public void WriteWarning(string message) => Add("warning", message);
    public void WriteVerbose(string message) => Add("verbose", message);
    public void WriteDebug(string message) => Add("debug", message);
    public void WriteProgress(ProgressInfo progress) => Add("progress", progress);

    public bool ShouldProcess(string target, string action)
    {
        ShouldProcessCalls.Enqueue((target, action));
        Add("shouldprocess", target);
        return Answer(target, action);
    }

    /// <summary>The answer to ShouldContinue (query, caption); yes unless a test says otherwise.</summary>
    public Func<string, string, bool> ContinueAnswer { get; set; } = (_, _) => true;

    public bool ShouldContinue(string query, string caption)
    {
        Add("shouldcontinue", query);
        return ContinueAnswer(query, caption);
    }

    private void Add(string kind, object value)
    {
        _writes.Enqueue((kind, value, Environment.CurrentManagedThreadId));
        OnWrite?.Invoke(kind);
    }
    private IReadOnlyList<object> Of(string kind) => _writes.Where(w => w.Kind == kind).Select(w => w.Value).ToList();
}
