using System;
using System.Globalization;

namespace AppSnapshot.Common
{
    /// <summary>
    /// The characters a credential may hold. The AccessKey id goes verbatim into the Authorization header
    /// (a ',' would add a field of its own) and the STS token into a header of its own (a line break would
    /// add a header), so both are checked before any request is built, and refused, never escaped.
    /// </summary>
    public static class CredentialFormat
    {
        public const int MaxAccessKeyIdLength = 128;

        /// <summary>Why the id cannot be used, or null when it can: letters, digits, '.', '_' and '-' (STS ids start with "STS.").</summary>
        public static string? AccessKeyIdProblem(string? accessKeyId)
        {
            if (string.IsNullOrWhiteSpace(accessKeyId)) return "the AccessKey id is blank";
            if (accessKeyId!.Length > MaxAccessKeyIdLength) return "the AccessKey id is longer than " + MaxAccessKeyIdLength + " characters";
            for (var i = 0; i < accessKeyId.Length; i++)
            {
                var c = accessKeyId[i];
                var allowed = c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
                if (!allowed) return "the AccessKey id holds " + Describe(c) + " at position " + (i + 1).ToString(CultureInfo.InvariantCulture) +
                    "; AccessKey ids are ASCII letters, digits, '.', '_' and '-'";
            }
            return null;
        }

        /// <summary>Why the STS token cannot be sent, or null: printable ASCII without spaces.</summary>
        public static string? SecurityTokenProblem(string? token)
        {
            if (token is null) return null;
            for (var i = 0; i < token.Length; i++)
            {
                if (token[i] <= ' ' || token[i] > '~')
                    return "the security token holds " + Describe(token[i]) + " at position " + (i + 1).ToString(CultureInfo.InvariantCulture) + "; tokens are printable ASCII";
            }
            return null;
        }

        /// <summary>Refuses a credential that cannot be put on the wire; a repeat cannot fix it, so it is no transport failure.</summary>
        internal static void CheckForWire(AcsCredential credential)
        {
            var problem = AccessKeyIdProblem(credential.AccessKeyId) ?? SecurityTokenProblem(credential.SecurityToken);
            if (problem != null)
                throw new AcsConfigurationException("The credentials cannot be sent: " + problem + ". Check them (run with -Debug to see where they came from); no request was sent.");
        }

        private static string Describe(char c) =>
            c < ' ' || c > '~' ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "' (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")";
    }
}
