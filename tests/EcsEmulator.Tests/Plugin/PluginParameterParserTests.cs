using EcsEmulator.Plugin;

namespace EcsEmulator.Tests.Plugin;

public class PluginParameterParserTests
{
    [Fact]
    public void QuotedBareAndEscapedValuesAreParsedWithDefaults()
    {
        var p = PluginParameterParser.Parse("-RamRoleName=\"Role\",-Name=\\\"group-1\\\",-EnableFsFreeze=false,-TimeoutInSeconds=45,-ExcludeDiskId=\"d-1,d-2\"", windows: false, out var error);
        Assert.Null(error);
        Assert.Equal(("Role", "group-1", false, 45, 1800), (p.RamRoleName, p.Name, p.EnableFsFreeze, p.TimeoutInSeconds, p.ScriptTimeoutInSeconds));
        Assert.Equal(new[] { "d-1", "d-2" }, p.ExcludeDiskIds);
    }

    [Theory]
    [InlineData("InstantAccessRetentionDays")]
    [InlineData("InstantAccessRentationDays")]
    [InlineData("InstantAccessRentalDays")]
    public void RetentionDaysSpellingsAreOneParameter(string spelling)
    {
        var p = PluginParameterParser.Parse($"-RamRoleName=R,-Name=N,-{spelling}=7", windows: true, out var error);
        Assert.Null(error);
        Assert.Equal(7, p.InstantAccessRetentionDays);
    }

    [Theory]
    [InlineData("-RamRoleName=R")]
    [InlineData("-RamRoleName=R,-Name=N,-Unknown=1")]
    [InlineData("-RamRoleName=R,-Name=N,-InstantAccess=yes")]
    [InlineData("-RamRoleName=R,-Name=N,-InstantAccessRetentionDays=0")]
    [InlineData("-RamRoleName=R,-Name=N,-Name=M")]
    [InlineData("-RamRoleName=\"R,-Name=N")]
    [InlineData("RamRoleName=R,-Name=N")]
    public void MalformedParametersAreRefused(string raw)
    {
        PluginParameterParser.Parse(raw, windows: false, out var error);
        Assert.NotNull(error);
    }
}
