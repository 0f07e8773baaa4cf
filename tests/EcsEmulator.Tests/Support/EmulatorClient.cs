using System.Text.Json;

namespace EcsEmulator.Tests.Support;

/// <summary>Signs and sends calls to an in-process emulator.</summary>
public sealed class EmulatorClient(EmulatorHost host) : IDisposable
{
    public const string Ecs = "2014-05-26";
    public const string Ram = "2015-05-01";
    public const string Sts = "2015-04-01";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public EmulatorHost Host => host;
    public Credentials Credentials { get; set; } = Credentials.Default;

    public Task<ApiResponse> EcsAsync(string action, params (string Key, string Value)[] query) => CallAsync(Ecs, action, query);

    public Task<ApiResponse> RamAsync(string action, params (string Key, string Value)[] query) => CallAsync(Ram, action, query);

    public Task<ApiResponse> StsAsync(string action, params (string Key, string Value)[] query) => CallAsync(Sts, action, query);

    public Task<ApiResponse> CallAsync(string version, string action, IEnumerable<(string Key, string Value)> query)
    {
        var request = new SignedRequest { Action = action, Version = version, Credentials = Credentials };
        request.Query.AddRange(query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value)));
        return SendAsync(request.Build(host.BaseUri));
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage message)
    {
        using var response = await _http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return new ApiResponse(response.StatusCode, doc.RootElement.Clone());
    }

    public void Dispose() => _http.Dispose();
}
