using System;
using System.Collections.Generic;
using AppSnapshot.Models;

namespace AppSnapshot.Plugin
{
    /// <summary>Builds the acs-plugin-manager command line that RunCommand carries to the guest.</summary>
    public static class PluginCommandBuilder
    {
        public const string LinuxPluginName = "app-snapshot-plugin";
        public const string WindowsPluginName = "app-snapshot-plugin-win";
        public const string LinuxCommandType = "RunShellScript";
        public const string WindowsCommandType = "RunBatScript";
        /// <summary>The plug-in accepts no other script locations.</summary>
        public const string PreScriptPath = "/tmp/prescript.sh";
        public const string PostScriptPath = "/tmp/postscript.sh";

        public const int MaxInstantAccessRetentionDays = 65536;
        public const int MaxFreezeTimeoutSeconds = 3600;
        /// <summary>Keeps two script runs plus the fixed allowance under RunCommand's 86400-second ceiling.</summary>
        public const int MaxScriptTimeoutSeconds = 36000;

        /// <summary>Plug-in install/update, checks, group creation and tagging (the seeds' Windows sample uses 1800).</summary>
        internal const int BaseTimeoutSeconds = 1800;
        internal const int DefaultFreezeTimeoutSeconds = 30;
        internal const int DefaultScriptTimeoutSeconds = 1800;

        public static PluginCommandLine Build(Platform platform, PluginOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            ValidateCommon(options);
            var parameters = CommonParameters(options);
            switch (platform)
            {
                case Platform.Linux:
                    ValidateLinux(options);
                    AddLinuxParameters(parameters, options);
                    return new PluginCommandLine(platform, Command(LinuxPluginName, parameters), LinuxCommandType, LinuxTimeout(options));
                case Platform.Windows:
                    ValidateWindows(options);
                    if (options.EnableWriters.HasValue)
                    {
                        parameters.AddBoolean("EnableWriters", options.EnableWriters.Value);
                    }

                    return new PluginCommandLine(platform, Command(WindowsPluginName, parameters), WindowsCommandType, BaseTimeoutSeconds);
                default:
                    throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform.");
            }
        }

        private static string Command(string plugin, PluginParameterList parameters) =>
            $"acs-plugin-manager --exec --plugin {plugin} --params={parameters}";

        private static void ValidateCommon(PluginOptions options)
        {
            PluginValueValidator.ValidateRoleName(options.RamRoleName);
            PluginValueValidator.ValidateGroupName(options.Name);
            PluginValueValidator.ValidateDescription(options.Description);
            foreach (var diskId in options.ExcludeDiskIds)
            {
                PluginValueValidator.ValidateDiskId(diskId);
            }

            if (options.InstantAccessRetentionDays.HasValue)
            {
                if (options.InstantAccess != true)
                {
                    throw new PluginArgumentException("InstantAccessRetentionDays", "applies only together with -InstantAccess.");
                }

                RequireRange(options.InstantAccessRetentionDays.Value, 1, MaxInstantAccessRetentionDays, "InstantAccessRetentionDays");
            }
        }

        private static PluginParameterList CommonParameters(PluginOptions options)
        {
            var parameters = new PluginParameterList()
                .AddString("RamRoleName", options.RamRoleName)
                .AddString("Name", options.Name);
            if (options.Description != null)
            {
                parameters.AddString("Description", options.Description);
            }

            var excluded = Distinct(options.ExcludeDiskIds);
            if (excluded.Count > 0)
            {
                parameters.AddString("ExcludeDiskId", ExcludeDiskIdFormat.Join(excluded));
            }

            if (options.InstantAccess.HasValue)
            {
                parameters.AddBoolean("InstantAccess", options.InstantAccess.Value);
            }

            if (options.InstantAccessRetentionDays.HasValue)
            {
                parameters.AddInteger("InstantAccessRetentionDays", options.InstantAccessRetentionDays.Value);
            }

            return parameters;
        }

        private static void ValidateLinux(PluginOptions options)
        {
            if (options.EnableWriters.HasValue)
            {
                throw new PluginArgumentException("EnableWriters", "applies to Windows instances only (VSS writers).");
            }

            if (options.TimeoutInSeconds.HasValue)
            {
                RequireRange(options.TimeoutInSeconds.Value, 1, MaxFreezeTimeoutSeconds, "TimeoutInSeconds");
            }

            if (options.ScriptTimeoutInSeconds.HasValue)
            {
                if (!options.UseScripts)
                {
                    throw new PluginArgumentException("ScriptTimeoutInSeconds", "applies only when the pre/post scripts are used.");
                }

                RequireRange(options.ScriptTimeoutInSeconds.Value, 1, MaxScriptTimeoutSeconds, "ScriptTimeoutInSeconds");
            }
        }

        private static void AddLinuxParameters(PluginParameterList parameters, PluginOptions options)
        {
            if (options.EnableFsFreeze.HasValue)
            {
                parameters.AddBoolean("EnableFsFreeze", options.EnableFsFreeze.Value);
            }

            if (options.TimeoutInSeconds.HasValue)
            {
                parameters.AddInteger("TimeoutInSeconds", options.TimeoutInSeconds.Value);
            }

            if (options.UseScripts)
            {
                parameters.AddString("PreScriptPath", PreScriptPath).AddString("PostScriptPath", PostScriptPath);
                if (options.ScriptTimeoutInSeconds.HasValue)
                {
                    parameters.AddInteger("ScriptTimeoutInSeconds", options.ScriptTimeoutInSeconds.Value);
                }
            }
        }

        private static void ValidateWindows(PluginOptions options)
        {
            RefuseLinuxOnly(options.EnableFsFreeze.HasValue, "EnableFsFreeze", "fsfreeze");
            RefuseLinuxOnly(options.TimeoutInSeconds.HasValue, "TimeoutInSeconds", "the fsfreeze timeout");
            RefuseLinuxOnly(options.ScriptTimeoutInSeconds.HasValue, "ScriptTimeoutInSeconds", "pre/post scripts");
        }

        private static void RefuseLinuxOnly(bool isSet, string parameterName, string what)
        {
            if (isSet)
            {
                throw new PluginArgumentException(parameterName, $"applies to Linux instances only ({what}); Windows uses VSS.");
            }
        }

        /// <summary>Both scripts may each run for the script timeout, on top of the freeze and the fixed allowance.</summary>
        private static int LinuxTimeout(PluginOptions options)
        {
            var freeze = options.TimeoutInSeconds ?? DefaultFreezeTimeoutSeconds;
            var scripts = options.UseScripts ? 2 * (options.ScriptTimeoutInSeconds ?? DefaultScriptTimeoutSeconds) : 0;
            return BaseTimeoutSeconds + freeze + scripts;
        }

        private static void RequireRange(int value, int min, int max, string parameterName)
        {
            if (value < min || value > max)
            {
                throw new PluginArgumentException(parameterName, $"must be between {min} and {max} (got {value}).");
            }
        }

        private static List<string> Distinct(IEnumerable<string> values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<string>();
            foreach (var value in values)
            {
                if (seen.Add(value))
                {
                    result.Add(value);
                }
            }

            return result;
        }
    }
}
