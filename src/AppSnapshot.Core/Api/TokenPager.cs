using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    /// <summary>Follows MaxResults/NextToken paging to the last page.</summary>
    internal static class TokenPager
    {
        /// <summary>Guards against a service that keeps handing out the same token.</summary>
        private const int MaxPages = 10000;

        public static async Task<List<T>> ReadAllAsync<T>(IRpcClient client, Func<RpcRequest> newRequest,
            Func<JsonObject, IEnumerable<T>> readPage, CancellationToken ct,
            Func<JsonObject, string?>? readToken = null)
        {
            var items = new List<T>();
            string? token = null;
            for (var page = 0; page < MaxPages; page++)
            {
                var request = newRequest().Add("NextToken", token);
                if (page > 0) request.About(request.Subject + ", page " + (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var response = await client.CallAsync(request, ct).ConfigureAwait(false);
                items.AddRange(readPage(response.Body));
                var next = readToken != null ? readToken(response.Body) : response.Body.GetString("NextToken");
                if (string.IsNullOrEmpty(next) || next == token) break;
                token = next;
            }
            return items;
        }
    }
}
