using System.Globalization;

namespace AppSnapshot.Benchmarks;

/// <summary>Command line of the benchmark. Every knob that shapes a figure is printed with the figures.</summary>
internal sealed class BenchOptions
{
    public IReadOnlyList<int> Sizes { get; private set; } = new[] { 1, 500, 2000, 8000 };
    /// <summary>Plug-in duration D in seconds (RunCommand accepted → instance final, as the emulator schedules it).</summary>
    public double DurationSeconds { get; private set; } = 10;
    /// <summary>Largest N the sequential loop really runs (besides N = 1); above it its time and calls are scaled linearly.</summary>
    public int SequentialMax { get; private set; } = 3;
    /// <summary>Sequential loop's poll interval (the seed sample sleeps one second between polls).</summary>
    public double SequentialPollSeconds { get; private set; } = 1;
    /// <summary>Largest N the Node SDK peer runs at (0: never).</summary>
    public int PeerMax { get; private set; } = FleetFixture.Largest;
    public bool Faults { get; private set; }
    /// <summary>A folder for each cmdlet run's call log (CSV: action, region, subject, arrival and answer in seconds since the start, error).</summary>
    public string? CallLogFolder { get; private set; }
    public int FaultInstances { get; private set; } = 500;
    public int LatencyMs { get; private set; } = 40;
    public int Seed { get; private set; } = 42;
    public bool SkipSequential { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        bool sizeGiven = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value.");
            switch (args[i])
            {
                case "--instances": o.Sizes = Next().Split(',').Select(s => PositiveInt(s, FleetFixture.Largest)).ToArray(); sizeGiven = true; break;
                case "--duration": o.DurationSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--sequential-max": o.SequentialMax = PositiveInt(Next(), 100); break;
                case "--sequential-poll": o.SequentialPollSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-sequential": o.SkipSequential = true; break;
                case "--peer-max": o.PeerMax = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-peer": o.PeerMax = 0; break;
                case "--faults": o.Faults = true; break;
                case "--call-log": o.CallLogFolder = Next(); break;
                case "--quick": o.Sizes = new[] { 500 }; o.SkipSequential = true; o.PeerMax = 0; sizeGiven = true; break;
                case "--latency": o.LatencyMs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": o.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "-h": case "--help": throw new HelpRequested();
                default: throw new ArgumentException("Unknown option " + args[i] + ".");
            }
        }
        if (o.DurationSeconds <= 0) throw new ArgumentException("--duration must be positive.");
        if (o.Faults)
        {
            // Fault mode is its own scenario: N = the given size or 500, through the cmdlets only.
            o.FaultInstances = sizeGiven ? o.Sizes[0] : 500;
            o.Sizes = Array.Empty<int>();
            o.SkipSequential = true;
        }
        return o;
    }

    private static int PositiveInt(string text, int max)
    {
        var n = int.Parse(text, CultureInfo.InvariantCulture);
        if (n < 1 || n > max) throw new ArgumentException("Expected 1.." + max + ", got " + text + ".");
        return n;
    }

    public const string Usage =
        "dotnet run --project tests/AppSnapshot.Benchmarks -c Release -- [options]   (build the module first: out/AppSnapshot)\n" +
        "  --instances N[,N..]  fleet sizes (default 1,500,2000,8000; up to 5,000 in cn-hangzhou, 8,000 = three regions)\n" +
        "  --duration SECONDS   plug-in duration D (default 10)\n" +
        "  --sequential-max N   the seeds' loop runs at N = 1 and this N, and is scaled linearly above (default 3)\n" +
        "  --sequential-poll S  the seeds' loop's poll interval (default 1 s)\n" +
        "  --no-sequential      skip the seeds' loop\n" +
        "  --peer-max N         run the Node SDK peer at sizes up to N (default 8000); --no-peer: never\n" +
        "  --faults             fault mode through the cmdlets: 20% throttling, 5% 5xx, 2% dropped-after-commit on RunCommand and polling, N=500 (or --instances)\n" +
        "  --quick              development: N=500 through the cmdlets only (no loop, no peer)\n" +
        "  --latency MS         per-call latency on every action (default 40)\n" +
        "  --seed N             emulator fault randomness (default 42)\n" +
        "  --call-log DIR       write each cmdlet run's call log to DIR/cmdlets-N.csv (action, region, subject, arrival, answer, error)\n";
}

internal sealed class HelpRequested : Exception { }
