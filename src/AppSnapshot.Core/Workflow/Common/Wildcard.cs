using System.Text.RegularExpressions;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>PowerShell-style name patterns (<c>*</c>, <c>?</c>), case-insensitive, matched against the whole name.</summary>
    internal static class Wildcard
    {
        public static Regex ToRegex(string pattern) =>
            new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
