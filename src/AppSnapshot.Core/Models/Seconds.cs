using System;

namespace AppSnapshot.Models
{
    /// <summary>Durations in the models: seconds, to the millisecond (a TimeSpan is fifteen fields in JSON).</summary>
    internal static class Seconds
    {
        public static double? Of(TimeSpan? duration) => duration.HasValue ? Math.Round(duration.Value.TotalSeconds, 3, MidpointRounding.AwayFromZero) : (double?)null;
    }
}
