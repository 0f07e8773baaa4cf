using System;
using System.Globalization;
using AppSnapshot.Json;

namespace AppSnapshot.Client
{
    /// <summary>Turns an HTTP error answer into an <see cref="AcsApiException"/>, whatever its body looks like.</summary>
    internal static class ErrorResponseParser
    {
        public static AcsApiException Parse(int status, string body, string? headerRequestId, string action, string product)
        {
            JsonObject? json = null;
            try
            {
                json = JsonNode.Parse(body) as JsonObject;
            }
            catch (FormatException)
            {
                // Gateways and proxies answer with HTML or plain text; handled below.
            }

            if (json != null)
            {
                var code = Field(json, "Code") ?? FallbackCode(status);
                return new AcsApiException(code, Field(json, "Message"), Field(json, "RequestId") ?? headerRequestId, status, action, product,
                    Field(json, "Recommend"), Field(json, "HostId"));
            }

            // The body is not echoed: it is unstructured and might repeat request data.
            var note = body.Length == 0
                ? "empty error body"
                : "error body is not JSON (" + body.Length.ToString(CultureInfo.InvariantCulture) + " characters)";
            return new AcsApiException(FallbackCode(status), note, headerRequestId, status, action, product);
        }

        private static string FallbackCode(int status) => "Http" + status.ToString(CultureInfo.InvariantCulture);

        private static string? Field(JsonObject json, string name)
        {
            var value = json.GetString(name) ?? json.GetString(char.ToLowerInvariant(name[0]) + name.Substring(1));
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }
}
