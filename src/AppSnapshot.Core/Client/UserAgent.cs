using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace AppSnapshot.Client
{
    /// <summary><c>AppSnapshot/&lt;version&gt; (&lt;OS&gt;; &lt;runtime&gt;) PowerShell-module [suffix]</c>.</summary>
    internal static class UserAgent
    {
        public static string Build(string? suffix)
        {
            var assembly = typeof(UserAgent).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = version.IndexOf('+');
            if (plus > 0) version = version.Substring(0, plus);
            var text = "AppSnapshot/" + version + " (" + CommentText(RuntimeInformation.OSDescription) + "; " +
                CommentText(RuntimeInformation.FrameworkDescription) + ") PowerShell-module";
            return string.IsNullOrWhiteSpace(suffix) ? text : text + " " + CommentText(suffix!);
        }

        /// <summary>Keeps printable ASCII and drops parentheses/backslashes, which would break the header's comment syntax.</summary>
        private static string CommentText(string value)
        {
            var sb = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (c >= 0x20 && c < 0x7F && c != '(' && c != ')' && c != '\\') sb.Append(c);
            }
            return sb.ToString().Trim();
        }
    }
}
