using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

/// <summary>What a parameter-set case needs in place before its command runs.</summary>
public static class Arrangements
{
    /// <summary>$group: a snapshot-consistent group of i-ubuntu2204 named engine-group.</summary>
    public static void Group(EmulatorFixture emulator, EngineSession session) =>
        session.Runspace.SessionStateProxy.SetVariable("group", Groups.Create(emulator, session, "i-ubuntu2204", "engine-group"));

    /// <summary>$group, and i-ubuntu2204 stopped, so a rollback needs no stop and start.</summary>
    public static void GroupOfStoppedInstance(EmulatorFixture emulator, EngineSession session)
    {
        Group(emulator, session);
        emulator.Control.SetInstanceStatus("i-ubuntu2204", "Stopped");
    }

    /// <summary>$invocation: a -NoWait run on i-ubuntu2204 that has finished in the emulator.</summary>
    public static void FinishedRun(EmulatorFixture emulator, EngineSession session)
    {
        var started = session.Run("New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204 -Name engine-result -NoWait").AssertClean();
        emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
        session.Runspace.SessionStateProxy.SetVariable("invocation", started.Output.Single());
    }

    /// <summary>pre.sh and post.sh in a folder of their own, which becomes the PowerShell location (not the process directory).</summary>
    public static void ScriptFilesInLocation(EmulatorFixture emulator, EngineSession session)
    {
        var folder = Directory.CreateDirectory(Path.Combine(emulator.TempDirectory, Guid.NewGuid().ToString("N"))).FullName;
        File.WriteAllText(Path.Combine(folder, "pre.sh"), "#!/bin/bash\necho engine-test freeze\n");
        File.WriteAllText(Path.Combine(folder, "post.sh"), "#!/bin/bash\necho engine-test thaw\n");
        session.Run("Set-Location -LiteralPath $scriptFolder", ("scriptFolder", folder)).AssertClean();
    }

    /// <summary>Reads every -NoWait run the command started, once the emulator clock has passed its end.</summary>
    public static void CollectRuns(EmulatorFixture emulator, EngineSession session, EngineRun run)
    {
        emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
        foreach (var invocation in run.Output) Groups.Collect(session, invocation);
    }
}
