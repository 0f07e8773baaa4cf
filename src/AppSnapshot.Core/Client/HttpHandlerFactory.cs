using System;
using System.Net.Http;

namespace AppSnapshot.Client
{
    /// <summary>
    /// netstandard2.0 has no SocketsHttpHandler, but PowerShell 7 runs on .NET where it exists; there
    /// it is created by reflection to get a real connect timeout and DNS-friendly pooled connection
    /// lifetimes. On Windows PowerShell 5.1 the plain HttpClientHandler is used and the per-attempt
    /// deadline (connect + read timeout) bounds connecting too.
    /// </summary>
    internal static class HttpHandlerFactory
    {
        public static HttpMessageHandler Create(TimeSpan connectTimeout)
        {
            var socketsType = Type.GetType("System.Net.Http.SocketsHttpHandler, System.Net.Http", throwOnError: false);
            if (socketsType != null && Activator.CreateInstance(socketsType) is HttpMessageHandler handler)
            {
                socketsType.GetProperty("ConnectTimeout")?.SetValue(handler, connectTimeout);
                socketsType.GetProperty("PooledConnectionLifetime")?.SetValue(handler, TimeSpan.FromMinutes(5));
                socketsType.GetProperty("UseProxy")?.SetValue(handler, true);
                return handler;
            }
            return new HttpClientHandler();
        }
    }
}
