namespace AppSnapshot.EngineTests.Examples;

/// <summary>Commands end where PowerShell's parser says the input is complete; what follows up to the next prompt is the shown output.</summary>
public class PromptTranscriptTests
{
    [Fact]
    public void ContinuationLinesBelongToTheCommandAndTheRestIsItsOutput()
    {
        var commands = PromptTranscript.Parse(
        [
            @"PS C:\> $runs = Get-EcsInstance -Tag @{ role = 'mysql' } |",
            "    New-AppConsistentSnapshotGroup -Name nightly -NoWait",
            @"PS C:\> if ($runs) {",
            "    'started'",
            "} else {",
            "    'none'",
            "}",
            "",
            "started",
            "",
        ]);

        Assert.Equal(2, commands.Count);
        Assert.Equal("$runs = Get-EcsInstance -Tag @{ role = 'mysql' } |\n    New-AppConsistentSnapshotGroup -Name nightly -NoWait", commands[0].Text);
        Assert.Empty(commands[0].ShownOutput);
        Assert.EndsWith("    'none'\n}", commands[1].Text);
        Assert.Equal(["started"], commands[1].ShownOutput);
    }

    [Fact]
    public void ABlockWithoutPromptsIsOneScriptThatShowsNothing()
    {
        var commands = PromptTranscript.Parse(["Initialize-AppSnapshotRamRole", "Get-EcsInstance -Tag @{ role = 'mysql' } |", "    Get-EcsInstanceRamRole"]);

        var command = Assert.Single(commands);
        Assert.Equal("Initialize-AppSnapshotRamRole\nGet-EcsInstance -Tag @{ role = 'mysql' } |\n    Get-EcsInstanceRamRole", command.Text);
        Assert.Empty(command.ShownOutput);
    }

    [Fact]
    public void ACommandThatNeverCompletesIsAFormatError() =>
        Assert.Throws<FormatException>(() => PromptTranscript.Parse([@"PS C:\> Get-EcsInstance |"]));
}
