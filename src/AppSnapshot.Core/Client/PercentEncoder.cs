using System.Text;

namespace AppSnapshot.Client
{
    /// <summary>
    /// Alibaba's RFC 3986 percent-encoding: UTF-8 bytes, only <c>A-Z a-z 0-9 - _ . ~</c> kept,
    /// uppercase hex. Written by hand because neither HttpUtility nor Uri.EscapeDataString is
    /// guaranteed to match on every framework PowerShell runs on.
    /// </summary>
    internal static class PercentEncoder
    {
        private const string Hex = "0123456789ABCDEF";

        public static string Encode(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            var sb = new StringBuilder(bytes.Length * 3);
            foreach (var b in bytes)
            {
                if (IsUnreserved(b)) sb.Append((char)b);
                else sb.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
            return sb.ToString();
        }

        private static bool IsUnreserved(byte b) =>
            (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
            b == '-' || b == '_' || b == '.' || b == '~';
    }
}
