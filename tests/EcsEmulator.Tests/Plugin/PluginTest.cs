using System.Text.Json;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Plugin;

/// <summary>Helpers to upload the pre/post scripts and run the plug-ins through RunCommand.</summary>
public abstract class PluginTest : EmulatorTest
{
    protected const string Linux = "acs-plugin-manager --exec --plugin app-snapshot-plugin --params=";
    protected const string Windows = "acs-plugin-manager --exec --plugin app-snapshot-plugin-win --params=";
    protected const string ScriptParams = "-PreScriptPath=\"/tmp/prescript.sh\",-PostScriptPath=\"/tmp/postscript.sh\"";
    protected static (string, string) Hz => ("RegionId", "cn-hangzhou");

    protected async Task UploadScriptsAsync(string instanceId, string mode = "0700", string owner = "root")
    {
        foreach (var name in new[] { "prescript.sh", "postscript.sh" })
            (await Client.EcsAsync("SendFile", Hz, P("InstanceId.1", instanceId), P("Name", name), P("TargetDir", "/tmp"),
                P("Content", "#!/bin/bash\n"), P("FileMode", mode), P("FileOwner", owner), P("Overwrite", "true"))).AssertOk();
        LetTimePass(10);
    }

    protected async Task<PluginResult> RunPluginAsync(string instanceId, string parameters, bool windows = false, bool finishEverything = true)
    {
        var content = (windows ? Windows : Linux) + parameters;
        var run = (await RunCommandAsync(instanceId, content, windows ? "RunBatScript" : "RunShellScript", P("Timeout", "3600"))).AssertOk();
        var invokeId = run["InvokeId"].GetString()!;
        if (finishEverything) LetTimePass(7200);
        var result = await ResultOfAsync(invokeId);
        return new PluginResult(invokeId, result.GetProperty("InvocationStatus").GetString()!, result.GetProperty("ExitCode").GetInt64(), Decode(result.GetProperty("Output")));
    }

    protected async Task<JsonElement[]> GroupsAsync(string instanceId)
    {
        var r = (await Client.EcsAsync("DescribeSnapshotGroups", Hz, P("InstanceId", instanceId))).AssertOk();
        return r["SnapshotGroups.SnapshotGroup"].EnumerateArray().ToArray();
    }

    protected static Dictionary<string, string> SnapshotTags(JsonElement groupSnapshot) =>
        groupSnapshot.GetProperty("Tags").GetProperty("Tag").EnumerateArray().ToDictionary(t => t.GetProperty("Key").GetString()!, t => t.GetProperty("Value").GetString()!);

    protected static string GroupIdFromOutput(string output)
    {
        var m = System.Text.RegularExpressions.Regex.Match(output, "\\[snapshotgroup=\"(ssg-[a-z0-9]+)\"\\]");
        Assert.True(m.Success, output);
        return m.Groups[1].Value;
    }

    protected sealed record PluginResult(string InvokeId, string Status, long ExitCode, string Output);
}
