using System;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// Allow-lists for every user value embedded in the plug-in command, which Cloud Assistant runs
    /// as root or SYSTEM. Values are refused, never escaped: an allow-list cannot be talked out of
    /// its quotes by a shell or by cmd.exe, an escaping scheme for two interpreters can.
    /// Letters are A-Z, a-z and the Chinese characters U+4E00-U+9FA5 only: a Windows agent converts the
    /// command to its ANSI code page, and best-fit mapping turns many other letters into ASCII
    /// punctuation (U+02BA MODIFIER LETTER DOUBLE PRIME becomes '"'); those characters are in every
    /// Chinese code page (GBK, GB18030) and come out as '?' in the others, never as a metacharacter.
    /// </summary>
    public static class PluginValueValidator
    {
        public const int GroupNameMinLength = 2;
        public const int GroupNameMaxLength = 128;
        public const int DescriptionMinLength = 2;
        public const int DescriptionMaxLength = 256;
        public const int RoleNameMaxLength = 64;
        public const int DiskIdMaxLength = 64;

        /// <summary>Punctuation a description may hold besides letters, digits and space.</summary>
        public const string DescriptionPunctuation = "._-:/()@+=#";

        public static void ValidateGroupName(string name, string parameterName = "Name")
        {
            RequireLength(name, GroupNameMinLength, GroupNameMaxLength, parameterName);
            RefuseUrlPrefix(name, parameterName);
            if (!IsSafeLetter(name[0]))
            {
                throw new PluginArgumentException(parameterName, "must start with a letter (A-Z, a-z or a Chinese character U+4E00-U+9FA5).");
            }

            RequireOnly(name, parameterName, c => IsAsciiDigit(c) || c == ':' || c == '_' || c == '.' || c == '-',
                "letters (A-Z, a-z, Chinese U+4E00-U+9FA5), digits, ':', '_', '.' and '-'");
        }

        public static void ValidateDescription(string? description, string parameterName = "Description")
        {
            if (description is null)
            {
                return;
            }

            if (description.Trim().Length == 0)
            {
                throw new PluginArgumentException(parameterName, "is blank; give a description or leave the parameter out.");
            }

            RequireLength(description, DescriptionMinLength, DescriptionMaxLength, parameterName);
            RefuseUrlPrefix(description, parameterName);
            RequireOnly(description, parameterName, c => IsAsciiDigit(c) || c == ' ' || DescriptionPunctuation.IndexOf(c) >= 0,
                "letters (A-Z, a-z, Chinese U+4E00-U+9FA5), digits, spaces and . _ - : / ( ) @ + = #");
        }

        public static void ValidateRoleName(string roleName, string parameterName = "RamRoleName")
        {
            RequireLength(roleName, 1, RoleNameMaxLength, parameterName);
            RequireOnlyAscii(roleName, parameterName, c => IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '-',
                "ASCII letters, digits, '.' and '-'");
        }

        public static void ValidateDiskId(string diskId, string parameterName = "ExcludeDiskId")
        {
            RequireLength(diskId, 3, DiskIdMaxLength, parameterName);
            if (!diskId.StartsWith("d-", StringComparison.Ordinal))
            {
                throw new PluginArgumentException(parameterName, $"'{Printable(diskId)}' is not a disk id: it must start with 'd-'.");
            }

            for (var i = 2; i < diskId.Length; i++)
            {
                var c = diskId[i];
                if (!(c >= 'a' && c <= 'z') && !IsAsciiDigit(c))
                {
                    throw new PluginArgumentException(parameterName,
                        $"'{Printable(diskId)}' is not a disk id: after 'd-' only lower-case letters and digits are allowed.");
                }
            }
        }

        private static void RequireLength(string? value, int min, int max, string parameterName)
        {
            if (value is null || value.Length < min || value.Length > max)
            {
                var length = value?.Length ?? 0;
                throw new PluginArgumentException(parameterName, $"must be {min} to {max} characters long (got {length}).");
            }
        }

        private static void RefuseUrlPrefix(string value, string parameterName)
        {
            if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
                value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                throw new PluginArgumentException(parameterName, "must not start with http:// or https://.");
            }
        }

        /// <summary>Safe letters are allowed; everything else must pass <paramref name="allowed"/>.</summary>
        private static void RequireOnly(string value, string parameterName, Func<char, bool> allowed, string allowedText)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (!IsSafeLetter(value[i]) && !allowed(value[i]))
                {
                    throw Refused(value[i], i, parameterName, allowedText);
                }
            }
        }

        /// <summary>A-Z, a-z, or a CJK unified ideograph of GBK (U+4E00-U+9FA5): what survives every Windows code page harmlessly.</summary>
        public static bool IsSafeLetter(char c) => IsAsciiLetter(c) || (c >= '\u4E00' && c <= '\u9FA5');

        private static void RequireOnlyAscii(string value, string parameterName, Func<char, bool> allowed, string allowedText)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (!allowed(value[i]))
                {
                    throw Refused(value[i], i, parameterName, allowedText);
                }
            }
        }

        private static PluginArgumentException Refused(char c, int index, string parameterName, string allowedText) =>
            new PluginArgumentException(parameterName,
                $"character {Describe(c)} at position {index + 1} is not allowed; use only {allowedText}.");

        private static string Describe(char c) =>
            c < ' ' || c == '\u007f' || char.IsWhiteSpace(c) || char.IsSurrogate(c)
                ? $"U+{(int)c:X4}"
                : $"'{c}' (U+{(int)c:X4})";

        /// <summary>Echo a refused value without letting control characters into the error text.</summary>
        private static string Printable(string value)
        {
            var chars = value.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsControl(chars[i]))
                {
                    chars[i] = '?';
                }
            }

            return new string(chars);
        }

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
