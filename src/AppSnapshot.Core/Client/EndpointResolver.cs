using System;
using System.Net;
using AppSnapshot.Common;

namespace AppSnapshot.Client
{
    /// <summary>A resolved endpoint and where it came from (for debug output).</summary>
    internal sealed class ResolvedEndpoint
    {
        public ResolvedEndpoint(Uri uri, string source)
        {
            Uri = uri;
            Source = source;
        }

        public Uri Uri { get; }
        public string Source { get; }
    }

    /// <summary>
    /// Endpoint precedence: ConnectionOptions.Endpoint (or the session default standing in for it), then APPSNAPSHOT_ENDPOINT (all products), then
    /// ALIBABA_CLOUD_&lt;PRODUCT&gt;_ENDPOINT, then <see cref="EndpointRules"/>. An override may contain
    /// "{region}". Plain http is refused unless the host is loopback, so credentials never travel in clear.
    /// </summary>
    internal static class EndpointResolver
    {
        public const string AllProductsVariable = "APPSNAPSHOT_ENDPOINT";

        /// <param name="optionSource">Where <paramref name="optionEndpoint"/> came from: the parameter, or the session default.</param>
        public static ResolvedEndpoint Resolve(ApiProduct product, string? regionId, string? optionEndpoint, Func<string, string?> getVariable, string optionSource = "parameter -Endpoint")
        {
            if (!string.IsNullOrWhiteSpace(optionEndpoint))
                return new ResolvedEndpoint(Parse(optionEndpoint!, regionId, optionSource), optionSource);
            var all = getVariable(AllProductsVariable);
            if (!string.IsNullOrWhiteSpace(all))
                return new ResolvedEndpoint(Parse(all!, regionId, "environment " + AllProductsVariable), "environment " + AllProductsVariable);
            var specific = getVariable(product.EndpointVariable);
            if (!string.IsNullOrWhiteSpace(specific))
                return new ResolvedEndpoint(Parse(specific!, regionId, "environment " + product.EndpointVariable), "environment " + product.EndpointVariable);
            return new ResolvedEndpoint(new Uri("https://" + EndpointRules.Host(product.Name, regionId) + "/"), "built-in endpoint rules");
        }

        /// <summary>Accepts "host", "host:port" or an absolute http(s) URL without path, query or user info.</summary>
        public static Uri Parse(string value, string? regionId, string source)
        {
            var text = value.Trim();
            if (text.IndexOf("{region}", StringComparison.Ordinal) >= 0)
            {
                if (string.IsNullOrEmpty(regionId)) throw Invalid(value, source, "it contains {region} but no region is known");
                text = text.Replace("{region}", regionId);
            }
            if (text.IndexOf("://", StringComparison.Ordinal) < 0) text = "https://" + text;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) throw Invalid(value, source, "it is not a host name or URL");
            if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) throw Invalid(value, source, "only https (and http for loopback hosts) is supported");
            if (!string.IsNullOrEmpty(uri.UserInfo) || (uri.AbsolutePath != "/" && uri.AbsolutePath.Length > 0) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
                throw Invalid(value, source, "give only scheme, host and port (no path, query or user info)");
            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri.Host))
                throw Invalid(value, source, "plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost); use https");
            return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
        }

        public static bool IsLoopback(string host)
        {
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
            var bare = host.Trim('[', ']');
            return IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip);
        }

        private static AcsConfigurationException Invalid(string value, string source, string why) =>
            new AcsConfigurationException("Endpoint '" + value + "' from " + source + " is not usable: " + why + ".");
    }
}
