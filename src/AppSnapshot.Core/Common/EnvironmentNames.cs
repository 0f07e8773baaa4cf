namespace AppSnapshot.Common
{
    /// <summary>Environment variables read for credentials and region, in precedence order (reference §3.1).</summary>
    internal static class EnvironmentNames
    {
        public static readonly string[] AccessKeyId = { "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABACLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY_ID", "ACCESS_KEY_ID" };
        public static readonly string[] AccessKeySecret = { "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABACLOUD_ACCESS_KEY_SECRET", "ALICLOUD_ACCESS_KEY_SECRET", "ACCESS_KEY_SECRET" };
        public static readonly string[] SecurityToken = { "ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABACLOUD_SECURITY_TOKEN", "ALICLOUD_SECURITY_TOKEN", "SECURITY_TOKEN" };
        // The CLI also reads a bare REGION; it is left out on purpose: too many unrelated tools set it.
        public static readonly string[] Region = { "ALIBABA_CLOUD_REGION_ID", "ALIBABACLOUD_REGION_ID", "ALICLOUD_REGION_ID", "REGION_ID" };
        public static readonly string[] Profile = { "ALIBABACLOUD_PROFILE", "ALIBABA_CLOUD_PROFILE", "ALICLOUD_PROFILE" };
        public const string CredentialsFile = "ALIBABA_CLOUD_CREDENTIALS_FILE";
        public const string CliProfileDisabled = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
        public const string MetadataDisabled = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
        public const string MetadataRoleName = "ALIBABA_CLOUD_ECS_METADATA";
        public const string ImdsV1Disabled = "ALIBABA_CLOUD_IMDSV1_DISABLED";
        public const string StsRegion = "ALIBABA_CLOUD_STS_REGION";
    }
}
