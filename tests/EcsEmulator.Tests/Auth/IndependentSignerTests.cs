using System.Diagnostics;
using System.Text.Json;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Auth;

/// <summary>A request signed by an independent Python implementation is accepted; one changed byte is refused.</summary>
public class IndependentSignerTests : EmulatorTest
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "independent_signer.py");

    [RequiresPython3Fact]
    public async Task PythonSignedRequestIsAcceptedAndATamperedOneIsRefused()
    {

        var (status, body) = await RunAsync();
        Assert.True(status == 200, body.ToString());
        Assert.Contains("web-ubuntu2204", body.GetProperty("Instances").GetProperty("Instance").EnumerateArray().Select(i => i.GetProperty("InstanceName").GetString()));

        var (tamperedStatus, tamperedBody) = await RunAsync("--tamper");
        Assert.Equal(400, tamperedStatus);
        Assert.Equal("SignatureDoesNotMatch", tamperedBody.GetProperty("Code").GetString());
    }

    private async Task<(int Status, JsonElement Body)> RunAsync(params string[] extra)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Script, Emulator.BaseUri.ToString(), EmulatorHost.AccessKeyId, EmulatorHost.AccessKeySecret }.Concat(extra)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, stderr);
        var lines = stdout.Split('\n', 2);
        return (int.Parse(lines[0].Trim()), JsonDocument.Parse(lines[1]).RootElement.Clone());
    }
}

/// <summary>A [Fact] that is skipped, with a clear reason, only when python3 cannot be started.</summary>
public sealed class RequiresPython3FactAttribute : FactAttribute
{
    public RequiresPython3FactAttribute()
    {
        if (!PythonAvailable()) Skip = "python3 is not installed: the independent-signer interoperability check was skipped.";
    }

    private static bool PythonAvailable()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
