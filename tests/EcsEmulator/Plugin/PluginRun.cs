namespace EcsEmulator.Plugin;

/// <summary>A planned plug-in run: exit code, guest-time duration, log, and the group it creates (if any).</summary>
internal sealed record PluginRun(int ExitCode, TimeSpan Duration, PluginLog Log, GroupOutcome? Group);
