using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsEmulator.Http;

internal static class JsonResponses
{
    // Property names exactly as written (PascalCase like the real service), non-ASCII kept readable.
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task WriteAsync(HttpContext ctx, int status, object body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json;charset=utf-8";
        await ctx.Response.WriteAsync(JsonSerializer.Serialize(body, body.GetType(), Options));
    }

    public static Task WriteErrorAsync(HttpContext ctx, string requestId, ApiException error)
    {
        var host = ctx.Request.Host.HasValue ? ctx.Request.Host.Value! : "ecs.aliyuncs.com";
        var product = ctx.Request.Headers["x-acs-version"].ToString() switch
        {
            ActionCatalog.RamVersion => "Ram",
            ActionCatalog.StsVersion => "Sts",
            _ => "Ecs",
        };
        return WriteAsync(ctx, error.Status, new
        {
            RequestId = requestId,
            HostId = host,
            error.Code,
            error.Message,
            Recommend = $"https://api.aliyun.com/troubleshoot?q={error.Code}&product={product}&requestId={requestId}",
        });
    }
}
