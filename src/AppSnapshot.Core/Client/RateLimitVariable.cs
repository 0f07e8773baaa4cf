using System;
using System.Collections.Generic;
using System.Globalization;

namespace AppSnapshot.Client
{
    /// <summary>
    /// APPSNAPSHOT_RATE_LIMITS: the paces for cmdlet users, who cannot pass <see cref="ClientSettings"/>.
    /// Comma-separated "Key=rate", Key "Product.Action", "Action" or "*" (every other action), rate in calls
    /// per second, e.g. <c>Ecs.RunCommand=5,DescribeInvocations=10,*=15</c>.
    /// </summary>
    internal static class RateLimitVariable
    {
        public const string Name = "APPSNAPSHOT_RATE_LIMITS";

        /// <summary>Applies the value to <paramref name="settings"/>; returns why it is unusable, or null.</summary>
        public static string? Apply(string? value, ClientSettings settings)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var parsed = new List<(string Key, RateLimit Limit)>();
            foreach (var part in value!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=');
                var key = eq < 0 ? "" : part.Substring(0, eq).Trim();
                if (key.Length == 0 || !double.TryParse(part.Substring(eq + 1).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || !(rate > 0))
                    return Name + " has an unusable entry '" + part.Trim() + "'; expected Key=calls per second, e.g. Ecs.RunCommand=5,*=15.";
                parsed.Add((key, new RateLimit(rate)));
            }
            foreach (var (key, limit) in parsed)
            {
                if (key == "*") settings.DefaultRateLimit = limit;
                else settings.RateLimits[key] = limit;
            }
            return null;
        }
    }
}
