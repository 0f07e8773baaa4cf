namespace AppSnapshot.Credentials
{
    /// <summary>What the caller said about credentials; every member is optional (nothing given: the chain decides).</summary>
    public sealed class CredentialRequest
    {
        public string? ProfileName { get; set; }
        /// <summary>Where <see cref="ProfileName"/> came from, for messages.</summary>
        public string ProfileNameSource { get; set; } = "parameter -ProfileName";
        public string? AccessKeyId { get; set; }
        public string? AccessKeySecret { get; set; }
        public string? SecurityToken { get; set; }
    }
}
