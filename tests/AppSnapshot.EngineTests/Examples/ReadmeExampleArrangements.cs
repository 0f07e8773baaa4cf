namespace AppSnapshot.EngineTests.Examples;

/// <summary>The arrangements of the README's and the about topic's examples, by their keys.</summary>
public static class ReadmeExampleArrangements
{
    private static readonly ExampleArrangement NewAccountMySql = new()
    {
        Why = "a real account: the MySQL server has no RAM role yet",
        Before = s => s.DetachRole("i-mysql-centos79"),
    };

    public static IEnumerable<(string Key, ExampleArrangement Arrangement)> All()
    {
        yield return ("README.md | Quick start (real account)", NewAccountMySql);
        yield return ("README.md | Session defaults", new()
        {
            Why = "the profile ops exists in the reader's credentials file",
            Before = s => s.AddCredentialsProfile("ops"),
        });
        yield return ("README.md | Output", new()
        {
            Why = "the MySQL scripts are on the MySQL server",
            Before = s => s.UploadMySqlScripts("i-mysql-centos79"),
        });
        yield return ("README.md | cmdlet table: Set-EcsInstanceRamRole", new()
        {
            Why = "a prepared account (Initialize-AppSnapshotRamRole) whose MySQL server has no RAM role yet",
            Before = s =>
            {
                s.InitializeAccount();
                s.DetachRole("i-mysql-centos79");
            },
        });
        yield return ("README.md | cmdlet table: Send-AppSnapshotScript", new()
        {
            Why = "the user's scripts are in the current folder",
            Before = s =>
            {
                s.WriteFile("pre.sh", "#!/bin/bash\nsync\n");
                s.WriteFile("post.sh", "#!/bin/bash\necho thawed\n");
            },
        });
        yield return ("README.md | cmdlet table: Get-EcsSnapshotGroup", new()
        {
            Why = "the MySQL server has nightly groups",
            Before = s => s.CreateGroup("i-mysql-centos79", "nightly"),
        });
        yield return ("README.md | cmdlet table: Restore-EcsSnapshotGroup", new()
        {
            Why = "a pre-upgrade group exists",
            Before = s => s.CreateGroup("i-mysql-centos79", "pre-upgrade"),
        });
        yield return (AboutTopicExamples.Source + " | The workflow end to end", NewAccountMySql);
    }
}
