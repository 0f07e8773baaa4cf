using System;

namespace AppSnapshot.Client
{
    /// <summary>
    /// No usable HTTP answer: timeout, connection refused/reset, response dropped, or a local failure
    /// that no repeat can fix (TLS to a plain HTTP port). Says whether the request may have reached the
    /// service, so that a change whose answer was lost is looked up instead of reported as failed.
    /// </summary>
    public sealed class AcsTransportException : Exception
    {
        public AcsTransportException(string message, string action, string product, int attempts, Exception? innerException = null)
            : this(message, action, product, attempts, attempts, mayHaveBeenApplied: true, innerException)
        {
        }

        public AcsTransportException(string message, string action, string product, int attempts, int requestsSent, bool mayHaveBeenApplied,
            Exception? innerException = null)
            : base(message, innerException)
        {
            Action = action;
            Product = product;
            Attempts = attempts;
            RequestsSent = requestsSent;
            MayHaveBeenApplied = mayHaveBeenApplied;
        }

        public string Action { get; }
        public string Product { get; }
        /// <summary>The client's attempts (each signed anew).</summary>
        public int Attempts { get; }
        /// <summary>Requests that reached the wire, including copies the HTTP stack resent on its own (seen as SignatureNonceUsed).</summary>
        public int RequestsSent { get; }
        /// <summary>
        /// True when a request reached the service and its answer was lost: the action may have been carried
        /// out. False when no request left this machine (connection refused, TLS or local failure).
        /// </summary>
        public bool MayHaveBeenApplied { get; }
    }
}
