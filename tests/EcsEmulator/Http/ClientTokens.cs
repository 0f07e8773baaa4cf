namespace EcsEmulator.Http;

/// <summary>
/// ECS idempotency (ecs-api.md §4): the same ClientToken with the same parameters returns the first call's
/// result without doing anything again; with other parameters it is IdempotentParameterMismatch.
/// </summary>
internal sealed class ClientTokens
{
    private readonly Dictionary<string, (string Fingerprint, string ResultId)> _seen = new(StringComparer.Ordinal);

    /// <summary>The token of this call (null when none), refused when malformed.</summary>
    public static string? Of(ApiParameters p)
    {
        var token = p.Get("ClientToken");
        if (token is not null && (token.Length > 64 || token.Any(ch => ch > 127)))
            throw new ApiException(400, "InvalidClientToken.Malformed", "The specified parameter ClientToken is not valid.");
        return token;
    }

    /// <summary>The id the token's first call produced, or null when the token is new (or absent).</summary>
    public string? Replay(string? token, ApiParameters p)
    {
        if (token is null || !_seen.TryGetValue(token, out var earlier)) return null;
        if (earlier.Fingerprint != Fingerprint(p))
            throw new ApiException(403, "IdempotentParameterMismatch", "The specified parameters are different from before with the same ClientToken.");
        return earlier.ResultId;
    }

    public void Remember(string? token, ApiParameters p, string resultId)
    {
        if (token is not null) _seen[token] = (Fingerprint(p), resultId);
    }

    public IReadOnlyDictionary<string, (string Fingerprint, string ResultId)> All => _seen;

    public void Restore(string token, string fingerprint, string resultId) => _seen[token] = (fingerprint, resultId);

    private static string Fingerprint(ApiParameters p) =>
        string.Join("&", p.All.Where(kv => kv.Key != "ClientToken").OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
}
