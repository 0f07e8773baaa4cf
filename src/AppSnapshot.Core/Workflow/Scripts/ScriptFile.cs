using System;
using System.IO;
using System.Text;
using AppSnapshot.Api;

namespace AppSnapshot.Workflow.Scripts
{
    /// <summary>
    /// Reads a local pre/post script, refusing before any call (and before reading a byte too many) what
    /// cannot be one: a missing path, a directory, a file larger than SendFile carries, a pipe or device
    /// (they report no size, and a pipe would block the read), binary or non-UTF-8 content.
    /// </summary>
    public static class ScriptFile
    {
        /// <summary>The most a script may hold: SendFile carries 32 KB after Base64.</summary>
        public const int MaxBytes = SendFileApi.MaxBase64ContentBytes / 4 * 3;

        /// <exception cref="FileNotFoundException">Nothing at <paramref name="path"/>.</exception>
        /// <exception cref="ArgumentException">Anything else that is not a script; ParamName is <paramref name="parameterName"/>.</exception>
        public static string Read(string path, string parameterName)
        {
            if (Directory.Exists(path))
                throw Refused(parameterName, "'" + path + "' is a directory; give the path of the script file.");
            var file = new FileInfo(path);
            if (!file.Exists)
                throw new FileNotFoundException("-" + parameterName + ": file '" + path + "' does not exist.", path);
            if (file.Length > MaxBytes)
                throw Refused(parameterName, "'" + path + "' is " + file.Length + " bytes; SendFile carries at most " + MaxBytes +
                    " bytes of script (32 KB after Base64). Nothing was read.");
            // Pipes and devices report no size; reading a pipe would block and /dev/zero would never end.
            if (file.Length == 0)
                throw Refused(parameterName, "'" + path + "' is empty, or not a regular file (a pipe or a device).");

            var bytes = ReadAtMost(file, MaxBytes + 1);
            if (bytes.Length > MaxBytes)
                throw Refused(parameterName, "'" + path + "' holds more than " + MaxBytes + " bytes; SendFile carries at most that much script.");
            var nul = Array.IndexOf(bytes, (byte)0);
            if (nul >= 0)
                throw Refused(parameterName, "'" + path + "' is binary (a NUL byte at offset " + nul + "); a script must be text.");
            try
            {
                var text = new UTF8Encoding(false, true).GetString(bytes);
                return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
            }
            catch (DecoderFallbackException ex)
            {
                throw Refused(parameterName, "'" + path + "' is not UTF-8 text (" + ex.Message.TrimEnd('.') + "); save the script as UTF-8.");
            }
        }

        private static byte[] ReadAtMost(FileInfo file, int limit)
        {
            using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                var buffer = new byte[limit];
                var total = 0;
                int read;
                while (total < limit && (read = stream.Read(buffer, total, limit - total)) > 0) total += read;
                Array.Resize(ref buffer, total);
                return buffer;
            }
        }

        private static ArgumentException Refused(string parameterName, string why) => new ArgumentException("-" + parameterName + ": " + why, parameterName);
    }
}
