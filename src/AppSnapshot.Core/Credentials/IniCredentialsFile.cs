using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AppSnapshot.Common;

namespace AppSnapshot.Credentials
{
    /// <summary>The Credentials-SDK INI file <c>~/.alibabacloud/credentials</c> (reference §3.4).</summary>
    internal sealed class IniCredentialsFile
    {
        private readonly Dictionary<string, Dictionary<string, string>> _sections;

        private IniCredentialsFile(string path, Dictionary<string, Dictionary<string, string>> sections)
        {
            Path = path;
            _sections = sections;
        }

        public string Path { get; }

        /// <summary>ALIBABA_CLOUD_CREDENTIALS_FILE, else the Go SDK's name, else the C# SDK's <c>credentials.ini</c>.</summary>
        public static IReadOnlyList<string> CandidatePaths(string home, string? overridePath) =>
            overridePath != null
                ? new[] { overridePath }
                : new[] { System.IO.Path.Combine(home, ".alibabacloud", "credentials"), System.IO.Path.Combine(home, ".alibabacloud", "credentials.ini") };

        public static IniCredentialsFile? Load(string path)
        {
            if (!File.Exists(path)) return null;
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new AcsConfigurationException(path + ": cannot be read (" + ex.Message + ").", ex);
            }
            var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            Dictionary<string, string>? section = null;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
                if (line[0] == '[')
                {
                    if (line[line.Length - 1] != ']' || line.Length < 3) throw Malformed(path, i, "a section header must look like [name]");
                    var name = line.Substring(1, line.Length - 2).Trim();
                    if (!sections.TryGetValue(name, out section)) sections[name] = section = new Dictionary<string, string>(StringComparer.Ordinal);
                    continue;
                }
                var eq = line.IndexOf('=');
                if (eq <= 0) throw Malformed(path, i, "expected key = value");
                if (section is null) throw Malformed(path, i, "key outside of any [section]");
                section[line.Substring(0, eq).Trim()] = line.Substring(eq + 1).Trim();
            }
            return new IniCredentialsFile(path, sections);
        }

        public bool Contains(string name) => _sections.ContainsKey(name);

        public IEnumerable<string> SectionNames => _sections.Keys;

        public string? RegionOf(string name) => _sections.TryGetValue(name, out var s) ? Get(s, "region_id") : null;

        public CredentialSpec ToSpec(string name)
        {
            var where = "section [" + name + "] in " + Path;
            var s = _sections[name];
            var type = Get(s, "type") ?? "access_key";
            string Need(string key) => Get(s, key) ?? throw new AcsConfigurationException(where + ": type " + type + " needs " + key + ".");
            var spec = new CredentialSpec { Source = where.Replace("section [" + name + "]", "section [" + name + "] (" + type + ")"), RegionId = Get(s, "region_id") };
            switch (type)
            {
                case "access_key":
                    spec.Kind = CredentialKind.AccessKey;
                    spec.AccessKeyId = Need("access_key_id");
                    spec.AccessKeySecret = Need("access_key_secret");
                    break;
                case "sts":
                    spec.Kind = CredentialKind.AccessKey;
                    spec.AccessKeyId = Need("access_key_id");
                    spec.AccessKeySecret = Need("access_key_secret");
                    spec.SecurityToken = Need("security_token");
                    break;
                case "ram_role_arn":
                    spec.Kind = CredentialKind.RamRoleArn;
                    spec.AccessKeyId = Need("access_key_id");
                    spec.AccessKeySecret = Need("access_key_secret");
                    spec.RoleArn = Need("role_arn");
                    spec.RoleSessionName = Get(s, "role_session_name");
                    spec.Policy = Get(s, "policy");
                    spec.ExternalId = Get(s, "external_id");
                    spec.StsRegion = Get(s, "sts_region") ?? Get(s, "region_id");
                    break;
                case "ecs_ram_role":
                    spec.Kind = CredentialKind.EcsRamRole;
                    spec.RoleName = Get(s, "role_name");
                    break;
                default:
                    throw new AcsConfigurationException(where + ": type '" + type + "' is not supported (supported: access_key, sts, ram_role_arn, ecs_ram_role).");
            }
            return spec;
        }

        private static string? Get(Dictionary<string, string> section, string key) =>
            section.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

        private static AcsConfigurationException Malformed(string path, int index, string what) =>
            new AcsConfigurationException(path + " line " + (index + 1).ToString(CultureInfo.InvariantCulture) + ": " + what + ".");
    }
}
