using System.Globalization;
using System.Management.Automation.Host;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>A PowerShell host whose screen is a transcript and whose user answers prompts from a script.</summary>
public sealed class TranscriptHost : PSHost
{
    /// <summary>The width of the console the examples were written for.</summary>
    public const int Width = 120;

    private readonly TranscriptUserInterface _ui;

    public TranscriptHost(IEnumerable<Answer> answers) => _ui = new TranscriptUserInterface(answers, Width);

    public IReadOnlyList<TranscriptLine> Lines => _ui.Lines;

    public int UnusedAnswers => _ui.UnusedAnswers;

    public override string Name => "AppSnapshot.EngineTests.TranscriptHost";
    public override Version Version { get; } = new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => _ui;
    // Dates and numbers the examples show are compared as volatile tokens, whatever the culture.
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;
    public override void EnterNestedPrompt() => throw new NotSupportedException("A documented example must not need a nested prompt.");
    public override void ExitNestedPrompt() => throw new NotSupportedException("A documented example must not need a nested prompt.");
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }

    private int? ExitCode { get; set; }

    /// <summary>The code of an <c>exit</c> the last command ran, if any; forgotten once read.</summary>
    public int? TakeExitCode()
    {
        var code = ExitCode;
        ExitCode = null;
        return code;
    }
}
