using System.Collections.Generic;
using Markdig.Syntax;

namespace AppSnapshot.HelpGen.Model;

/// <summary>An about_ topic: its name, the short description and the long body as sections.</summary>
public sealed record AboutTopic(string Name, string ShortDescription, IReadOnlyList<AboutSection> Sections);

/// <summary>A section of the long description: its heading as plain text, its level and its Markdig blocks.</summary>
public sealed record AboutSection(string Heading, int Level, IReadOnlyList<Block> Blocks);
