using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    internal static class OperationProgressReader
    {
        public static IReadOnlyList<OperationProgress> Read(JsonObject body)
        {
            var requestId = ApiValues.Text(body, "RequestId");
            return body.GetList("OperationProgressSet", "OperationProgress").Select(p =>
            {
                var related = new Dictionary<string, string>();
                foreach (var item in p.GetList("RelatedItemSet", "RelatedItem"))
                {
                    var name = item.GetString("Name");
                    if (!string.IsNullOrEmpty(name)) related[name!] = item.GetString("Value") ?? "";
                }
                return new OperationProgress
                {
                    OperationStatus = ApiValues.Text(p, "OperationStatus"),
                    ErrorCode = ApiValues.Text(p, "ErrorCode"),
                    ErrorMessage = ApiValues.Text(p, "ErrorMsg"),
                    RelatedItems = related,
                    RequestId = requestId,
                };
            }).ToList();
        }
    }
}
