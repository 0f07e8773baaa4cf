using AppSnapshot.Plugin;

namespace AppSnapshot.Tests.Plugin;

public class PluginValueValidatorTests
{
    [Theory]
    [InlineData("ab")]
    [InlineData("LinuxApp1")]
    [InlineData("APPSnapshot-1")]
    [InlineData("db:nightly_2024.01-a")]
    [InlineData("快照-1")]
    [InlineData("快照")]
    [InlineData("一龥")] // the ends of the GBK ideograph range
    public void GroupNameAcceptsLettersDigitsAndSafePunctuation(string name)
    {
        PluginValueValidator.ValidateGroupName(name);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("-abc")]
    [InlineData("_abc")]
    [InlineData("http://x")]
    [InlineData("https://x")]
    [InlineData("HTTP://x")]
    [InlineData("a\"b")]
    [InlineData("a'b")]
    [InlineData("a`id`")]
    [InlineData("a$(id)")]
    [InlineData("a;reboot")]
    [InlineData("a&&reboot")]
    [InlineData("a|sh")]
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    [InlineData("a%PATH%")]
    [InlineData("a^b")]
    [InlineData("a!b")]
    [InlineData("a,b")]
    [InlineData("a b")]
    [InlineData("a\\b")]
    [InlineData("a<b")]
    [InlineData("a>b")]
    [InlineData("a/b")]
    [InlineData("a\uFF02b")] // full-width quote: Windows best-fit mapping turns it into '"'
    [InlineData("a١٢")] // Arabic-Indic digits are not ASCII digits
    [InlineData("a\u02BAb")] // MODIFIER LETTER DOUBLE PRIME: a letter that code page best-fit turns into '"'
    [InlineData("a\u02B9b")] // MODIFIER LETTER PRIME: best-fit '\''
    [InlineData("\u02BAab")]
    [InlineData("Ünïcødé-name")] // letters outside the safe set, even harmless ones, are refused alike
    [InlineData("𠀀x")] // CJK Extension B: outside GBK
    [InlineData("aЖb")]
    public void GroupNameRefusesEverythingElse(string name)
    {
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateGroupName(name));
        Assert.Equal("Name", e.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(e.Rule));
    }

    [Fact]
    public void GroupNameLengthBoundsAre2And128()
    {
        PluginValueValidator.ValidateGroupName("a" + new string('b', 127));
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateGroupName("a" + new string('b', 128)));
        Assert.Contains("2 to 128", e.Message);
    }

    [Fact]
    public void RefusalNamesTheParameterAndTheCharacter()
    {
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateGroupName("ab;c", "GroupName"));
        Assert.Equal("GroupName", e.ParamName);
        Assert.Contains("';'", e.Message);
        Assert.Contains("position 3", e.Message);
    }

    [Fact]
    public void ControlCharactersAreReportedAsCodePointsNotRaw()
    {
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateGroupName("ab\nc"));
        Assert.Contains("U+000A", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("AppSnapshot")]
    [InlineData("Nightly backup of db-01 (MySQL 8.0) @ 02:00 #prod +fs=ext4 /data")]
    [InlineData("每日 备份")]
    public void DescriptionAcceptsTheAllowList(string? description)
    {
        PluginValueValidator.ValidateDescription(description);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("http://evil")]
    [InlineData("https://evil")]
    [InlineData("a\"b")]
    [InlineData("a'b")]
    [InlineData("a`b`")]
    [InlineData("a $(reboot)")]
    [InlineData("a ${IFS}")]
    [InlineData("a\\b")]
    [InlineData("a; reboot")]
    [InlineData("a && reboot")]
    [InlineData("a | sh")]
    [InlineData("a < b")]
    [InlineData("a > b")]
    [InlineData("a %COMSPEC%")]
    [InlineData("a ^& b")]
    [InlineData("a !x!")]
    [InlineData("line1\nline2")]
    [InlineData("a\rb")]
    [InlineData("a\0b")]
    [InlineData("a\tb")]
    [InlineData("a,-Name=\"x\"")]
    [InlineData("a,b")]
    [InlineData("a*b")]
    [InlineData("a?b")]
    [InlineData("a~b")]
    [InlineData("a[b]")]
    [InlineData("a{b}")]
    public void DescriptionRefusesBreakoutCharacters(string description)
    {
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateDescription(description));
        Assert.Equal("Description", e.ParamName);
    }

    [Fact]
    public void DescriptionLengthBoundsAre2And256()
    {
        PluginValueValidator.ValidateDescription(new string('d', 256));
        Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateDescription(new string('d', 257)));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("AppSnapshotRoleName")]
    [InlineData("role.v2-prod")]
    public void RoleNameAcceptsAsciiLettersDigitsDotAndDash(string role)
    {
        PluginValueValidator.ValidateRoleName(role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("role_name")]
    [InlineData("role name")]
    [InlineData("角色")]
    [InlineData("r\"")]
    [InlineData("r$(id)")]
    [InlineData("r,-Name=\"x\"")]
    public void RoleNameRefusesOthers(string role)
    {
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateRoleName(role));
        Assert.Equal("RamRoleName", e.ParamName);
    }

    [Fact]
    public void RoleNameIsAtMost64Characters()
    {
        PluginValueValidator.ValidateRoleName(new string('r', 64));
        Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateRoleName(new string('r', 65)));
    }

    [Theory]
    [InlineData("d-bp1a2b3c4d5e6f7g8h9i")]
    [InlineData("d-0")]
    public void DiskIdAcceptsLowerCaseIds(string id)
    {
        PluginValueValidator.ValidateDiskId(id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d-")]
    [InlineData("i-bp1abc")]
    [InlineData("D-bp1abc")]
    [InlineData("d-BP1ABC")]
    [InlineData("d-bp1,d-bp2")]
    [InlineData("d-bp1\"")]
    [InlineData("d-bp1;id")]
    [InlineData("d-bp1 ")]
    [InlineData("d-bp1\n")]
    public void DiskIdRefusesOthers(string id)
    {
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateDiskId(id));
        Assert.Equal("ExcludeDiskId", e.ParamName);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void DiskIdIsAtMost64Characters()
    {
        PluginValueValidator.ValidateDiskId("d-" + new string('a', 62));
        Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateDiskId("d-" + new string('a', 63)));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t\t")]
    public void ABlankDescriptionIsRefused(string description)
    {
        var e = Assert.Throws<PluginArgumentException>(() => PluginValueValidator.ValidateDescription(description));
        Assert.Equal("Description", e.ParamName);
        Assert.Contains("blank", e.Message);
    }

    [Fact]
    public void EverySafeLetterSurvivesAChineseWindowsCodePageAndBecomesALetterOrAQuestionMarkInAWesternOne()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding(936);
        var western = System.Text.Encoding.GetEncoding(1252);
        var safe = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(PluginValueValidator.IsSafeLetter).ToList();

        Assert.Equal(52 + (0x9FA5 - 0x4E00 + 1), safe.Count);
        Assert.All(safe, c => Assert.Equal(c.ToString(), gbk.GetString(gbk.GetBytes(c.ToString()))));
        Assert.All(safe, c => Assert.True(char.IsAsciiLetter(western.GetString(western.GetBytes(c.ToString()))[0]) || western.GetString(western.GetBytes(c.ToString())) == "?"));
    }
}
