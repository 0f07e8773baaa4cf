using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AppSnapshot.Workflow.Prerequisites
{
    /// <summary>The plug-in's guest list: Windows Server 2012 R2+, CentOS 7.6+, Ubuntu 18.04+, Alibaba Cloud Linux 2+.</summary>
    internal static class SupportedOperatingSystems
    {
        private static readonly Regex WindowsServer = new Regex(@"Windows Server (\d{4})( R2)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>True/false when the OS is recognised, null when it is not (then nobody can say).</summary>
        public static bool? IsSupported(string osName)
        {
            var name = Regex.Replace(osName ?? "", @"\s+", " ");
            var windows = WindowsServer.Match(name);
            if (windows.Success)
            {
                var year = int.Parse(windows.Groups[1].Value, CultureInfo.InvariantCulture);
                return year > 2012 || year == 2012 && windows.Groups[2].Success;
            }
            if (VersionOf(name, "CentOS") is Version centos) return centos >= new Version(7, 6);
            if (VersionOf(name, "Ubuntu") is Version ubuntu) return ubuntu >= new Version(18, 4);
            if (VersionOf(name, "Alibaba Cloud Linux") is Version alinux) return alinux.Major >= 2;
            if (VersionOf(name, "Aliyun Linux") is Version aliyun) return aliyun.Major >= 2;
            return null;
        }

        public const string Requirement = "Windows Server 2012 R2 or later, CentOS 7.6+, Ubuntu 18.04+, or Alibaba Cloud Linux 2+";

        private static Version? VersionOf(string name, string distribution)
        {
            var match = Regex.Match(name, Regex.Escape(distribution) + @" (\d+)(?:\.(\d+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (!match.Success) return null;
            var minor = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            return new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), minor);
        }
    }
}
