using System;
using System.Globalization;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// Parses Go's time.Duration.String() form, which the plug-in prints: "1.5s", "137.4025ms",
    /// "2m3.5s", "1h2m", "850µs", "12ns". Precision below a tick (100 ns) is truncated.
    /// </summary>
    public static class GoDuration
    {
        public static bool TryParse(string? text, out TimeSpan value)
        {
            value = TimeSpan.Zero;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            var s = text!.Trim();
            var i = 0;
            var negative = false;
            if (s[0] == '-' || s[0] == '+')
            {
                negative = s[0] == '-';
                i++;
            }

            if (s.Substring(i) == "0")
            {
                return true;
            }

            decimal ticks = 0;
            var sawComponent = false;
            while (i < s.Length)
            {
                if (!TryReadNumber(s, ref i, out var number) || !TryReadUnit(s, ref i, out var ticksPerUnit))
                {
                    return false;
                }

                if (number > MaxComponent)
                {
                    return false;
                }

                ticks += number * ticksPerUnit;
                sawComponent = true;
            }

            if (!sawComponent || ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }

            var whole = (long)decimal.Truncate(ticks);
            value = TimeSpan.FromTicks(negative ? -whole : whole);
            return true;
        }

        private static bool TryReadNumber(string s, ref int i, out decimal number)
        {
            var start = i;
            while (i < s.Length && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
            {
                i++;
            }

            return decimal.TryParse(s.Substring(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
                   && i - start > 0;
        }

        private static bool TryReadUnit(string s, ref int i, out decimal ticksPerUnit)
        {
            foreach (var (unit, ticks) in Units)
            {
                if (string.CompareOrdinal(s, i, unit, 0, unit.Length) == 0)
                {
                    i += unit.Length;
                    ticksPerUnit = ticks;
                    return true;
                }
            }

            ticksPerUnit = 0;
            return false;
        }

        /// <summary>Keeps the decimal arithmetic far from overflow; anything larger exceeds TimeSpan anyway.</summary>
        private const decimal MaxComponent = 1e15m;

        // Longer units first so "ms" is not read as "m" followed by garbage.
        private static readonly (string Unit, decimal Ticks)[] Units =
        {
            ("ns", 0.01m),
            ("us", 10m),
            ("\u00b5s", 10m),
            ("\u03bcs", 10m),
            ("ms", TimeSpan.TicksPerMillisecond),
            ("s", TimeSpan.TicksPerSecond),
            ("m", TimeSpan.TicksPerMinute),
            ("h", TimeSpan.TicksPerHour),
        };
    }
}
