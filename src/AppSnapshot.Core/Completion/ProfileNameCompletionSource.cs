using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Common;
using AppSnapshot.Credentials;

namespace AppSnapshot.Completion
{
    /// <summary>Profile names for -ProfileName from both credential files (<see cref="KnownProfiles"/>). Local files: read on every completion, never cached.</summary>
    public static class ProfileNameCompletionSource
    {
        public static IReadOnlyList<KeyValuePair<string, string>> Complete(ClientEnvironment environment, string? word)
        {
            var w = CompletionWord.Clean(word);
            return KnownProfiles.Read(environment)
                .Where(p => p.Name.StartsWith(w, StringComparison.OrdinalIgnoreCase))
                .Select(p => new KeyValuePair<string, string>(p.Name, Tooltip(p)))
                .ToList();
        }

        private static string Tooltip(KnownProfile p) =>
            p.Path + (p.RegionId != null ? ", region " + p.RegionId : "") + (p.IsCurrent ? ", current" : "");
    }
}
