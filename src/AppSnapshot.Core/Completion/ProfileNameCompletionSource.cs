using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Common;
using AppSnapshot.Credentials;

namespace AppSnapshot.Completion
{
    /// <summary>
    /// Profile names for -ProfileName from both credential files, read with the same readers and
    /// paths the credential chain uses (~/.aliyun/config.json, ~/.alibabacloud/credentials or
    /// ALIBABA_CLOUD_CREDENTIALS_FILE). Local files: read on every completion, never cached.
    /// </summary>
    public static class ProfileNameCompletionSource
    {
        public static IReadOnlyList<KeyValuePair<string, string>> Complete(ClientEnvironment environment, string? word)
        {
            var w = CompletionWord.Clean(word);
            var resolver = new CredentialResolver(environment, _ => throw new InvalidOperationException("completion never probes the metadata service"));
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var cli = Read(() => resolver.LoadCliConfig(null));
            foreach (var name in cli?.ProfileNames ?? Enumerable.Empty<string>())
            {
                names[name] = Tooltip(cli!.Path, cli.RegionOf(name), name == cli.Current);
            }
            var ini = Read(() => resolver.LoadIni(null));
            foreach (var name in ini?.SectionNames ?? Enumerable.Empty<string>())
            {
                if (!names.ContainsKey(name)) names[name] = Tooltip(ini!.Path, ini.RegionOf(name), false);
            }
            return names
                .Where(n => n.Key.StartsWith(w, StringComparison.OrdinalIgnoreCase))
                .OrderBy(n => n.Key, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        /// <summary>A broken file offers nothing rather than an error at the prompt.</summary>
        private static T? Read<T>(Func<T?> load) where T : class
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

        private static string Tooltip(string path, string? region, bool current) =>
            path + (region != null ? ", region " + region : "") + (current ? ", current" : "");
    }
}
