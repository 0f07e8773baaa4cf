using System;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// A value that may not be placed in the plug-in command. ParamName is the PowerShell
    /// parameter name (e.g. "Name", "ExcludeDiskId") so the cmdlet can point at it.
    /// </summary>
    public sealed class PluginArgumentException : ArgumentException
    {
        public PluginArgumentException(string parameterName, string rule)
            : base($"-{parameterName}: {rule}", parameterName)
        {
            Rule = rule;
        }

        /// <summary>The rule that was broken, without the parameter name.</summary>
        public string Rule { get; }
    }
}
