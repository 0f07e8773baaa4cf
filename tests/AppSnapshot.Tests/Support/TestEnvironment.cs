using AppSnapshot.Tests.Fakes;
using AppSnapshot.Client;
using AppSnapshot.Common;

namespace AppSnapshot.Tests.Support;

/// <summary>An injected environment: variables in a dictionary and a fresh temporary home directory.</summary>
public sealed class TestEnvironment : IDisposable
{
    public TestEnvironment()
    {
        Home = Path.Combine(Path.GetTempPath(), "appsnapshot-client-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
        // Never probe the real metadata address from a test.
        Variables["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] = "true";
    }

    public string Home { get; }
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public ClientEnvironment Build(HttpMessageHandler? handler = null) =>
        new(name => Variables.TryGetValue(name, out var v) ? v : null, Home, Clock, handler);

    public string WriteCliConfig(string json)
    {
        var dir = Path.Combine(Home, ".aliyun");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "config.json");
        File.WriteAllText(path, json);
        return path;
    }

    public string WriteIni(string text, string fileName = "credentials")
    {
        var dir = Path.Combine(Home, ".alibabacloud");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Settings for tests: zero jitter-free backoff unless a test overrides, short timeouts.</summary>
    public static ClientSettings FastSettings(Uri? metadata = null) => new()
    {
        Jitter = () => 0.5,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ReadTimeout = TimeSpan.FromSeconds(5),
        MetadataEndpoint = metadata ?? new Uri("http://127.0.0.1:9/"),
    };

    public void Dispose()
    {
        try { Directory.Delete(Home, recursive: true); } catch { }
    }
}
