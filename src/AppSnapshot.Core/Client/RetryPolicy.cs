using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Client
{
    /// <summary>
    /// How one API action is retried, as data: the attempts in all (the first included), the error codes
    /// retried besides throttling and server errors, and whether a request whose answer was lost may be
    /// sent again. Every attempt is signed anew (fresh nonce and date); the backoff between attempts is
    /// <see cref="Backoff"/>'s. The client is the only layer that retries: an operation never wraps a call
    /// in a retry loop of its own; after a lost answer it looks up what happened instead.
    /// </summary>
    public sealed class RetryPolicy
    {
        public RetryPolicy(int maxAttempts, IEnumerable<string>? alsoRetriedCodes = null, bool resendsAfterLostAnswer = true)
        {
            if (maxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(maxAttempts), "At least one attempt.");
            MaxAttempts = maxAttempts;
            AlsoRetriedCodes = (alsoRetriedCodes ?? Enumerable.Empty<string>()).ToArray();
            ResendsAfterLostAnswer = resendsAfterLostAnswer;
        }

        public int MaxAttempts { get; }

        /// <summary>E.g. IdempotentProcessing for RunCommand: the same ClientToken is still being processed.</summary>
        public IReadOnlyCollection<string> AlsoRetriedCodes { get; }

        /// <summary>
        /// True for reads and for changes that a repeat cannot make twice (a ClientToken, or an overwrite of
        /// the same content). False for the others: once a request may have reached the service, the call
        /// ends with <see cref="AcsTransportException.MayHaveBeenApplied"/> and the caller reads back.
        /// </summary>
        public bool ResendsAfterLostAnswer { get; }

        internal bool Retries(AcsApiException error) => error.IsRetryable || AlsoRetriedCodes.Contains(error.Code, StringComparer.Ordinal);

        public override string ToString() =>
            MaxAttempts + " attempts" + (AlsoRetriedCodes.Count > 0 ? ", also on " + string.Join(", ", AlsoRetriedCodes) : "") +
            (ResendsAfterLostAnswer ? "" : ", not resent after a lost answer");
    }
}
