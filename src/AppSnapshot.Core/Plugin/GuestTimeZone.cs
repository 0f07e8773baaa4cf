using System;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// The plug-in logs the guest's wall-clock time without a zone, while Cloud Assistant reports the
    /// run's StartTime in UTC. The plug-in writes its first record moments after Cloud Assistant starts
    /// it, so the guest's UTC offset is that record's time minus StartTime, rounded to the nearest
    /// 15 minutes (every zone in use is a multiple of 15 minutes) and no further than ±14 hours.
    /// A start more than 7.5 minutes late would be misread; without a StartTime or a timed record
    /// there is no offset, and the guest times stay unknown rather than guessed.
    /// </summary>
    public static class GuestTimeZone
    {
        private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);
        private static readonly TimeSpan Limit = TimeSpan.FromHours(14);

        /// <summary>The guest's offset from UTC, or null when it cannot be inferred.</summary>
        public static TimeSpan? InferOffset(DateTime? firstRecordGuestTime, DateTimeOffset? runStartTime)
        {
            if (!firstRecordGuestTime.HasValue || !runStartTime.HasValue) return null;
            var difference = firstRecordGuestTime.Value - runStartTime.Value.UtcDateTime;
            var offset = TimeSpan.FromTicks((long)Math.Round((double)difference.Ticks / Step.Ticks, MidpointRounding.AwayFromZero) * Step.Ticks);
            return offset.Duration() > Limit ? (TimeSpan?)null : offset;
        }

        /// <summary>A guest wall-clock time with the guest's offset; null when either is unknown.</summary>
        public static DateTimeOffset? At(DateTime? guestTime, TimeSpan? offset)
        {
            if (!guestTime.HasValue || !offset.HasValue) return null;
            try
            {
                return new DateTimeOffset(DateTime.SpecifyKind(guestTime.Value, DateTimeKind.Unspecified), offset.Value);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null; // a nonsense log time at the edge of the calendar: unknown, never a failure
            }
        }
    }
}
