namespace EcsEmulator;

public enum ScriptOutcome { Succeed, Fail, Hang }

/// <summary>What an uploaded pre/post script does when the plug-in runs it.</summary>
public sealed record ScriptBehaviour(ScriptOutcome Outcome, int ExitCode = 0, string? Output = null, double DurationSeconds = 1.0)
{
    public static ScriptBehaviour Succeed(string? output = null, double durationSeconds = 1.0) => new(ScriptOutcome.Succeed, 0, output, durationSeconds);
    public static ScriptBehaviour Fail(int exitCode, string? output = null) => new(ScriptOutcome.Fail, exitCode, output, 0.5);
    public static ScriptBehaviour Hang() => new(ScriptOutcome.Hang, 0, null, 0);
}
