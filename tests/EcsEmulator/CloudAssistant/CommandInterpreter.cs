using EcsEmulator.Plugin;
using EcsEmulator.State;

namespace EcsEmulator.CloudAssistant;

/// <summary>
/// The guest side of Cloud Assistant: knows the app-snapshot plug-ins and uploaded scripts; anything else fails
/// like an unknown command (exit 127).
/// </summary>
internal static class CommandInterpreter
{
    private const string PluginManager = "acs-plugin-manager";

    public static CommandPlan Plan(EmulatorState state, Instance instance, string content, DateTimeOffset startUtc, Random jitter)
    {
        var command = content.Trim();
        if (command.StartsWith(PluginManager, StringComparison.Ordinal)) return PlanPlugin(state, instance, command, startUtc, jitter);
        var script = command.StartsWith("bash ", StringComparison.Ordinal) || command.StartsWith("sh ", StringComparison.Ordinal)
            ? command[(command.IndexOf(' ') + 1)..].Trim() : command;
        if (instance.Files.TryGetValue(script, out var file)) return PlanScript(instance, file);
        var first = command.Split((char[])[' ', '\n', '\r', '\t'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var message = instance.IsWindows
            ? $"'{first}' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n"
            : $"/bin/bash: line 1: {first}: command not found\n";
        return new CommandPlan(TimeSpan.FromMilliseconds(80), 127, _ => message, null);
    }

    private static CommandPlan PlanPlugin(EmulatorState state, Instance instance, string command, DateTimeOffset startUtc, Random jitter)
    {
        var plugin = ArgumentAfter(command, "--plugin");
        var expected = instance.IsWindows ? "app-snapshot-plugin-win" : "app-snapshot-plugin";
        if (!command.Contains("--exec", StringComparison.Ordinal) || plugin is null)
            return new CommandPlan(TimeSpan.FromMilliseconds(120), 1, _ => "Usage: acs-plugin-manager --exec --plugin <name> --params=<params>\n", null);
        if (plugin != expected)
            return new CommandPlan(TimeSpan.FromMilliseconds(300), 1, _ => $"[ERROR] plugin {plugin} is not found or not supported on {instance.OSType}\n", null);
        var paramsIndex = command.IndexOf("--params=", StringComparison.Ordinal);
        var rawParams = paramsIndex < 0 ? "" : command[(paramsIndex + "--params=".Length)..].Split('\n')[0].TrimEnd('\r');
        var run = new AppSnapshotPlugin(state, instance, startUtc, jitter).Run(rawParams);
        return new CommandPlan(run.Duration, run.ExitCode, upTo => run.Log.Text(upTo), run.Group);
    }

    private static CommandPlan PlanScript(Instance instance, SimulatedFile file)
    {
        var kind = file.Path.Contains("postscript", StringComparison.Ordinal) ? "postscript" : "prescript";
        var b = instance.ScriptBehaviours.GetValueOrDefault(kind) ?? ScriptBehaviour.Succeed();
        return b.Outcome switch
        {
            ScriptOutcome.Hang => new CommandPlan(TimeSpan.FromDays(1), 0, _ => "", null),
            ScriptOutcome.Fail => new CommandPlan(TimeSpan.FromSeconds(b.DurationSeconds), b.ExitCode, _ => b.Output ?? "", null),
            _ => new CommandPlan(TimeSpan.FromSeconds(b.DurationSeconds), 0, _ => b.Output ?? "", null),
        };
    }

    private static string? ArgumentAfter(string command, string flag)
    {
        var parts = command.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var i = Array.IndexOf(parts, flag);
        return i >= 0 && i + 1 < parts.Length ? parts[i + 1] : null;
    }
}
