using System.Net;
using System.Text.Json;

namespace EcsEmulator.Tests.Support;

public sealed record ApiResponse(HttpStatusCode Status, JsonElement Body)
{
    public string? Code => Body.TryGetProperty("Code", out var c) ? c.GetString() : null;

    public JsonElement this[string path]
    {
        get
        {
            var e = Body;
            foreach (var part in path.Split('.'))
                e = int.TryParse(part, out var i) ? e[i] : e.GetProperty(part);
            return e;
        }
    }

    public ApiResponse AssertOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200 but got {(int)Status}: {Body}");
        return this;
    }

    public ApiResponse AssertError(int status, string code)
    {
        Assert.True((int)Status == status && Code == code, $"Expected {status} {code} but got {(int)Status}: {Body}");
        return this;
    }
}
