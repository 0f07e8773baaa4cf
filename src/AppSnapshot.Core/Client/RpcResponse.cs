using AppSnapshot.Json;

namespace AppSnapshot.Client
{
    public sealed class RpcResponse
    {
        public RpcResponse(JsonObject body, string requestId, int statusCode, int attempts)
        {
            Body = body;
            RequestId = requestId;
            StatusCode = statusCode;
            Attempts = attempts;
        }

        public JsonObject Body { get; }
        public string RequestId { get; }
        public int StatusCode { get; }
        /// <summary>How many HTTP attempts the call took (1 when the first one succeeded).</summary>
        public int Attempts { get; }
    }
}
