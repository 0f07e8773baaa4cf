using System;
using System.Text.RegularExpressions;
using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Models;

namespace AppSnapshot.Connection
{
    /// <summary>
    /// Region, profile and endpoint defaults for the rest of the session (the process), set by
    /// Set-AppSnapshotDefault. Precedence of every setting: per-call parameter, then this session
    /// default, then the environment, then the profile file. Thread-safe: readers get a copy.
    /// </summary>
    public sealed class SessionDefaults
    {
        /// <summary>How the debug stream names this source.</summary>
        public const string Source = "session default (Set-AppSnapshotDefault)";

        private static readonly Regex RegionPattern = new Regex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
        private readonly object _gate = new object();
        private string? _regionId;
        private string? _profileName;
        private string? _endpoint;

        /// <summary>The defaults every cmdlet of this process uses.</summary>
        public static SessionDefaults Process { get; } = new SessionDefaults();

        public AppSnapshotDefault Current
        {
            get
            {
                lock (_gate) return new AppSnapshotDefault { RegionId = _regionId, ProfileName = _profileName, Endpoint = _endpoint };
            }
        }

        /// <summary>Sets the values given (null leaves a setting as it is); all are checked before any is set.</summary>
        /// <exception cref="ArgumentException">A blank or malformed value; ParamName is the cmdlet parameter.</exception>
        public AppSnapshotDefault Set(string? regionId = null, string? profileName = null, string? endpoint = null)
        {
            var region = regionId is null ? null : CheckRegion(regionId);
            var profile = profileName is null ? null : NotBlank(profileName, "ProfileName", "a profile name of ~/.aliyun/config.json or ~/.alibabacloud/credentials");
            var address = endpoint is null ? null : CheckEndpoint(endpoint);
            lock (_gate)
            {
                if (region != null) _regionId = region;
                if (profile != null) _profileName = profile;
                if (address != null) _endpoint = address;
                return new AppSnapshotDefault { RegionId = _regionId, ProfileName = _profileName, Endpoint = _endpoint };
            }
        }

        /// <summary>Removes the named defaults; with none named, all of them.</summary>
        public AppSnapshotDefault Clear(bool regionId, bool profileName, bool endpoint)
        {
            var all = !regionId && !profileName && !endpoint;
            lock (_gate)
            {
                if (all || regionId) _regionId = null;
                if (all || profileName) _profileName = null;
                if (all || endpoint) _endpoint = null;
                return new AppSnapshotDefault { RegionId = _regionId, ProfileName = _profileName, Endpoint = _endpoint };
            }
        }

        private static string CheckRegion(string value)
        {
            var region = NotBlank(value, "RegionId", "a region id such as cn-hangzhou");
            if (!RegionPattern.IsMatch(region))
                throw new ArgumentException("-RegionId '" + region + "' is not a region id (expected lowercase letters, digits and dashes, e.g. cn-hangzhou).", "RegionId");
            return region;
        }

        private static string CheckEndpoint(string value)
        {
            var endpoint = NotBlank(value, "Endpoint", "a host name or URL such as https://ecs-vpc.cn-hangzhou.aliyuncs.com");
            try
            {
                // {region} is filled per call; any valid region stands in for the check.
                EndpointResolver.Parse(endpoint, "cn-hangzhou", "parameter -Endpoint");
            }
            catch (AcsConfigurationException ex)
            {
                throw new ArgumentException(ex.Message, "Endpoint", ex);
            }
            return endpoint;
        }

        private static string NotBlank(string value, string parameter, string expected)
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new ArgumentException("-" + parameter + " cannot be blank: give " + expected + ", or remove the default with Clear-AppSnapshotDefault -" + parameter + ".", parameter);
            return value.Trim();
        }
    }
}
