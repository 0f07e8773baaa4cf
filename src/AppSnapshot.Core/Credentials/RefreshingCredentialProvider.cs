using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Common;

namespace AppSnapshot.Credentials
{
    /// <summary>
    /// Caches a temporary credential and fetches a new one when less than the refresh margin remains.
    /// Single flight: concurrent callers share one fetch. If a refresh fails while the old credential
    /// has not expired yet, the old one keeps being used (the next call tries again).
    /// </summary>
    internal sealed class RefreshingCredentialProvider : ICredentialProvider
    {
        private readonly Func<CancellationToken, Task<AcsCredential>> _fetch;
        private readonly IClock _clock;
        private readonly TimeSpan _margin;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private volatile AcsCredential? _current;

        public RefreshingCredentialProvider(Func<CancellationToken, Task<AcsCredential>> fetch, IClock clock, TimeSpan margin)
        {
            _fetch = fetch;
            _clock = clock;
            _margin = margin;
        }

        public async Task<AcsCredential> GetCredentialAsync(CancellationToken cancellationToken)
        {
            var current = _current;
            if (IsFresh(current)) return current!;
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                current = _current;
                if (IsFresh(current)) return current!;
                try
                {
                    var fetched = await _fetch(cancellationToken).ConfigureAwait(false);
                    _current = fetched;
                    return fetched;
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested && current != null && !IsExpired(current))
                {
                    return current;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Invalidate() => _current = null;

        private bool IsFresh(AcsCredential? credential) =>
            credential != null && (!credential.Expiration.HasValue || credential.Expiration.Value - _clock.UtcNow > _margin);

        private bool IsExpired(AcsCredential credential) =>
            credential.Expiration.HasValue && credential.Expiration.Value <= _clock.UtcNow;
    }
}
