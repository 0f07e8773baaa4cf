using System.Globalization;

namespace AppSnapshot.Benchmarks;

/// <summary>Command line of the benchmark. Every knob that shapes a figure is printed with the figures.</summary>
internal sealed class BenchOptions
{
    public IReadOnlyList<int> Sizes { get; private set; } = new[] { 1, 20, 100, 500 };
    /// <summary>Plug-in duration D in seconds (RunCommand accepted → instance finished, as the emulator schedules it).</summary>
    public double DurationSeconds { get; private set; } = 10;
    /// <summary>Largest N the sequential loop really runs; above it its time and calls are scaled linearly.</summary>
    public int SequentialMax { get; private set; } = 20;
    /// <summary>Sequential loop's poll interval (the seed sample sleeps one second between polls).</summary>
    public double SequentialPollSeconds { get; private set; } = 1;
    public bool Faults { get; private set; }
    public int FaultInstances { get; private set; } = 500;
    public bool Quick { get; private set; }
    public int LatencyMs { get; private set; } = 40;
    public int Seed { get; private set; } = 42;
    public bool SkipSequential { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        bool sizeGiven = false, seqGiven = false, durationGiven = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value.");
            switch (args[i])
            {
                case "--instances": o.Sizes = new[] { PositiveInt(Next(), 570) }; sizeGiven = true; break;
                case "--duration": o.DurationSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); durationGiven = true; break;
                case "--sequential-max": o.SequentialMax = PositiveInt(Next(), 570); seqGiven = true; break;
                case "--sequential-poll": o.SequentialPollSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-sequential": o.SkipSequential = true; break;
                case "--faults": o.Faults = true; break;
                case "--quick": o.Quick = true; break;
                case "--latency": o.LatencyMs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": o.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "-h": case "--help": throw new HelpRequested();
                default: throw new ArgumentException("Unknown option " + args[i] + ".");
            }
        }
        if (o.DurationSeconds <= 0) throw new ArgumentException("--duration must be positive.");
        if (o.Quick)
        {
            if (!sizeGiven) o.Sizes = new[] { 100 };
            if (!durationGiven) o.DurationSeconds = 5;
            if (!seqGiven) o.SequentialMax = 3;
        }
        else if (sizeGiven && !seqGiven)
        {
            // A single N is the quick check: keep the naive loop short and scale it.
            o.SequentialMax = Math.Min(3, o.Sizes[0]);
        }
        if (o.Faults)
        {
            // Fault mode is its own scenario: N = the given size or 500.
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
        "dotnet run --project tests/AppSnapshot.Benchmarks -c Release -- [options]\n" +
        "  --instances N        one fleet size (default: 1, 20, 100 and 500)\n" +
        "  --duration SECONDS   plug-in duration D (default 10; 5 with --quick)\n" +
        "  --sequential-max N   largest N the sequential loop really runs; scaled linearly above (default 20; 3 with --instances or --quick)\n" +
        "  --sequential-poll S  the sequential loop's poll interval (default 1 s)\n" +
        "  --no-sequential      skip the sequential loop\n" +
        "  --faults             fault mode: 20% throttling, 5% 5xx, 2% dropped-after-commit on RunCommand and polling, N=500 (or --instances)\n" +
        "  --quick              N=100, D=5 s, sequential loop on 3 instances (well under a minute)\n" +
        "  --latency MS         per-call latency on every action (default 40)\n" +
        "  --seed N             emulator fault randomness (default 42)\n";
}

internal sealed class HelpRequested : Exception { }
