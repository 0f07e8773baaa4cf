using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppSnapshot.Common;
using AppSnapshot.Json;

namespace AppSnapshot.Credentials
{
    /// <summary>The aliyun CLI configuration <c>~/.aliyun/config.json</c> (reference §3.3).</summary>
    internal sealed class CliConfigFile
    {
        private static readonly string[] SupportedModes = { "AK", "StsToken", "RamRoleArn", "EcsRamRole", "ChainableRamRoleArn" };
        private readonly Dictionary<string, JsonObject> _profiles;

        private CliConfigFile(string path, string? current, Dictionary<string, JsonObject> profiles)
        {
            Path = path;
            Current = current;
            _profiles = profiles;
        }

        public string Path { get; }
        public string? Current { get; }
        public IEnumerable<string> ProfileNames => _profiles.Keys;

        public static string DefaultPath(string home) => System.IO.Path.Combine(home, ".aliyun", "config.json");

        /// <summary>Null when the file does not exist.</summary>
        public static CliConfigFile? Load(string path)
        {
            if (!File.Exists(path)) return null;
            JsonNode root;
            try
            {
                root = JsonNode.Parse(File.ReadAllText(path));
            }
            catch (FormatException ex)
            {
                throw new AcsConfigurationException(path + ": " + ex.Message, ex);
            }
            catch (IOException ex)
            {
                throw new AcsConfigurationException(path + ": cannot be read (" + ex.Message + ").", ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new AcsConfigurationException(path + ": cannot be read (" + ex.Message + ").", ex);
            }
            if (!(root is JsonObject top)) throw new AcsConfigurationException(path + ": the top level must be a JSON object.");
            var profiles = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            var list = top["profiles"];
            if (list != null && !(list is JsonArray)) throw new AcsConfigurationException(path + ": 'profiles' must be an array.");
            if (list is JsonArray array)
            {
                foreach (var item in array.Items)
                {
                    var name = (item as JsonObject)?.GetString("name");
                    if (string.IsNullOrEmpty(name)) throw new AcsConfigurationException(path + ": every entry of 'profiles' needs a 'name'.");
                    profiles[name!] = (JsonObject)item;
                }
            }
            var current = top.GetString("current");
            return new CliConfigFile(path, string.IsNullOrEmpty(current) ? null : current, profiles);
        }

        public bool Contains(string name) => _profiles.ContainsKey(name);

        public string? RegionOf(string name) =>
            _profiles.TryGetValue(name, out var p) ? NonEmpty(p.GetString("region_id")) : null;

        public CredentialSpec ToSpec(string name) => ToSpec(name, new HashSet<string>(StringComparer.Ordinal));

        private CredentialSpec ToSpec(string name, HashSet<string> visiting)
        {
            var where = "profile '" + name + "' in " + Path;
            if (!_profiles.TryGetValue(name, out var p))
                throw new AcsConfigurationException(where + ": no such profile (profiles in the file: " + Names() + ").");
            if (!visiting.Add(name)) throw new AcsConfigurationException(where + ": source_profile chain loops back to '" + name + "'.");
            var mode = NonEmpty(p.GetString("mode")) ?? "AK";
            var spec = new CredentialSpec { Source = where.Replace("profile '" + name + "'", "profile '" + name + "' (" + mode + ")"), RegionId = NonEmpty(p.GetString("region_id")) };
            string Need(string key) => NonEmpty(p.GetString(key)) ?? throw new AcsConfigurationException(where + ": mode " + mode + " needs " + key + ".");
            switch (mode)
            {
                case "AK":
                    spec.Kind = CredentialKind.AccessKey;
                    spec.AccessKeyId = Need("access_key_id");
                    spec.AccessKeySecret = Need("access_key_secret");
                    break;
                case "StsToken":
                    spec.Kind = CredentialKind.AccessKey;
                    spec.AccessKeyId = Need("access_key_id");
                    spec.AccessKeySecret = Need("access_key_secret");
                    spec.SecurityToken = Need("sts_token");
                    break;
                case "RamRoleArn":
                    spec.Kind = CredentialKind.RamRoleArn;
                    spec.AccessKeyId = Need("access_key_id");
                    spec.AccessKeySecret = Need("access_key_secret");
                    spec.SecurityToken = NonEmpty(p.GetString("sts_token"));
                    ReadRole(spec, p, Need("ram_role_arn"), where);
                    break;
                case "ChainableRamRoleArn":
                    spec.Kind = CredentialKind.RamRoleArn;
                    var sourceName = Need("source_profile");
                    if (sourceName == name) throw new AcsConfigurationException(where + ": source_profile names the profile itself.");
                    spec.SourceCredentials = ToSpec(sourceName, visiting);
                    ReadRole(spec, p, Need("ram_role_arn"), where);
                    break;
                case "EcsRamRole":
                    spec.Kind = CredentialKind.EcsRamRole;
                    spec.RoleName = NonEmpty(p.GetString("ram_role_name"));
                    break;
                default:
                    throw new AcsConfigurationException(where + ": mode '" + mode + "' is not supported (supported: " + string.Join(", ", SupportedModes) + ").");
            }
            visiting.Remove(name);
            return spec;
        }

        private static void ReadRole(CredentialSpec spec, JsonObject p, string roleArn, string where)
        {
            spec.RoleArn = roleArn;
            spec.RoleSessionName = NonEmpty(p.GetString("ram_session_name"));
            var duration = p["expired_seconds"];
            if (duration != null && !(duration is JsonNull))
            {
                var seconds = p.GetInt64("expired_seconds");
                if (seconds is null || seconds < 0) throw new AcsConfigurationException(where + ": expired_seconds must be a whole number of seconds.");
                spec.DurationSeconds = seconds == 0 ? (long?)null : seconds;
            }
            spec.Policy = NonEmpty(p.GetString("policy"));
            spec.ExternalId = NonEmpty(p.GetString("external_id"));
            spec.StsRegion = NonEmpty(p.GetString("sts_region"));
        }

        private string Names() => _profiles.Count == 0 ? "none" : string.Join(", ", _profiles.Keys.OrderBy(k => k, StringComparer.Ordinal));

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
