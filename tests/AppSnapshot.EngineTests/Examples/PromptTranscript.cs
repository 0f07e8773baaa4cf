using System.Management.Automation.Language;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// Splits an example block into commands and the output shown after each. A line starting with the
/// prompt <c>PS C:\&gt;</c> starts a command; the lines after it belong to the command while PowerShell's
/// parser says the input is incomplete (as the console decides when to ask for more), and the lines
/// after that, up to the next prompt, are the output the example shows. A block without any prompt is
/// one script with no output shown.
/// </summary>
public static class PromptTranscript
{
    public const string Prompt = @"PS C:\>";

    public static IReadOnlyList<ExampleCommand> Parse(IReadOnlyList<string> lines)
    {
        if (!lines.Any(IsPromptLine)) return [new ExampleCommand(string.Join("\n", lines).Trim('\n'), [])];
        if (!IsPromptLine(lines.First(l => l.Trim().Length > 0)))
            throw new FormatException("An example block with prompts must start with a prompt: " + lines[0]);

        var commands = new List<ExampleCommand>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsPromptLine(lines[i]))
            {
                i++;
                continue;
            }
            var text = new List<string> { lines[i].Trim().Substring(Prompt.Length).TrimStart() };
            for (i++; IsIncomplete(text) && i < lines.Count; i++) text.Add(lines[i]);
            if (IsIncomplete(text)) throw new FormatException("The command never completes: " + string.Join("\n", text));

            var shown = new List<string>();
            for (; i < lines.Count && !IsPromptLine(lines[i]); i++) shown.Add(lines[i]);
            while (shown.Count > 0 && shown[^1].Trim().Length == 0) shown.RemoveAt(shown.Count - 1);
            while (shown.Count > 0 && shown[0].Trim().Length == 0) shown.RemoveAt(0);
            commands.Add(new ExampleCommand(string.Join("\n", text), shown));
        }
        return commands;
    }

    private static bool IsPromptLine(string line) => line.TrimStart().StartsWith(Prompt, StringComparison.Ordinal);

    private static bool IsIncomplete(IReadOnlyList<string> text)
    {
        Parser.ParseInput(string.Join("\n", text), out _, out var errors);
        return errors.Any(e => e.IncompleteInput);
    }
}
