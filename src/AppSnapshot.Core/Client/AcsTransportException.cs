using System;

namespace AppSnapshot.Client
{
    /// <summary>No usable HTTP answer after all attempts: timeout, connection refused/reset, response dropped.</summary>
    public sealed class AcsTransportException : Exception
    {
        public AcsTransportException(string message, string action, string product, int attempts, Exception? innerException = null)
            : base(message, innerException)
        {
            Action = action;
            Product = product;
            Attempts = attempts;
        }

        public string Action { get; }
        public string Product { get; }
        public int Attempts { get; }
    }
}
