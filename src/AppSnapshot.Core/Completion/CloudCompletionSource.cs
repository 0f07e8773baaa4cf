using System;

namespace AppSnapshot.Completion
{
    /// <summary>What every cloud-listing completion source shares: one cached listing per key, with its lifetime and deadline.</summary>
    public abstract class CloudCompletionSource<T>
    {
        protected CloudCompletionSource(Func<DateTimeOffset> now) => Listing = new CachedListing<T>(now);

        public TimeSpan CacheLifetime { get => Listing.CacheLifetime; set => Listing.CacheLifetime = value; }
        public TimeSpan Deadline { get => Listing.Deadline; set => Listing.Deadline = value; }

        protected CachedListing<T> Listing { get; }
    }
}
