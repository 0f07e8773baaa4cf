using AppSnapshot.EngineTests.Hosting;
using EcsEmulator;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>The arrangements of the cmdlet help examples (docs/help/Verb-Noun.md), by file and example number.</summary>
public static class HelpExampleArrangements
{
    /// <summary>A MySQL server of a new account carries no role yet (the emulator's carries EcsSnapshotRole, which would need -Force).</summary>
    private static readonly ExampleArrangement NewAccountMySql = new()
    {
        Why = "the MySQL server of a new account has no RAM role (the example creates the snapshot role itself)",
        Before = s => s.DetachRole("i-mysql-centos79"),
    };

    /// <summary>As <see cref="NewAccountMySql"/>, once Initialize-AppSnapshotRamRole has prepared the account.</summary>
    private static readonly ExampleArrangement PreparedAccountMySql = new()
    {
        Why = "the account is prepared (Initialize-AppSnapshotRamRole) and its MySQL server has no RAM role yet",
        Before = s =>
        {
            s.InitializeAccount();
            s.DetachRole("i-mysql-centos79");
        },
    };

    /// <summary>As <see cref="NewAccountMySql"/>, with the MySQL scripts in place, so its snapshots are application-consistent.</summary>
    private static readonly ExampleArrangement NewAccountMySqlWithScripts = new()
    {
        Why = "the MySQL server has no role yet and has the MySQL scripts",
        Before = s =>
        {
            s.DetachRole("i-mysql-centos79");
            s.UploadMySqlScripts("i-mysql-centos79");
        },
    };

    private static readonly ExampleArrangement MySqlScripts = new()
    {
        Why = "the MySQL scripts are on the MySQL server (Send-AppSnapshotScript -Template MySQL)",
        Before = s => s.UploadMySqlScripts("i-mysql-centos79"),
    };

    /// <summary>A pre-upgrade group of the MySQL server to roll back to.</summary>
    private static readonly Action<ExampleSetup> PreUpgradeGroup = s =>
    {
        s.UploadMySqlScripts("i-mysql-centos79");
        s.CreateGroup("i-mysql-centos79", "pre-upgrade");
    };

    /// <summary>The reader has the profile ops in ~/.alibabacloud/credentials (Set-AppSnapshotDefault warns about an unknown one).</summary>
    private static readonly ExampleArrangement OpsProfile = new()
    {
        Why = "the profile ops exists in the reader's credentials file",
        Before = s => s.AddCredentialsProfile("ops"),
    };

    public static IEnumerable<(string Key, ExampleArrangement Arrangement)> All()
    {
        yield return (Key("Set-AppSnapshotDefault", 2), OpsProfile);
        yield return (Key("Get-AppSnapshotDefault", 1), OpsProfile with
        {
            Why = "earlier in the session the reader set the region cn-beijing and the profile ops (which exists)",
            InReadersSession = "Set-AppSnapshotDefault -RegionId cn-beijing -ProfileName ops",
        });
        yield return (Key("Clear-AppSnapshotDefault", 1), new()
        {
            Why = "earlier in the session the reader pointed it at the emulator on port 8787",
            InReadersSession = "Set-AppSnapshotDefault -Endpoint http://127.0.0.1:8787",
        });
        yield return (Key("Clear-AppSnapshotDefault", 2), new()
        {
            Why = "earlier in the session the reader set a region and an endpoint",
            InReadersSession = "Set-AppSnapshotDefault -RegionId cn-beijing -Endpoint http://127.0.0.1:8787",
        });
        yield return (Key("Get-AppSnapshotResult", 1), MySqlScripts with { BeforeCommand = AfterTheRunsFinish(1) });
        yield return (Key("Get-AppSnapshotResult", 2), new()
        {
            Why = "the runs are still going when the wait times out, and have finished when it is resumed",
            Before = s => s.Control.FreezeClock(),
            BeforeCommand = new Dictionary<int, Action<ExampleSetup>> { [1] = s => { s.Control.ResumeClock(); s.Control.AdvanceClock(TimeSpan.FromMinutes(10)); } },
        });
        yield return (Key("Get-AppSnapshotResult", 3), new()
        {
            Why = "last night's job saved its results with Export-Csv; the run on i-role-no-policy failed (its role lacks the snapshot actions)",
            Before = s =>
            {
                s.Run("New-AppConsistentSnapshotGroup -InstanceId i-mysql-centos79, i-role-no-policy -Name nightly -NoWait -OutVariable runs");
                s.Control.AdvanceClock(TimeSpan.FromMinutes(10));
                s.RunAllowingErrors("$runs | Get-AppSnapshotResult | Export-Csv -LiteralPath $log", ("log", Path.Combine(s.WorkingDirectory, "nightly.csv")));
            },
        });
        yield return (Key("Get-EcsInstance", 2), PreparedAccountMySql);
        yield return (Key("Get-EcsInstance", 3), new()
        {
            Why = "instances.txt lists an instance of cn-shanghai",
            Before = s => s.WriteFile("instances.txt", "i-centos76-shanghai\n"),
        });
        yield return (Key("Get-EcsInstanceRamRole", 2), PreparedAccountMySql);
        yield return (Key("Get-EcsSnapshotGroup", 1), new()
        {
            Why = "two nightly groups of the MySQL server: application-consistent, then file-system-consistent (the pre-freeze script failed)",
            Before = s =>
            {
                s.UploadMySqlScripts("i-mysql-centos79");
                s.CreateGroupAged("i-mysql-centos79", "nightly", TimeSpan.FromDays(2));
                s.Control.SetScriptBehaviour("i-mysql-centos79", "prescript", ScriptBehaviour.Fail(1));
                s.CreateGroupAged("i-mysql-centos79", "nightly", TimeSpan.FromDays(1));
            },
        });
        yield return (Key("Get-EcsSnapshotGroup", 2), MySqlScripts);
        yield return (Key("Initialize-AppSnapshotRamRole", 3), NewAccountMySql);
        yield return (Key("New-AppConsistentSnapshotGroup", 1), NewAccountMySqlWithScripts);
        yield return (Key("New-AppConsistentSnapshotGroup", 3), new()
        {
            Why = "the MySQL scripts are on the MySQL server, and the CI job set BUILD_ID",
            Before = s =>
            {
                s.UploadMySqlScripts("i-mysql-centos79");
                s.SetEnvironment("BUILD_ID", "1042");
            },
        });
        yield return (Key("New-AppConsistentSnapshotGroup", 4), new() { Why = "the runs finish while the user looks at them", BeforeCommand = AfterTheRunsFinish(2) });
        yield return (Key("Remove-EcsInstanceRamRole", 2), new()
        {
            Why = "the snapshot role is attached to the MySQL server",
            Before = s =>
            {
                s.InitializeAccount();
                s.Run("Set-EcsInstanceRamRole -InstanceId i-mysql-centos79 -RamRoleName AppSnapshotRoleName -Force");
            },
        });
        yield return (Key("Remove-EcsSnapshotGroup", 1), RarelySnapshotted);
        yield return (Key("Remove-EcsSnapshotGroup", 2), RarelySnapshotted);
        yield return (Key("Remove-EcsSnapshotGroup", 3), new()
        {
            Why = "the pre-upgrade group of the MySQL server is only file-system-consistent (no scripts); the user confirms its removal",
            Before = s => s.CreateGroup("i-mysql-centos79", "pre-upgrade"),
            Answers = [Answer.Yes],
        });
        yield return (Key("Restore-EcsSnapshotGroup", 1), new() { Why = "a pre-upgrade group exists; the user confirms", Before = PreUpgradeGroup, Answers = [Answer.Yes] });
        yield return (Key("Restore-EcsSnapshotGroup", 2), new() { Why = "an application-consistent group exists", Before = PreUpgradeGroup });
        yield return (Key("Send-AppSnapshotScript", 2), new()
        {
            Why = "the user's own scripts are in .\\scripts",
            Before = s =>
            {
                s.WriteFile("scripts/pre-web.sh", "#!/bin/bash\nnginx -s quit\n");
                s.WriteFile("scripts/post-web.sh", "#!/bin/bash\nsystemctl start nginx\n");
            },
        });
        yield return (Key("Set-EcsInstanceRamRole", 1), PreparedAccountMySql);
        yield return (Key("Set-EcsInstanceRamRole", 2), NewAccountMySql);
        yield return (Key("Set-EcsInstanceRamRole", 3), new() { Why = "the account is prepared (Initialize-AppSnapshotRamRole)", Before = s => s.InitializeAccount() });
        yield return (Key("Test-AppSnapshotPrerequisite", 2), PreparedAccountMySql);
        yield return (Key("Test-AppSnapshotPrerequisite", 3), MySqlScripts);
    }

    /// <summary>Nine nightly groups of the MySQL server a week apart: five older than 30 days, seven newest kept.</summary>
    private static readonly ExampleArrangement RarelySnapshotted = new()
    {
        Why = "the MySQL server was snapshotted once a week for nine weeks",
        Before = s =>
        {
            for (var week = 9; week >= 1; week--) s.CreateGroupAged("i-mysql-centos79", "nightly", TimeSpan.FromDays(7 * week));
        },
    };

    /// <summary>Time passes before the command at this index: every run started earlier has finished.</summary>
    private static Dictionary<int, Action<ExampleSetup>> AfterTheRunsFinish(int command) =>
        new() { [command] = s => s.Control.AdvanceClock(TimeSpan.FromMinutes(10)) };

    private static string Key(string cmdlet, int example) => "docs/help/" + cmdlet + ".md | Example " + example;
}
