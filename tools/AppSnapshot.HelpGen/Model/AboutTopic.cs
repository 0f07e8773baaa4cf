using System.Collections.Generic;

namespace AppSnapshot.HelpGen.Model;

/// <summary>An about_ topic: its name, the short description and the long body as blocks.</summary>
public sealed record AboutTopic(string Name, string ShortDescription, IReadOnlyList<AboutSection> Sections);

/// <summary>A section of the long description: a heading (empty for the lead text) and its markdown lines.</summary>
public sealed record AboutSection(string Heading, int Level, IReadOnlyList<string> Lines);
