using System;
using System.Collections.Generic;

namespace AppSnapshot.Client
{
    /// <summary>Timeouts, retry policy, rate limits and other knobs of the clients a factory creates.</summary>
    public sealed class ClientSettings
    {
        /// <summary>Time to establish the TCP/TLS connection (enforced where the runtime supports it, see <see cref="HttpHandlerFactory"/>).</summary>
        public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>
        /// Time to wait for the complete response once connected. Each attempt is bounded by
        /// ConnectTimeout + ReadTimeout through a linked cancellation token, because netstandard2.0 has
        /// no per-phase timeouts on HttpClient.
        /// </summary>
        public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Total HTTP attempts per call, including the first one.</summary>
        public int MaxAttempts { get; set; } = 5;

        /// <summary>
        /// Error codes retried for one action besides throttling and server errors, keyed "Product.Action".
        /// RunCommand answers IdempotentProcessing while an earlier attempt with the same ClientToken is
        /// still being processed: another attempt with that token is safe and gets the run's answer.
        /// </summary>
        public IDictionary<string, IReadOnlyCollection<string>> AlsoRetriedCodes { get; } =
            new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.OrdinalIgnoreCase)
            {
                ["Ecs.RunCommand"] = new[] { "IdempotentProcessing" },
            };

        /// <summary>
        /// Changes sent again after a lost answer, keyed "Product.Action": a repeat cannot make them twice.
        /// RunCommand and SendFile carry a ClientToken kept across attempts (and SendFile overwrites the same
        /// file with the same content); AssumeRole only issues another temporary key. Reads (Describe*, List*,
        /// Get*) are always resent. Every other action stops at a lost answer, and its operation reads back
        /// what happened.
        /// </summary>
        public ISet<string> ResentAfterLostAnswer { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Ecs.RunCommand",
            "Ecs.SendFile",
            "Sts.AssumeRole",
        };

        /// <summary>Backoff before retry n is a random value in [0, min(MaxBackoff, BaseBackoff * 2^(n-1))] (full jitter).</summary>
        public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromMilliseconds(500);
        public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>Upper bound for a server-requested <c>x-acs-retry-after</c> wait.</summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// The pace for every action without its own entry in <see cref="RateLimits"/>: 20 calls per second,
        /// never more than 20 in any one-second window (the usual ECS Describe* flow control).
        /// </summary>
        public RateLimit DefaultRateLimit { get; set; } = new RateLimit(20);

        /// <summary>
        /// Per-action paces, keyed "Product.Action" (e.g. "Ecs.RunCommand") or just "Action". Default:
        /// "Ecs.RunCommand" at 10 calls per second. A pace applies per endpoint, product and action: every
        /// region has its own endpoint, so in the cloud it applies per region (see <see cref="RateLimiter"/>).
        /// </summary>
        public IDictionary<string, RateLimit> RateLimits { get; } = new Dictionary<string, RateLimit>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ecs.RunCommand"] = new RateLimit(10),
        };

        /// <summary>How a pace adapts to throttling and how much room it leaves for the way to the server.</summary>
        public RatePacing Pacing { get; set; } = new RatePacing();

        /// <summary>Appended to the User-Agent after one space.</summary>
        public string? UserAgentSuffix { get; set; }

        /// <summary>ECS instance metadata service; tests point it at a loopback listener.</summary>
        public Uri MetadataEndpoint { get; set; } = new Uri("http://100.100.100.200/");

        /// <summary>Connect + read budget for each metadata request.</summary>
        public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Temporary credentials are refreshed when less than this remains.</summary>
        public TimeSpan CredentialRefreshMargin { get; set; } = TimeSpan.FromMinutes(3);

        /// <summary>Random source in [0, 1) for jitter; tests pin it.</summary>
        internal Func<double>? Jitter { get; set; }

        internal RateLimit RateLimitFor(string product, string action)
        {
            if (RateLimits.TryGetValue(product + "." + action, out var limit)) return limit;
            if (RateLimits.TryGetValue(action, out limit)) return limit;
            return DefaultRateLimit;
        }

        internal RetryPolicy RetryPolicyFor(string product, string action) =>
            new RetryPolicy(Math.Max(1, MaxAttempts), AlsoRetriedCodes.TryGetValue(product + "." + action, out var codes) ? codes : null,
                IsRead(action) || ResentAfterLostAnswer.Contains(product + "." + action));

        /// <summary>Alibaba Cloud names every read Describe*, List* or Get*.</summary>
        internal static bool IsRead(string action) =>
            action.StartsWith("Describe", StringComparison.Ordinal) || action.StartsWith("List", StringComparison.Ordinal) ||
            action.StartsWith("Get", StringComparison.Ordinal);

        internal TimeSpan AttemptTimeout => ConnectTimeout + ReadTimeout;
    }

    /// <summary>
    /// A server's flow control as the client paces to it: at most <see cref="Burst"/> calls start within any
    /// window of Burst / RequestsPerSecond seconds. With Burst = RequestsPerSecond (the one-argument
    /// constructor) that is the server's own one-second window, never exceeded.
    /// </summary>
    public sealed class RateLimit
    {
        /// <summary>Calls per second in one-second windows (Burst = the rate, at least 1).</summary>
        public RateLimit(double requestsPerSecond) : this(requestsPerSecond, Math.Max(1, (int)Math.Floor(requestsPerSecond))) { }

        public RateLimit(double requestsPerSecond, int burst)
        {
            if (!(requestsPerSecond > 0)) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), "Must be positive.");
            if (burst < 1) throw new ArgumentOutOfRangeException(nameof(burst), "Must be at least 1.");
            RequestsPerSecond = requestsPerSecond;
            Burst = burst;
        }

        public double RequestsPerSecond { get; }
        /// <summary>Calls that may start together; the window is Burst / RequestsPerSecond seconds.</summary>
        public int Burst { get; }

        public override string ToString() => RequestsPerSecond + "/s (" + Burst + " per " + Burst / RequestsPerSecond + " s)";
    }

    /// <summary>Additive increase, multiplicative decrease of a pace, and the room left for the way to the server.</summary>
    public sealed class RatePacing
    {
        /// <summary>Each window is stretched by this much, so calls spaced by the client still arrive spaced at the server.</summary>
        public TimeSpan Margin { get; set; } = TimeSpan.FromMilliseconds(50);
        /// <summary>A throttled answer multiplies the rate by this (once per window).</summary>
        public double DecreaseFactor { get; set; } = 0.7;
        /// <summary>... but by this when no answer was throttled for <see cref="QuietWindows"/> windows before it.</summary>
        public double QuietDecreaseFactor { get; set; } = 0.9;
        /// <summary>Windows without a throttled answer after which the next one only trims the rate.</summary>
        public int QuietWindows { get; set; } = 5;
        /// <summary>Each window without a throttled answer adds this share of the configured rate back.</summary>
        public double IncreaseFraction { get; set; } = 0.1;
        /// <summary>The rate never drops below this share of the configured rate ...</summary>
        public double MinimumFraction { get; set; } = 0.05;
        /// <summary>... nor below this many calls per second (unless the configured rate is lower).</summary>
        public double MinimumRate { get; set; } = 0.2;
    }
}
