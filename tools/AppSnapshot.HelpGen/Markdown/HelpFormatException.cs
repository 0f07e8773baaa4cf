using System;

namespace AppSnapshot.HelpGen.Markdown;

/// <summary>A markdown help file does not follow the platyPS schema; the message names the file and the problem.</summary>
public sealed class HelpFormatException : Exception
{
    public HelpFormatException(string source, string problem) : base($"{source}: {problem}")
    {
        Source = source;
        Problem = problem;
    }

    public new string Source { get; }
    public string Problem { get; }
}
