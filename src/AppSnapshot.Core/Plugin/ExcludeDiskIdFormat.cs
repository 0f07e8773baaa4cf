using System.Collections.Generic;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// How several excluded disks travel in the single ExcludeDiskId string. The spec marks the
    /// comma-separated form as unconfirmed: if the plug-in turns out to want another separator,
    /// this is the one place to change.
    /// </summary>
    public static class ExcludeDiskIdFormat
    {
        public const string Separator = ",";

        public static string Join(IEnumerable<string> diskIds) => string.Join(Separator, diskIds);
    }
}
