using System;

namespace AppSnapshot.Common
{
    /// <summary>An AccessKey pair, optionally temporary (STS). ToString never shows the secret or token.</summary>
    public sealed class AcsCredential
    {
        public AcsCredential(string accessKeyId, string accessKeySecret, string? securityToken = null, DateTimeOffset? expiration = null)
        {
            if (string.IsNullOrEmpty(accessKeyId)) throw new ArgumentException("AccessKeyId is empty.", nameof(accessKeyId));
            if (string.IsNullOrEmpty(accessKeySecret)) throw new ArgumentException("AccessKeySecret is empty.", nameof(accessKeySecret));
            AccessKeyId = accessKeyId;
            AccessKeySecret = accessKeySecret;
            SecurityToken = string.IsNullOrEmpty(securityToken) ? null : securityToken;
            Expiration = expiration;
        }

        public string AccessKeyId { get; }
        public string AccessKeySecret { get; }
        public string? SecurityToken { get; }
        /// <summary>When temporary credentials stop working; null for long-term keys.</summary>
        public DateTimeOffset? Expiration { get; }

        public override string ToString() =>
            "AcsCredential(" + Mask.AccessKeyId(AccessKeyId) + (SecurityToken != null ? ", STS" : "") +
            (Expiration.HasValue ? ", expires " + Expiration.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) : "") + ")";
    }
}
