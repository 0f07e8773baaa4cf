using AppSnapshot.Models;

namespace AppSnapshot.Plugin
{
    /// <summary>A validated plug-in invocation, ready to hand to RunCommand.</summary>
    public sealed class PluginCommandLine
    {
        public PluginCommandLine(Platform platform, string commandContent, string commandType, int timeoutSeconds)
        {
            Platform = platform;
            CommandContent = commandContent;
            CommandType = commandType;
            TimeoutSeconds = timeoutSeconds;
        }

        public Platform Platform { get; }
        public string CommandContent { get; }
        /// <summary>"RunShellScript" (Linux) or "RunBatScript" (Windows).</summary>
        public string CommandType { get; }
        /// <summary>The RunCommand Timeout: long enough for both scripts, the freeze and the group creation.</summary>
        public int TimeoutSeconds { get; }

        public override string ToString() => CommandContent;
    }
}
