using System.Collections.Generic;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Roles
{
    public sealed class InstanceRamRoleAttachRequest
    {
        public IList<InstanceTarget> Instances { get; } = new List<InstanceTarget>();
        public string RoleName { get; set; } = SnapshotRolePolicy.DefaultRoleName;
        /// <summary>Replace a different role already attached (detach, then attach).</summary>
        public bool Force { get; set; }
    }

    public sealed class InstanceRamRoleQueryRequest
    {
        public IList<InstanceTarget> Instances { get; } = new List<InstanceTarget>();
    }

    public sealed class InstanceRamRoleDetachRequest
    {
        public IList<InstanceTarget> Instances { get; } = new List<InstanceTarget>();
        /// <summary>Detach only when this role is the one attached; null detaches whatever is attached.</summary>
        public string? RoleName { get; set; }
    }
}
