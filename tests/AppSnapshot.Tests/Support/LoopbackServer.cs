using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AppSnapshot.Tests.Support;

/// <summary>One HTTP request as it arrived on the socket (target and headers unparsed by any framework).</summary>
public sealed class LoopbackRequest
{
    public string Method { get; init; } = "";
    /// <summary>Raw request target, e.g. <c>/?A=1&amp;B=%20</c>.</summary>
    public string Target { get; init; } = "";
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public string Body { get; init; } = "";
    public string Path => Target.Split('?')[0];
    public string RawQuery => Target.Contains('?') ? Target[(Target.IndexOf('?') + 1)..] : "";
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>What the server does with a request.</summary>
public sealed class LoopbackReply
{
    private LoopbackReply() { }
    public int Status { get; private init; }
    public string Body { get; private init; } = "";
    public string ContentType { get; private init; } = "application/json";
    public (string Name, string Value)[] Headers { get; private init; } = [];
    public bool Drop { get; private init; }
    public bool Hang { get; private init; }
    public bool HeadersThenDrop { get; private init; }

    public static LoopbackReply Json(int status, string body, params (string, string)[] headers) => new() { Status = status, Body = body, Headers = headers };
    public static LoopbackReply Text(int status, string body, string contentType = "text/plain") => new() { Status = status, Body = body, ContentType = contentType };
    /// <summary>Closes the connection without a byte of response.</summary>
    public static LoopbackReply DropConnection() => new() { Drop = true };
    /// <summary>Sends the status line and headers promising a body, then closes the connection.</summary>
    public static LoopbackReply TruncatedBody() => new() { HeadersThenDrop = true, Status = 200 };
    /// <summary>Never answers (until the client gives up or the server is disposed).</summary>
    public static LoopbackReply NoAnswer() => new() { Hang = true };
}

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 built on a raw socket, so tests can produce what a framework
/// would refuse to: dropped connections, truncated bodies, answers that never come.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<LoopbackRequest, int, Task<LoopbackReply>> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _count;

    private LoopbackServer(Func<LoopbackRequest, int, Task<LoopbackReply>> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = Task.Run(AcceptLoop);
    }

    /// <param name="handler">Gets the request and its 1-based sequence number.</param>
    public static LoopbackServer Start(Func<LoopbackRequest, int, LoopbackReply> handler) => new((r, n) => Task.FromResult(handler(r, n)));
    public static LoopbackServer Start(Func<LoopbackRequest, int, Task<LoopbackReply>> handler) => new(handler);

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");
    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();
    public int RequestCount => Requests.Count;

    /// <summary>A loopback port with nothing listening (connection refused).</summary>
    public static int ClosedPort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequest(stream);
                if (request is null) return;
                Requests.Enqueue(request);
                var reply = await _handler(request, Interlocked.Increment(ref _count));
                if (reply.Drop) return;
                if (reply.Hang)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    return;
                }
                var body = Encoding.UTF8.GetBytes(reply.Body);
                var head = new StringBuilder();
                head.Append($"HTTP/1.1 {reply.Status} Status\r\nContent-Type: {reply.ContentType}; charset=utf-8\r\nConnection: close\r\n");
                head.Append($"Content-Length: {(reply.HeadersThenDrop ? 1000 : body.Length)}\r\n");
                foreach (var (name, value) in reply.Headers) head.Append($"{name}: {value}\r\n");
                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
                if (reply.HeadersThenDrop)
                {
                    await stream.WriteAsync("{\"Req"u8.ToArray());
                    await stream.FlushAsync();
                    client.Client.LingerState = new LingerOption(true, 0); // RST: the body never completes
                    return;
                }
                await stream.WriteAsync(body);
                await stream.FlushAsync();
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch
            {
                // The client went away (timeouts, cancellation): nothing to report from the server side.
            }
        }
    }

    private static async Task<LoopbackRequest?> ReadRequest(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var n = await stream.ReadAsync(one);
            if (n == 0) return null;
            buffer.Add(one[0]);
            var c = buffer.Count;
            if (c >= 4 && buffer[c - 4] == '\r' && buffer[c - 3] == '\n' && buffer[c - 2] == '\r' && buffer[c - 1] == '\n') break;
        }
        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n");
        var first = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var length = headers.TryGetValue("Content-Length", out var cl) ? int.Parse(cl) : 0;
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read));
            if (n == 0) break;
            read += n;
        }
        return new LoopbackRequest { Method = first[0], Target = first[1], Headers = headers, Body = Encoding.UTF8.GetString(body, 0, read) };
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _acceptLoop; } catch { }
        _stop.Dispose();
    }
}
