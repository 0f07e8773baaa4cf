using System.Globalization;
using EcsEmulator;

// Standalone: dotnet run --project tests/EcsEmulator -- --urls http://127.0.0.1:8787 [--fixture FILE] [--speed FACTOR] [--seed N] [--state FILE] [--log]
var options = new EmulatorOptions();
var urls = "http://127.0.0.1:8787";
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--urls": urls = Next(); break;
        case "--fixture": options.FixturePath = Next(); break;
        case "--speed": options.SpeedFactor = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--state": options.StatePath = Next(); break;
        case "--log": options.LogRequests = true; break;
        default: Console.Error.WriteLine($"Unknown argument {args[i]}"); return 2;
    }
}
try
{
    EmulatorHost.EnsureLoopback(urls);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
await using var host = await EmulatorHost.StartOnAsync(options, urls, CancellationToken.None);
Console.WriteLine($"ECS emulator listening on {host.BaseUri} (AccessKeyId {EmulatorHost.AccessKeyId}); Ctrl+C to stop.");
await host.WaitForShutdownAsync();
return 0;

