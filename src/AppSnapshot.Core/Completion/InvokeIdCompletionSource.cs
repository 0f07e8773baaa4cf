using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Completion
{
    /// <summary>The plug-in runs of this session still pending (an interrupted or timed-out wait left them), for -InvokeId.</summary>
    public static class InvokeIdCompletionSource
    {
        public static IReadOnlyList<KeyValuePair<string, string>> Complete(PendingInvocationRegistry registry, string? word)
        {
            var w = CompletionWord.Clean(word);
            return registry.Snapshot()
                .Where(p => p.InvokeId.StartsWith(w, StringComparison.OrdinalIgnoreCase))
                .GroupBy(p => p.InvokeId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, string>(g.Key, Tooltip(g.ToList())))
                .ToList();
        }

        private static string Tooltip(IReadOnlyList<PendingInvocation> runs)
        {
            var group = runs.Select(r => r.GroupName).FirstOrDefault(n => !string.IsNullOrEmpty(n));
            return "pending on " + string.Join(", ", runs.Select(r => r.InstanceId).OrderBy(i => i, StringComparer.Ordinal))
                + " (" + runs[0].RegionId + (group != null ? ", group " + group : "") + ")";
        }
    }
}
