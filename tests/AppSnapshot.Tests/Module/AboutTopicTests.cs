using System;
using System.Linq;
using AppSnapshot.HelpGen.About;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.Tests.Module.Fixtures;

namespace AppSnapshot.Tests.Module;

public class AboutTopicTests
{
    private static readonly string Text = AboutTopicWriter.Write(AboutTopicParser.Parse(FixtureMarkdown.AboutFake, "about_Fake.md"));
    private static readonly string[] Lines = Text.Split('\n');

    [Fact]
    public void StartsWithTopicAndShortDescription()
    {
        Assert.StartsWith("TOPIC\n    about_Fake\n\nSHORT DESCRIPTION\n    A fake topic.\n\nLONG DESCRIPTION\n", Text);
    }

    [Fact]
    public void ReducesInlineMarkupToText()
    {
        Assert.Contains("    Lead paragraph with code, bold and a link (https://example.org).", Lines);
    }

    [Fact]
    public void WritesSecondLevelHeadingsInCapitalsAndSubsectionsAsWritten()
    {
        Assert.Contains("SEE ALSO", Lines);
        Assert.Contains("A subsection", Lines);
    }

    [Fact]
    public void JoinsListItemContinuationsAndIndentsCode()
    {
        Assert.Contains("    - first item continued", Lines);
        Assert.Contains("    - second item", Lines);
        Assert.Contains("        Get-FakeWidget | Format-List", Lines);
    }

    [Fact]
    public void AlignsTablesAndWrapsWideCells()
    {
        Assert.Contains(Lines, l => l.StartsWith("    code  meaning", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines, l => l.TrimStart().StartsWith("|", StringComparison.Ordinal) || l.Contains("---"));
        Assert.Contains(Lines, l => l.StartsWith("    13    no RAM role", StringComparison.Ordinal));
    }

    [Fact]
    public void NoLineIsWiderThanEightyColumns()
    {
        Assert.All(Lines, l => Assert.True(l.Length <= AboutTopicWriter.Width, $"{l.Length} columns: {l}"));
    }

    [Fact]
    public void RefusesATopicWithoutShortDescription()
    {
        var broken = FixtureMarkdown.AboutFake.Replace("## SHORT DESCRIPTION\nA fake topic.\n", string.Empty);
        Assert.Contains("SHORT DESCRIPTION", Assert.Throws<HelpFormatException>(() => AboutTopicParser.Parse(broken, "x.md")).Problem);
    }

    [Fact]
    public void TheModulesAboutTopicCoversTheRequiredSubjects()
    {
        var markdown = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.RepositoryPaths.HelpSources, "about_AppSnapshot.md"));
        var text = AboutTopicWriter.Write(AboutTopicParser.Parse(markdown, "about_AppSnapshot.md"));
        foreach (var subject in new[] { "ALIBABA_CLOUD_PROFILE", "ALIBABA_CLOUD_CREDENTIALS_FILE", "ALIBABA_CLOUD_REGION_ID", "APPConsistent", "FsConsistent", "Crash", "127.0.0.1:8787", "TROUBLESHOOTING" })
        {
            Assert.Contains(subject, text);
        }
        foreach (var code in new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 255 })
        {
            Assert.Contains(text.Split('\n'), l => l.StartsWith($"    {code} ", StringComparison.Ordinal));
        }
        Assert.All(text.Split('\n').Where(l => !l.StartsWith("        ", StringComparison.Ordinal) && !l.Contains("https://")), l => Assert.True(l.Length <= 80, l));
    }
}
