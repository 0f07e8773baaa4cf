using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Api;

namespace AppSnapshot.Workflow.Prerequisites
{
    /// <summary>Which disks a snapshot-consistent group can take, and its size limits.</summary>
    internal static class DiskRules
    {
        public const int MaxDisksPerGroup = 16;
        public const long MaxGroupSizeGiB = 32 * 1024;

        private static readonly HashSet<string> EssdFamily = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "cloud_essd", "cloud_auto", "cloud_essd_entry",
        };

        public static bool IsEssd(DiskRecord disk) => EssdFamily.Contains(disk.Category);

        public static IReadOnlyList<DiskRecord> Eligible(IEnumerable<DiskRecord> disks) => disks.Where(d => IsEssd(d) && !d.IsMultiAttach).ToList();
    }
}
