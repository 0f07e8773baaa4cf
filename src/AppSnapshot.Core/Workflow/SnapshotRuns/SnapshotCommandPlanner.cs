using AppSnapshot.Models;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// Builds the plug-in command for each platform from one request. Options that belong to the
    /// other platform are left out, so a mixed Linux/Windows batch takes one set of parameters.
    /// </summary>
    internal sealed class SnapshotCommandPlanner
    {
        /// <summary>Stands in for a role not known until the instances are read; it passes the allow-list.</summary>
        private const string PlaceholderRole = "AppSnapshotRoleName";
        private readonly SnapshotRunRequest _request;

        public SnapshotCommandPlanner(SnapshotRunRequest request, string groupName)
        {
            _request = request;
            GroupName = groupName;
        }

        public string GroupName { get; }

        /// <summary>Throws <see cref="PluginArgumentException"/> (naming the parameter) for any bad value, before any call.</summary>
        public void Validate()
        {
            Build(Platform.Linux, _request.RamRoleName ?? PlaceholderRole);
            Build(Platform.Windows, _request.RamRoleName ?? PlaceholderRole);
        }

        public PluginCommandLine Build(Platform platform, string roleName)
        {
            var options = new PluginOptions
            {
                RamRoleName = roleName,
                Name = GroupName,
                Description = _request.Description,
                InstantAccess = _request.InstantAccess,
                InstantAccessRetentionDays = _request.InstantAccessRetentionDays,
            };
            foreach (var disk in _request.ExcludeDiskIds) options.ExcludeDiskIds.Add(disk);
            if (platform == Platform.Linux)
            {
                options.EnableFsFreeze = _request.EnableFsFreeze;
                options.TimeoutInSeconds = _request.FreezeTimeoutInSeconds;
                options.UseScripts = _request.UseScripts;
                options.ScriptTimeoutInSeconds = _request.ScriptTimeoutInSeconds;
            }
            else
            {
                options.EnableWriters = _request.EnableWriters;
            }
            try
            {
                return PluginCommandBuilder.Build(platform, options);
            }
            catch (PluginArgumentException ex)
            {
                throw new PluginArgumentException(SnapshotParameterNames.ForPluginOption(ex.ParamName), ex.Rule);
            }
        }
    }
}
