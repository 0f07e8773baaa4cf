using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Faults;

/// <summary>The unsigned /_emulator endpoints do what the C# control API does.</summary>
public class ControlEndpointTests : EmulatorTest
{
    private readonly HttpClient _http = new();

    private Uri Url(string path) => new(Emulator.BaseUri, "_emulator/" + path);

    [Fact]
    public async Task StateListsInstances()
    {
        var rows = await _http.GetFromJsonAsync<JsonElement>(Url("state"));
        Assert.Equal(644, rows.GetArrayLength()); // 14 named instances + 630 in the bench fleet
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("InstanceId").GetString() == "i-stopped" && r.GetProperty("Status").GetString() == "Stopped");
    }

    [Fact]
    public async Task FaultsCanBeSetAndClearedOverHttp()
    {
        (await _http.PostAsJsonAsync(Url("faults/DescribeRegions"), new { ThrottlePercent = 100 })).EnsureSuccessStatusCode();
        (await Client.EcsAsync("DescribeRegions")).AssertError(400, "Throttling.User");
        (await _http.DeleteAsync(Url("faults"))).EnsureSuccessStatusCode();
        (await Client.EcsAsync("DescribeRegions")).AssertOk();
        var calls = await _http.GetFromJsonAsync<Dictionary<string, int>>(Url("calls"));
        Assert.Equal(2, calls!["DescribeRegions"]);
    }

    [Fact]
    public async Task InstanceScriptAndPluginControlsWorkOverHttp()
    {
        (await _http.PostAsJsonAsync(Url("instances/i-ubuntu2204/status"), new { Status = "Stopped" })).EnsureSuccessStatusCode();
        Assert.Equal("Stopped", Control.GetInstances().Single(i => i.InstanceId == "i-ubuntu2204").Status);
        (await _http.PostAsJsonAsync(Url("instances/i-mysql-centos79/plugin-fault"), new { ExitCode = 14 })).EnsureSuccessStatusCode();
        (await _http.PostAsJsonAsync(Url("instances/i-mysql-centos79/scripts/prescript"), new { Behaviour = "Fail", ExitCode = 3 })).EnsureSuccessStatusCode();
        (await _http.PostAsJsonAsync(Url("prescript-failure-mode"), new { Mode = "Exit9" })).EnsureSuccessStatusCode();
        var run = (await RunCommandAsync("i-mysql-centos79", "acs-plugin-manager --exec --plugin app-snapshot-plugin --params=-RamRoleName=EcsSnapshotRole,-Name=g1")).AssertOk();
        (await _http.PostAsJsonAsync(Url("clock/advance"), new { Seconds = 3600 })).EnsureSuccessStatusCode();
        Assert.Equal(14, (await ResultOfAsync(run["InvokeId"].GetString()!)).GetProperty("ExitCode").GetInt64());
        var files = await _http.GetFromJsonAsync<JsonElement>(Url("instances/i-mysql-centos79/files"));
        Assert.Equal(0, files.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(Url("instances/i-ghost/files"))).StatusCode);
        var created = await _http.GetFromJsonAsync<Dictionary<string, int>>(Url("created"));
        Assert.Equal(1, created!["Invocation"]);
    }

    [Fact]
    public async Task ResetRestoresTheFixture()
    {
        (await RunCommandAsync("i-ubuntu2204", "x")).AssertOk();
        Control.SetInstanceStatus("i-ubuntu2204", "Stopped");
        (await _http.PostAsync(Url("reset"), null)).EnsureSuccessStatusCode();
        Assert.Equal("Running", Control.GetInstances().Single(i => i.InstanceId == "i-ubuntu2204").Status);
        Assert.Empty(Control.GetCreatedCounts());
        Assert.Empty(Control.GetCallCounts());
    }

    [Fact]
    public async Task SnapshotGroupCountPerInstanceIsExposed()
    {
        var count = await _http.GetFromJsonAsync<JsonElement>(Url("instances/i-ubuntu2204/snapshot-groups/count"));
        Assert.Equal(0, count.GetProperty("Count").GetInt32());
    }
}
