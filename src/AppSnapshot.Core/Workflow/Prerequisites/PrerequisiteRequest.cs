using System.Collections.Generic;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Prerequisites
{
    public sealed class PrerequisiteRequest
    {
        public IList<InstanceTarget> Instances { get; } = new List<InstanceTarget>();
    }

    /// <summary>Names of the checks in a <see cref="Models.PrerequisiteReport"/> (stable: scripts filter on them).</summary>
    public static class PrerequisiteCheckNames
    {
        public const string OperatingSystem = "OperatingSystem";
        public const string InstanceRunning = "InstanceRunning";
        public const string CloudAssistant = "CloudAssistant";
        public const string RamRoleAttached = "RamRoleAttached";
        public const string RamRolePolicy = "RamRolePolicy";
        public const string EssdDisks = "EssdDisks";
        public const string NonEssdDisks = "NonEssdDisks";
        public const string MultiAttachDisks = "MultiAttachDisks";
        public const string GroupSize = "GroupSize";
        public const string Region = "Region";
        public const string Scripts = "Scripts";
        public const string FileSystems = "FileSystems";
    }
}
