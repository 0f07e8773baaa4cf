using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AppSnapshot.Plugin
{
    /// <summary>Record times: "2021-08-03 18:58:41.878228775", guest-local, up to nine fractional digits.</summary>
    internal static class PluginLogTime
    {
        private static readonly Regex Shape = new Regex(
            @"^\s*(?<date>\d{4}-\d{2}-\d{2})[ T](?<time>\d{2}:\d{2}:\d{2})(?:[.,](?<fraction>\d{1,9}))?",
            RegexOptions.CultureInvariant);

        public static DateTime? Parse(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var match = Shape.Match(text);
            if (!match.Success ||
                !DateTime.TryParseExact(match.Groups["date"].Value + " " + match.Groups["time"].Value, "yyyy-MM-dd HH:mm:ss",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var seconds))
            {
                return null;
            }

            // DateTime holds seven fractional digits; the plug-in prints up to nine: truncate, don't round.
            var fraction = match.Groups["fraction"].Value;
            var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0').Substring(0, 7), CultureInfo.InvariantCulture);
            return seconds.AddTicks(ticks);
        }
    }
}
