using System.Text;
using AppSnapshot.Client;

namespace AppSnapshot.Credentials
{
    internal enum CredentialKind { AccessKey, RamRoleArn, EcsRamRole }

    /// <summary>
    /// A resolved description of where credentials come from (a static key, a role to assume, an
    /// instance role), before any network call. Equal specs share one cached provider.
    /// </summary>
    internal sealed class CredentialSpec
    {
        public CredentialKind Kind { get; set; }
        /// <summary>Where it came from, for messages; never contains a secret.</summary>
        public string Source { get; set; } = "";
        public string? AccessKeyId { get; set; }
        public string? AccessKeySecret { get; set; }
        public string? SecurityToken { get; set; }
        /// <summary>For RamRoleArn: who assumes the role, when that is not the key pair above.</summary>
        public CredentialSpec? SourceCredentials { get; set; }
        public string? RoleArn { get; set; }
        public string? RoleSessionName { get; set; }
        public long? DurationSeconds { get; set; }
        public string? Policy { get; set; }
        public string? ExternalId { get; set; }
        public string? StsRegion { get; set; }
        /// <summary>For EcsRamRole; null means "ask the metadata service".</summary>
        public string? RoleName { get; set; }
        /// <summary>region_id of the profile, if any.</summary>
        public string? RegionId { get; set; }

        /// <summary>A SHA-256 over every field, so the cache key holds no secret in clear.</summary>
        public string Fingerprint()
        {
            var sb = new StringBuilder();
            Append(sb);
            return V3Signer.Sha256Hex(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        private void Append(StringBuilder sb)
        {
            foreach (var part in new[] { Kind.ToString(), AccessKeyId, AccessKeySecret, SecurityToken, RoleArn, RoleSessionName,
                         DurationSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture), Policy, ExternalId, StsRegion, RoleName })
            {
                sb.Append(part is null ? "-" : part.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + part).Append('|');
            }
            if (SourceCredentials != null)
            {
                sb.Append("source(");
                SourceCredentials.Append(sb);
                sb.Append(')');
            }
        }

        public override string ToString() => Source;
    }
}
