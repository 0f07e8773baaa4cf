using EcsEmulator.Auth;
using EcsEmulator.Faults;
using EcsEmulator.Fixtures;
using EcsEmulator.Http;
using EcsEmulator.Infrastructure;
using EcsEmulator.State;

namespace EcsEmulator;

/// <summary>The long-lived parts of one emulator instance; the state itself is replaced by a reset.</summary>
internal sealed class EmulatorRuntime
{
    private readonly Fixture _fixture;
    private readonly IdGenerator _ids;

    public EmulatorRuntime(EmulatorOptions options)
    {
        if (options.SpeedFactor <= 0) throw new ArgumentOutOfRangeException(nameof(options), "SpeedFactor must be positive.");
        Options = options;
        _fixture = options.Fixture ?? (options.FixturePath is { } path ? FixtureLoader.ReadFile(path) : DefaultFixture.Create());
        var random = options.Seed is { } seed ? new Random(seed) : new Random();
        var resuming = options.StatePath is { } statePath && File.Exists(statePath);
        // A restarted emulator must not hand out the ids its earlier life (same seed) already used.
        _ids = new IdGenerator(resuming ? new Random() : new Random(random.Next()));
        Faults = new FaultInjector(random);
        Verifier = new SignatureVerifier(new NonceRegistry());
        State = resuming ? StateFile.Load(options.StatePath!, Clock, _ids, options.SpeedFactor) : FixtureLoader.Load(_fixture, Clock, _ids, options.SpeedFactor);
        Persist(State);
    }

    public EmulatorOptions Options { get; }
    public EmulatorClock Clock { get; } = new();
    public ActionCatalog Catalog { get; } = ActionCatalog.CreateDefault();
    public FaultInjector Faults { get; }
    public CallCounter Calls { get; } = new();
    public CallLog CallLog { get; } = new();
    public SignatureVerifier Verifier { get; }
    public EmulatorState State { get; private set; }

    /// <summary>With --state, the account as it is now (caller holds the state lock); a failed write fails the call.</summary>
    private void Persist(EmulatorState state)
    {
        if (Options.StatePath is { } path) StateFile.Save(state, path);
    }

    public void Reset()
    {
        var fresh = FixtureLoader.Load(_fixture, Clock, _ids, Options.SpeedFactor);
        lock (State.Gate) State = fresh;
        lock (fresh.Gate) Persist(fresh);
        Faults.Clear();
        Calls.Clear();
        CallLog.Clear();
    }

    /// <summary>Runs <paramref name="work"/> on the current state with the lock held and due events applied.</summary>
    public T WithState<T>(Func<EmulatorState, T> work)
    {
        while (true)
        {
            var state = State;
            lock (state.Gate)
            {
                if (!ReferenceEquals(state, State)) continue;
                state.CatchUp();
                var result = work(state);
                Persist(state);
                return result;
            }
        }
    }
}
