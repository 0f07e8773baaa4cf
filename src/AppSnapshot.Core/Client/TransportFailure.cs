using System;
using System.Net.Sockets;
using System.Security.Authentication;

namespace AppSnapshot.Client
{
    /// <summary>One attempt without a usable answer, and whether its request may have reached the service.</summary>
    internal sealed class TransportFailure : Exception
    {
        public TransportFailure(string message, Exception inner, bool requestSent, bool permanent = false) : base(message, inner)
        {
            RequestSent = requestSent;
            Permanent = permanent;
        }

        /// <summary>False when no request left this machine: nothing can have been changed.</summary>
        public bool RequestSent { get; }

        /// <summary>A local failure that a repeat cannot cure (e.g. TLS to a port that speaks plain HTTP).</summary>
        public bool Permanent { get; }

        public static TransportFailure Classify(Exception ex, string description)
        {
            for (var inner = ex; inner != null; inner = inner.InnerException)
            {
                if (inner is AuthenticationException)
                    return new TransportFailure("secure connection failed (" + description + "; does the endpoint speak HTTPS?)", ex, requestSent: false, permanent: true);
                if (inner is SocketException socket && NeverConnected(socket.SocketErrorCode))
                    return new TransportFailure("could not connect (" + description + ")", ex, requestSent: false);
            }
            return new TransportFailure("connection failed (" + description + ")", ex, requestSent: true);
        }

        private static bool NeverConnected(SocketError code) =>
            code == SocketError.ConnectionRefused || code == SocketError.HostNotFound || code == SocketError.HostUnreachable ||
            code == SocketError.NetworkUnreachable || code == SocketError.TryAgain || code == SocketError.NoData ||
            code == SocketError.AddressNotAvailable;
    }
}
