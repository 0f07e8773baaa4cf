using System.Globalization;
using System.Text.RegularExpressions;

namespace EcsEmulator.Plugin;

/// <summary>Supported guests: Windows Server 2012 R2+, CentOS 7.6+, Ubuntu 18.04+, Alibaba Cloud Linux 2+.</summary>
internal static partial class OsSupport
{
    public static bool IsSupported(string osName)
    {
        var name = Regex.Replace(osName, @"\s+", " ");
        var win = WindowsPattern().Match(name);
        if (win.Success)
        {
            var year = int.Parse(win.Groups[1].Value, CultureInfo.InvariantCulture);
            return year > 2012 || (year == 2012 && win.Groups[2].Success);
        }
        if (Version(name, "CentOS") is { } centos) return centos >= new Version(7, 6);
        if (Version(name, "Ubuntu") is { } ubuntu) return ubuntu >= new Version(18, 4);
        if (Version(name, "Alibaba Cloud Linux") is { } alinux) return alinux.Major >= 2;
        return false;
    }

    private static Version? Version(string name, string distro)
    {
        var m = Regex.Match(name, Regex.Escape(distro) + @" (\d+)(?:\.(\d+))?");
        return m.Success ? new Version(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0) : null;
    }

    [GeneratedRegex(@"Windows Server (\d{4})( R2)?")]
    private static partial Regex WindowsPattern();
}
