using AppSnapshot.Common;
using AppSnapshot.Credentials;

namespace AppSnapshot.Connection
{
    /// <summary>What a cmdlet passes to the factory; every member is optional.</summary>
    public sealed class ConnectionOptions
    {
        public string? RegionId { get; set; }
        public string? ProfileName { get; set; }
        public string? AccessKeyId { get; set; }
        /// <summary>From -AccessKeySecret or a PSCredential's password.</summary>
        public string? AccessKeySecret { get; set; }
        public string? SecurityToken { get; set; }
        /// <summary>Overrides the endpoint of every product, e.g. http://127.0.0.1:8787 for the emulator.</summary>
        public string? Endpoint { get; set; }
        /// <summary>The caller's session defaults (Set-AppSnapshotDefault); they rank below the parameters above and above the environment.</summary>
        public SessionDefaults? Defaults { get; set; }

        internal CredentialRequest CredentialRequest() => new CredentialRequest
        {
            ProfileName = ProfileName,
            AccessKeyId = AccessKeyId,
            AccessKeySecret = AccessKeySecret,
            SecurityToken = SecurityToken,
        };

        public override string ToString() =>
            "ConnectionOptions(RegionId=" + (RegionId ?? "") + ", ProfileName=" + (ProfileName ?? "") +
            ", AccessKeyId=" + (AccessKeyId is null ? "" : Mask.AccessKeyId(AccessKeyId)) + ", Endpoint=" + (Endpoint ?? "") + ")";
    }
}
