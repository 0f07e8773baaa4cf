using System;
using AppSnapshot.Common;

namespace AppSnapshot.Connection
{
    /// <summary>
    /// Refuses connection parameters that were given but say nothing (blank), or that cannot go on the wire,
    /// naming the parameter, before any credential source is read or any call is made. A blank value used to be
    /// silently ignored, which quietly picked a region, profile or endpoint the user had not chosen.
    /// </summary>
    internal static class ConnectionOptionsCheck
    {
        public static void Validate(ConnectionOptions options)
        {
            RefuseBlank(options.RegionId, "RegionId");
            RefuseBlank(options.ProfileName, "ProfileName");
            RefuseBlank(options.Endpoint, "Endpoint");
            if (options.AccessKeyId is null) return;
            if (string.IsNullOrWhiteSpace(options.AccessKeyId))
                throw new ArgumentException("-Credential: the user name, which must be the AccessKey id, is blank.", "Credential");
            var problem = CredentialFormat.AccessKeyIdProblem(options.AccessKeyId.Trim()) ?? CredentialFormat.SecurityTokenProblem(options.SecurityToken);
            if (problem != null) throw new ArgumentException("-Credential: " + problem + ".", "Credential");
        }

        private static void RefuseBlank(string? value, string parameter)
        {
            if (value != null && string.IsNullOrWhiteSpace(value))
                throw new ArgumentException("-" + parameter + " is blank; give a value or leave the parameter out.", parameter);
        }
    }
}
