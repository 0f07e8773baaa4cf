using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace AppSnapshot.Tests.Support;

/// <summary>
/// The emulator as a separate process (dotnet EcsEmulator.dll), so that a test can kill it as a crash would and start
/// it again on the same port with the same --state file.
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    private readonly string _arguments;
    private Process? _process;

    public EmulatorProcess(string statePath, double speed, int seed)
    {
        Port = LoopbackServer.ClosedPort();
        BaseUri = new Uri($"http://127.0.0.1:{Port}/");
        var dll = Path.Combine(AppContext.BaseDirectory, "EcsEmulator.dll");
        _arguments = $"\"{dll}\" --urls http://127.0.0.1:{Port} --state \"{statePath}\" --speed {speed.ToString(System.Globalization.CultureInfo.InvariantCulture)} --seed {seed}";
    }

    public int Port { get; }
    public Uri BaseUri { get; }
    public int Starts { get; private set; }

    public async Task StartAsync(TimeSpan timeout)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        _process = Process.Start(new ProcessStartInfo(dotnet, _arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Starts++;
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("The emulator exited with code " + _process.ExitCode + ".");
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("The emulator did not listen on " + BaseUri + " within " + timeout + ".");
    }

    /// <summary>As a crash: no shutdown, no flush beyond what the emulator already wrote.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<JsonElement> ControlAsync(string path)
    {
        using var http = new HttpClient();
        return JsonDocument.Parse(await http.GetStringAsync(new Uri(BaseUri, "_emulator/" + path))).RootElement.Clone();
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }
}
