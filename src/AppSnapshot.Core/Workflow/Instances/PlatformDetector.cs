using System;
using AppSnapshot.Models;

namespace AppSnapshot.Workflow.Instances
{
    internal static class PlatformDetector
    {
        /// <summary>From DescribeInstances' OSType (<c>linux</c>/<c>windows</c>, any case); null when neither.</summary>
        public static Platform? FromOSType(string? osType)
        {
            if (string.Equals(osType, "windows", StringComparison.OrdinalIgnoreCase)) return Platform.Windows;
            if (string.Equals(osType, "linux", StringComparison.OrdinalIgnoreCase)) return Platform.Linux;
            return null;
        }
    }
}
