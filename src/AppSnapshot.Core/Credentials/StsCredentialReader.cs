using System;
using System.Globalization;
using AppSnapshot.Common;
using AppSnapshot.Json;

namespace AppSnapshot.Credentials
{
    /// <summary>Reads AccessKeyId/AccessKeySecret/SecurityToken/Expiration as STS and the metadata service return them.</summary>
    internal static class StsCredentialReader
    {
        public static AcsCredential Read(JsonObject json, string where)
        {
            string Need(string key) => json.GetString(key) is string v && v.Length > 0
                ? v : throw new AcsConfigurationException(where + ": the answer has no " + key + ".");
            var expiration = Need("Expiration");
            if (!DateTimeOffset.TryParseExact(expiration, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expires))
                throw new AcsConfigurationException(where + ": Expiration '" + expiration + "' is not yyyy-MM-ddTHH:mm:ssZ.");
            return new AcsCredential(Need("AccessKeyId"), Need("AccessKeySecret"), Need("SecurityToken"), expires);
        }
    }
}
