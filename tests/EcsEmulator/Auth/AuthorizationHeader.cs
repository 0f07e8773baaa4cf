namespace EcsEmulator.Auth;

/// <summary>Parsed "ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=.." header.</summary>
internal sealed record AuthorizationHeader(string AccessKeyId, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public static AuthorizationHeader? TryParse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var prefix = CanonicalRequest.Algorithm + " ";
        if (!header.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[prefix.Length..].Split(','))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) return null;
            fields[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }
        if (!fields.TryGetValue("Credential", out var ak) || ak.Length == 0) return null;
        if (!fields.TryGetValue("SignedHeaders", out var sh) || sh.Length == 0) return null;
        if (!fields.TryGetValue("Signature", out var sig) || sig.Length == 0) return null;
        return new AuthorizationHeader(ak, sh.Split(';'), sig);
    }
}
