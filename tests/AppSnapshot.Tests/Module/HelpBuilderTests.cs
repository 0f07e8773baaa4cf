using System;
using System.IO;
using AppSnapshot.HelpGen;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.Tests.Module.Fixtures;

namespace AppSnapshot.Tests.Module;

public sealed class HelpBuilderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpgen-" + Guid.NewGuid().ToString("N"));
    private string Docs => Path.Combine(_root, "docs");
    private string Output => Path.Combine(_root, "en-US");

    public HelpBuilderTests()
    {
        Directory.CreateDirectory(Docs);
        File.WriteAllText(Path.Combine(Docs, "Set-FakeWidget.md"), FixtureMarkdown.SetFakeWidget);
        File.WriteAllText(Path.Combine(Docs, "about_Fake.md"), FixtureMarkdown.AboutFake);
        File.WriteAllText(Path.Combine(Docs, "README.md"), "# How to write help\n\nNot a help file.\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void WritesTheMamlFileAndOneTextFilePerAboutTopic()
    {
        var written = new HelpBuilder(Docs, Output).Build();
        Assert.Equal(2, written.Count);
        Assert.Contains("<command:name>Set-FakeWidget</command:name>", File.ReadAllText(Path.Combine(Output, HelpBuilder.MamlFileName)));
        Assert.StartsWith("TOPIC", File.ReadAllText(Path.Combine(Output, "about_Fake.help.txt")));
    }

    [Fact]
    public void RewritesNothingWhenTheSourcesAreUnchanged()
    {
        new HelpBuilder(Docs, Output).Build();
        var maml = Path.Combine(Output, HelpBuilder.MamlFileName);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(maml, stamp);
        Assert.Empty(new HelpBuilder(Docs, Output).Build());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(maml));
    }

    [Fact]
    public void RewritesTheMamlWhenASourceChanges()
    {
        new HelpBuilder(Docs, Output).Build();
        File.WriteAllText(Path.Combine(Docs, "Set-FakeWidget.md"), FixtureMarkdown.SetFakeWidget.Replace("Sets a fake widget.", "Sets a widget."));
        Assert.Single(new HelpBuilder(Docs, Output).Build());
        Assert.Contains("Sets a widget.", File.ReadAllText(Path.Combine(Output, HelpBuilder.MamlFileName)));
    }

    [Fact]
    public void RefusesAFileNamedAfterAnotherCommand()
    {
        File.Move(Path.Combine(Docs, "Set-FakeWidget.md"), Path.Combine(Docs, "Set-Widget.md"));
        var error = Assert.Throws<HelpFormatException>(() => new HelpBuilder(Docs, Output).Build());
        Assert.Contains("Set-FakeWidget.md", error.Problem);
    }
}
