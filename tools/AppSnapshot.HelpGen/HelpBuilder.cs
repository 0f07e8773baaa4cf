using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AppSnapshot.HelpGen.About;
using AppSnapshot.HelpGen.Maml;
using AppSnapshot.HelpGen.Markdown;
using AppSnapshot.HelpGen.Model;

namespace AppSnapshot.HelpGen;

/// <summary>Builds the module's help folder from the markdown folder: one MAML file from every
/// cmdlet help file, one about_*.help.txt per about topic. Other markdown (README.md) is skipped.</summary>
public sealed class HelpBuilder
{
    public const string MamlFileName = "AppSnapshot.dll-Help.xml";

    private readonly string _docsDirectory;
    private readonly string _outputDirectory;

    public HelpBuilder(string docsDirectory, string outputDirectory)
    {
        _docsDirectory = docsDirectory;
        _outputDirectory = outputDirectory;
    }

    /// <summary>Reads every cmdlet help file, sorted by command name so the output is stable.</summary>
    public IReadOnlyList<CommandHelp> ReadCommands()
    {
        var commands = new List<CommandHelp>();
        foreach (var path in MarkdownFiles())
        {
            var text = File.ReadAllText(path);
            if (!CommandHelpParser.IsCommandHelp(Outline(text, path))) continue;
            var help = CommandHelpParser.Parse(text, path);
            if (!string.Equals(Path.GetFileNameWithoutExtension(path), help.Name, StringComparison.Ordinal))
                throw new HelpFormatException(path, $"the file must be named {help.Name}.md after its command.");
            commands.Add(help);
        }
        return commands.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the outputs; returns the files whose content changed (unchanged files keep their timestamps).</summary>
    public IReadOnlyList<string> Build()
    {
        var written = new List<string>();
        Directory.CreateDirectory(_outputDirectory);
        var maml = Path.Combine(_outputDirectory, MamlFileName);
        if (OutputFile.WriteIfChanged(maml, MamlWriter.Write(ReadCommands()))) written.Add(maml);
        foreach (var path in MarkdownFiles().Where(IsAboutTopic))
        {
            var topic = AboutTopicParser.Parse(File.ReadAllText(path), path);
            var target = Path.Combine(_outputDirectory, topic.Name + ".help.txt");
            if (OutputFile.WriteIfChanged(target, AboutTopicWriter.Write(topic))) written.Add(target);
        }
        return written;
    }

    private static MarkdownOutline Outline(string text, string path)
    {
        try
        {
            return MarkdownOutline.Parse(text);
        }
        catch (FormatException e)
        {
            throw new HelpFormatException(path, e.Message);
        }
    }

    private IEnumerable<string> MarkdownFiles() =>
        Directory.GetFiles(_docsDirectory, "*.md").OrderBy(p => p, StringComparer.Ordinal);

    private static bool IsAboutTopic(string path) =>
        Path.GetFileName(path).StartsWith("about_", StringComparison.Ordinal);
}
