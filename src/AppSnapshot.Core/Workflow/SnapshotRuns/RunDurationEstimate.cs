using System;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// How long a plug-in run takes, learned from the instances seen finished: for each, an upper bound of the
    /// time from its RunCommand to its finish. The estimate is a high quantile of those (almost every run of a
    /// batch is over by then), so one hung or slow instance does not push every other batch's look out. The bounds are
    /// upper bounds already (and a bucket's upper edge is used), so a look planned at the estimate needs no margin. Kept as
    /// a histogram of 0.5 % wide buckets (10 ms to about 11 days): bounded memory however many instances finish, at most
    /// 0.5 % too long, which is 50 ms on a 10 s run: every look planned from it waits that much longer.
    /// </summary>
    internal sealed class RunDurationEstimate
    {
        private const double Quantile = 0.995;
        private const double BucketGrowth = 1.005;
        private const int BucketCount = 3700;
        private static readonly TimeSpan Smallest = TimeSpan.FromMilliseconds(10);
        private readonly int[] _counts = new int[BucketCount];
        private int _total;
        /// <summary>Asked for every open run at every turn of the wait; changes only with <see cref="Add"/>.</summary>
        private TimeSpan? _typical;

        public bool IsKnown => _total > 0;

        public void Add(TimeSpan duration)
        {
            _counts[BucketOf(duration)]++;
            _total++;
            _typical = null;
        }

        /// <summary>The duration by which nearly every run is over; zero while nothing finished.</summary>
        public TimeSpan Typical => _typical ??= Quantiled();

        private TimeSpan Quantiled()
        {
            if (_total == 0) return TimeSpan.Zero;
            var rank = (int)Math.Ceiling(_total * Quantile);
            var seen = 0;
            for (var bucket = 0; bucket < BucketCount; bucket++)
            {
                seen += _counts[bucket];
                if (seen >= rank) return UpperEdge(bucket);
            }
            return UpperEdge(BucketCount - 1);
        }

        /// <summary>The shortest run seen (a bucket's lower edge): before that, no run of a batch can have finished.</summary>
        public TimeSpan Shortest
        {
            get
            {
                for (var bucket = 0; bucket < BucketCount; bucket++)
                {
                    if (_counts[bucket] > 0) return bucket == 0 ? TimeSpan.Zero : UpperEdge(bucket - 1);
                }
                return TimeSpan.Zero;
            }
        }

        private static int BucketOf(TimeSpan duration)
        {
            if (duration <= Smallest) return 0;
            var bucket = (int)Math.Ceiling(Math.Log(duration.Ticks / (double)Smallest.Ticks) / Math.Log(BucketGrowth));
            return Math.Min(BucketCount - 1, Math.Max(0, bucket));
        }

        private static TimeSpan UpperEdge(int bucket) => TimeSpan.FromTicks((long)(Smallest.Ticks * Math.Pow(BucketGrowth, bucket)));
    }
}
