namespace AppSnapshot.Reliability;

/// <summary>
/// One changing action seen through the operation that makes it: set up without faults, asked for change i with the
/// action faulted, then observed in the emulator's state with the faults cleared.
/// </summary>
internal abstract class ChangeScenario
{
    /// <summary>The API action whose calls are faulted.</summary>
    public abstract string Action { get; }

    /// <summary>The cmdlet that makes the change, for the table.</summary>
    public abstract string Cmdlet { get; }

    public virtual Task PrepareAsync(World world, int trials) => Task.CompletedTask;

    public abstract Task<Told> ChangeAsync(World world, int i);

    /// <summary>How many times change i was made (0: not made; more than 1: duplicates).</summary>
    public abstract Task<int> TimesMadeAsync(World world, int i);

    public static IReadOnlyList<ChangeScenario> All { get; } = new ChangeScenario[]
    {
        new RunCommandScenario(),
        new SendFileScenario(),
        new AttachRoleScenario(),
        new DetachRoleScenario(),
        new DeleteGroupScenario(),
        new ResetDisksScenario(),
        new StopInstanceScenario(),
        new StartInstanceScenario(),
        new RamSetupScenario("CreateRole"),
        new RamSetupScenario("CreatePolicy"),
        new RamSetupScenario("AttachPolicyToRole"),
    };
}
