using EcsEmulator.Plugin;

namespace EcsEmulator.CloudAssistant;

/// <summary>What running a command on one instance will do, decided when the command is dispatched.</summary>
internal sealed record CommandPlan(TimeSpan NominalDuration, int ExitCode, Func<TimeSpan?, string> Output, GroupOutcome? Group);
