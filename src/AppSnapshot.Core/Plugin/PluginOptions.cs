using System.Collections.Generic;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// What the user asked the plug-in to do. Null means "not set": the parameter is left out of
    /// the command and the plug-in applies its own default.
    /// </summary>
    public sealed class PluginOptions
    {
        public string RamRoleName { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public IList<string> ExcludeDiskIds { get; } = new List<string>();
        public bool? InstantAccess { get; set; }
        /// <summary>1..65536; only meaningful with <see cref="InstantAccess"/> set to true.</summary>
        public int? InstantAccessRetentionDays { get; set; }

        // Linux only.
        public bool? EnableFsFreeze { get; set; }
        /// <summary>The I/O freeze timeout in seconds.</summary>
        public int? TimeoutInSeconds { get; set; }
        /// <summary>Send PreScriptPath="/tmp/prescript.sh" and PostScriptPath="/tmp/postscript.sh". Ignored on Windows.</summary>
        public bool UseScripts { get; set; } = true;
        public int? ScriptTimeoutInSeconds { get; set; }

        // Windows only.
        /// <summary>Null: not sent (plug-in default true). False: file-system-consistent only.</summary>
        public bool? EnableWriters { get; set; }
    }
}
