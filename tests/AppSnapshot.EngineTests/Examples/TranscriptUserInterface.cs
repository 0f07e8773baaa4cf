using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// A console screen as a list of lines: formatted output, errors, warnings and confirmation prompts in
/// the order a user sees them, each prompt written the way the console host writes it and answered
/// from a script. Anything else interactive fails: a documented example must not need it.
/// </summary>
public sealed class TranscriptUserInterface : PSHostUserInterface
{
    private readonly ConcurrentQueue<Answer> _answers;
    private readonly ConcurrentQueue<TranscriptLine> _lines = new();
    private string _partial = "";

    public TranscriptUserInterface(IEnumerable<Answer> answers, int width)
    {
        _answers = new ConcurrentQueue<Answer>(answers);
        RawUI = new ScriptedRawUserInterface { BufferSize = new Size(width, 1000), WindowSize = new Size(width, 50) };
    }

    public IReadOnlyList<TranscriptLine> Lines => _lines.ToList();

    /// <summary>Answers the script gave that no prompt asked for.</summary>
    public int UnusedAnswers => _answers.Count;

    public override PSHostRawUserInterface RawUI { get; }

    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
    {
        if (!string.IsNullOrEmpty(caption)) Add(TranscriptKind.Prompt, caption);
        foreach (var line in message.Split('\n')) Add(TranscriptKind.Prompt, line.TrimEnd('\r'));
        if (!_answers.TryDequeue(out var answer))
        {
            Add(TranscriptKind.Error, "The example's user has no answer for this prompt.");
            throw new InvalidOperationException("No scripted answer for the prompt '" + caption + "': " + message);
        }
        var index = ChoiceLine.IndexOf(answer, choices);
        Add(TranscriptKind.Prompt, ChoiceLine.Render(choices, defaultChoice) + " " + ChoiceLine.HotKey(choices[index]));
        return index;
    }

    public override void Write(string value) => _partial += value;
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);
    public override void WriteLine(string value) => Add(TranscriptKind.Output, TakePartial() + value);
    public override void WriteErrorLine(string value) => Add(TranscriptKind.Error, value);
    // Prefixed as the console host prefixes them.
    public override void WriteDebugLine(string message) => Add(TranscriptKind.Debug, "DEBUG: " + message);
    public override void WriteVerboseLine(string message) => Add(TranscriptKind.Verbose, "VERBOSE: " + message);
    public override void WriteWarningLine(string message) => Add(TranscriptKind.Warning, "WARNING: " + message);
    public override void WriteProgress(long sourceId, ProgressRecord record) { }

    public override string ReadLine() => throw Unsupported("ReadLine");
    public override SecureString ReadLineAsSecureString() => throw Unsupported("ReadLineAsSecureString");
    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw Unsupported("Prompt");
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw Unsupported("PromptForCredential");
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
        PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw Unsupported("PromptForCredential");

    private string TakePartial()
    {
        var text = _partial;
        _partial = "";
        return text;
    }

    /// <summary>Colours and styles (VT escape sequences) are what the console shows as colour, not text.</summary>
    private static readonly System.Text.RegularExpressions.Regex Escape = new(@"\x1b\[[0-9;?]*[A-Za-z]");

    private void Add(TranscriptKind kind, string text)
    {
        foreach (var line in Escape.Replace(text, "").Replace("\r\n", "\n").Split('\n')) _lines.Enqueue(new TranscriptLine(kind, line));
    }

    private static NotSupportedException Unsupported(string what) => new("A documented example must not need " + what + ".");
}
