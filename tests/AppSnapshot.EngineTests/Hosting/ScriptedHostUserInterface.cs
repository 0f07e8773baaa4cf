using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace AppSnapshot.EngineTests.Hosting;

/// <summary>
/// Answers PromptForChoice from a queue of <see cref="Answer"/>s, records every prompt and every line
/// written. Anything else interactive (Read-Host, credential prompts) fails: the module must never need it.
/// </summary>
public sealed class ScriptedHostUserInterface : PSHostUserInterface
{
    private readonly ConcurrentQueue<Answer> _answers;
    private readonly ConcurrentQueue<Prompt> _prompts = new();
    private readonly ConcurrentQueue<string> _lines = new();
    private int _unanswered;

    public ScriptedHostUserInterface(IEnumerable<Answer> answers) => _answers = new ConcurrentQueue<Answer>(answers);

    public IReadOnlyList<Prompt> Prompts => _prompts.ToList();
    public IReadOnlyList<string> Lines => _lines.ToList();
    public int UnansweredPrompts => _unanswered;

    public override PSHostRawUserInterface RawUI { get; } = new ScriptedRawUserInterface();

    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
    {
        var labels = choices.Select(c => c.Label.Replace("&", "")).ToList();
        if (!_answers.TryDequeue(out var answer))
        {
            Interlocked.Increment(ref _unanswered);
            throw new InvalidOperationException("The test scripted no answer for the prompt '" + caption + "': " + message);
        }
        var wanted = answer switch
        {
            Answer.Yes => "Yes",
            Answer.YesToAll => "Yes to All",
            Answer.No => "No",
            _ => "No to All",
        };
        var index = labels.FindIndex(l => string.Equals(l, wanted, StringComparison.OrdinalIgnoreCase));
        if (index < 0) throw new InvalidOperationException("The prompt '" + caption + "' offers no '" + wanted + "': " + string.Join(", ", labels));
        _prompts.Enqueue(new Prompt(caption, message, labels, answer, Environment.CurrentManagedThreadId, Thread.CurrentThread.IsThreadPoolThread));
        return index;
    }

    public override void Write(string value) => _lines.Enqueue(value);
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => _lines.Enqueue(value);
    public override void WriteLine(string value) => _lines.Enqueue(value);
    public override void WriteErrorLine(string value) => _lines.Enqueue(value);
    public override void WriteDebugLine(string message) => _lines.Enqueue("DEBUG: " + message);
    public override void WriteVerboseLine(string message) => _lines.Enqueue("VERBOSE: " + message);
    public override void WriteWarningLine(string message) => _lines.Enqueue("WARNING: " + message);
    public override void WriteProgress(long sourceId, ProgressRecord record) { }

    public override string ReadLine() => throw Unscripted("ReadLine");
    public override SecureString ReadLineAsSecureString() => throw Unscripted("ReadLineAsSecureString");
    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw Unscripted("Prompt");
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw Unscripted("PromptForCredential");
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
        PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw Unscripted("PromptForCredential");

    private static NotSupportedException Unscripted(string what) => new("The scripted host does not support " + what + ".");
}
