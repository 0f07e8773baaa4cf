using System.Globalization;
using System.Management.Automation.Host;

namespace AppSnapshot.EngineTests.Hosting;

/// <summary>A PowerShell host whose user answers every prompt from a script and whose screen is a list of lines.</summary>
public sealed class ScriptedHost : PSHost
{
    private readonly ScriptedHostUserInterface _ui;

    public ScriptedHost(params Answer[] answers) => _ui = new ScriptedHostUserInterface(answers);

    /// <summary>Every prompt shown, in order.</summary>
    public IReadOnlyList<Prompt> Prompts => _ui.Prompts;

    /// <summary>Lines written to the host (the -WhatIf messages arrive here).</summary>
    public IReadOnlyList<string> Lines => _ui.Lines;

    /// <summary>Prompts that came when no answer was left; a test that sees one failed to script its user.</summary>
    public int UnansweredPrompts => _ui.UnansweredPrompts;

    public override string Name => "AppSnapshot.EngineTests.ScriptedHost";
    public override Version Version { get; } = new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI => _ui;
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void SetShouldExit(int exitCode) { }
    public override void EnterNestedPrompt() => throw new NotSupportedException("The scripted host has no nested prompt.");
    public override void ExitNestedPrompt() => throw new NotSupportedException("The scripted host has no nested prompt.");
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
}
