namespace EcsEmulator.Auth;

/// <summary>Remembers signature nonces for the replay window (real window unconfirmed; we use 15 min like the timestamp).</summary>
internal sealed class NonceRegistry
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <returns>false when the nonce was already used inside the window.</returns>
    public bool TryUse(string nonce, DateTimeOffset wallNow)
    {
        lock (_seen)
        {
            if (wallNow - _lastPrune > TimeSpan.FromMinutes(1))
            {
                foreach (var old in _seen.Where(kv => kv.Value < wallNow).Select(kv => kv.Key).ToList()) _seen.Remove(old);
                _lastPrune = wallNow;
            }
            if (_seen.TryGetValue(nonce, out var expires) && expires >= wallNow) return false;
            _seen[nonce] = wallNow + Window;
            return true;
        }
    }
}
