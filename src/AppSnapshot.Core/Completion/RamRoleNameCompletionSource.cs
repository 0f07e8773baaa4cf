using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;

namespace AppSnapshot.Completion
{
    /// <summary>The account's RAM role names for tab completion (ListRoles), cached briefly per account.</summary>
    public sealed class RamRoleNameCompletionSource : CloudCompletionSource<RamRoleRecord>
    {
        public static RamRoleNameCompletionSource Shared { get; } = new RamRoleNameCompletionSource(() => DateTimeOffset.UtcNow);

        public RamRoleNameCompletionSource(Func<DateTimeOffset> now) : base(now) { }

        public IReadOnlyList<KeyValuePair<string, string>> Complete(AcsSession session, string? word)
            => Complete(session.CredentialSource, ct => new RamApi(session.Ram).ListRolesAsync(ct), word);

        /// <summary>Roles whose name starts with <paramref name="word"/>, then those whose name contains it.</summary>
        internal IReadOnlyList<KeyValuePair<string, string>> Complete(string cacheKey,
            Func<CancellationToken, Task<IReadOnlyList<RamRoleRecord>>> fetch, string? word)
        {
            var w = CompletionWord.Clean(word);
            return Listing.Get(cacheKey, fetch)
                .Where(r => r.RoleName.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(r => r.RoleName.StartsWith(w, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(r => r.RoleName, StringComparer.OrdinalIgnoreCase)
                .Select(r => new KeyValuePair<string, string>(r.RoleName, string.IsNullOrEmpty(r.Description) ? r.RoleName : r.Description))
                .ToList();
        }
    }
}
