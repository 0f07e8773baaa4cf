using System.Text;
using System.Text.RegularExpressions;
using AppSnapshot.Workflow.Scripts;

namespace AppSnapshot.Tests.Workflow.Scripts;

public class ScriptTemplatesTests
{
    public static TheoryData<string, string> Scripts()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in ScriptTemplates.All)
        {
            data.Add(template.Name, "pre");
            data.Add(template.Name, "post");
        }

        return data;
    }

    private static string Text(string name, string which) =>
        which == "pre" ? ScriptTemplates.Get(name).PreScript : ScriptTemplates.Get(name).PostScript;

    [Fact]
    public void TheBuiltInTemplatesAreGenericMySqlAndPostgreSql()
    {
        Assert.Equal(new[] { "Generic", "MySQL", "PostgreSQL" }, ScriptTemplates.All.Select(t => t.Name));
        Assert.All(ScriptTemplates.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        Assert.Equal("MySQL", ScriptTemplates.All[1].ToString());
    }

    [Theory]
    [InlineData("mysql")]
    [InlineData("MYSQL")]
    [InlineData(" MySQL ")]
    public void GetIsCaseInsensitive(string name)
    {
        Assert.Equal("MySQL", ScriptTemplates.Get(name).Name);
    }

    [Fact]
    public void UnknownNameListsTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => ScriptTemplates.Get("Oracle"));
        Assert.Contains("Generic, MySQL, PostgreSQL", e.Message);
        Assert.Equal("name", e.ParamName);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void EveryScriptIsStrictBashWithLfEndings(string name, string which)
    {
        var text = Text(name, which);
        Assert.StartsWith("#!/bin/bash\n", text);
        Assert.Contains("\nset -euo pipefail\n", text);
        Assert.DoesNotContain("\r", text);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void EveryScriptPassesBashSyntaxCheck(string name, string which)
    {
        if (!BashRunner.Available)
        {
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"appsnapshot-{name}-{which}-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, Text(name, which));
        try
        {
            var (exitCode, output) = BashRunner.Run($"-n {path}");
            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void NoScriptCarriesOrReadsAPassword(string name, string which)
    {
        var text = Text(name, which);
        Assert.DoesNotMatch(new Regex(@"--password|\s-p\S|\bpassword\s*=\s*(?!\.\.\.)\S", RegexOptions.IgnoreCase), text);
        Assert.DoesNotMatch(new Regex(@"\$\{?MYSQL_PWD|\$\{?PGPASSWORD|MYSQL_PASSWORD|export\s+\w*(PWD|PASS)", RegexOptions.IgnoreCase), text);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void EveryScriptFitsComfortablyUnderTheSendFileLimit(string name, string which)
    {
        var base64Length = Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(name, which))).Length;
        Assert.True(base64Length < 16 * 1024, $"{name} {which}: {base64Length} Base64 characters");
    }

    [Fact]
    public void MySqlPairAgreesOnTheLockHandleAndMarker()
    {
        var mysql = ScriptTemplates.Get("MySQL");
        foreach (var variable in new[] { "DEFAULTS_FILE", "STATE_DIR", "LOCK_HANDLE", "MARKER_PREFIX" })
        {
            var pattern = new Regex($@"^readonly {variable}=(.+)$", RegexOptions.Multiline);
            var pre = pattern.Match(mysql.PreScript);
            var post = pattern.Match(mysql.PostScript);
            Assert.True(pre.Success && post.Success, variable);
            Assert.Equal(pre.Groups[1].Value, post.Groups[1].Value);
        }
    }

    [Fact]
    public void MySqlUsesOnlyTheRootOnlyOptionFileAndNoFixedSleep()
    {
        var mysql = ScriptTemplates.Get("MySQL");
        foreach (var text in new[] { mysql.PreScript, mysql.PostScript })
        {
            Assert.Contains("readonly DEFAULTS_FILE=/root/.appsnapshot/mysql.cnf", text);
            Assert.Contains("--defaults-extra-file=\"$DEFAULTS_FILE\"", text);
            Assert.Contains("unset MYSQL_PWD", text);
            Assert.Contains("(( (8#$mode & 8#077) == 0 ))", text);
            Assert.DoesNotContain("sleep(25)", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("FLUSH TABLES WITH READ LOCK", mysql.PreScript);
        Assert.Contains("SLEEP($MAX_LOCK_SECONDS)", mysql.PreScript);
        Assert.Contains("KILL", mysql.PostScript);
    }
}
