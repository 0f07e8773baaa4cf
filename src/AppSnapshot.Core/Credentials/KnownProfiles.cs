using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Common;

namespace AppSnapshot.Credentials
{
    /// <summary>A profile name found in a credential file, with the file and the region it names.</summary>
    public sealed class KnownProfile
    {
        public KnownProfile(string name, string path, string? regionId, bool isCurrent)
        {
            Name = name;
            Path = path;
            RegionId = regionId;
            IsCurrent = isCurrent;
        }

        public string Name { get; }
        public string Path { get; }
        public string? RegionId { get; }
        /// <summary>The "current" profile of ~/.aliyun/config.json.</summary>
        public bool IsCurrent { get; }
    }

    /// <summary>
    /// The profile names of both credential files, read with the paths and switches the credential
    /// chain uses (~/.aliyun/config.json unless ALIBABA_CLOUD_CLI_PROFILE_DISABLED, then
    /// ~/.alibabacloud/credentials or ALIBABA_CLOUD_CREDENTIALS_FILE). A name in both files is listed
    /// once, from config.json, which the chain reads first. A broken file contributes nothing.
    /// </summary>
    public static class KnownProfiles
    {
        public static IReadOnlyList<KnownProfile> Read(ClientEnvironment environment)
        {
            var resolver = new CredentialResolver(environment, _ => throw new InvalidOperationException("listing profiles never probes the metadata service"));
            var profiles = new Dictionary<string, KnownProfile>(StringComparer.Ordinal);
            var cli = Load(() => resolver.LoadCliConfig(null));
            foreach (var name in cli?.ProfileNames ?? Enumerable.Empty<string>())
            {
                profiles[name] = new KnownProfile(name, cli!.Path, cli.RegionOf(name), name == cli.Current);
            }
            var ini = Load(() => resolver.LoadIni(null));
            foreach (var name in ini?.SectionNames ?? Enumerable.Empty<string>())
            {
                if (!profiles.ContainsKey(name)) profiles[name] = new KnownProfile(name, ini!.Path, ini.RegionOf(name), false);
            }
            return profiles.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        }

        private static T? Load<T>(Func<T?> load) where T : class
        {
            try
            {
                return load();
            }
            catch (AcsConfigurationException)
            {
                return null;
            }
        }
    }
}
