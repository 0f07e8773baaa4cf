using System.Text;
using AppSnapshot.HelpGen.Model;

namespace AppSnapshot.HelpGen.About;

/// <summary>Writes an about topic in the layout Get-Help shows for about_*.help.txt files:
/// TOPIC, SHORT DESCRIPTION, LONG DESCRIPTION and further sections in capitals at column 0,
/// subsection titles at column 0, text indented by four spaces and wrapped to 80 columns.</summary>
public static class AboutTopicWriter
{
    public const int Width = 80;
    private const string Indent = "    ";

    public static string Write(AboutTopic topic)
    {
        var text = new StringBuilder();
        text.Append("TOPIC\n").Append(Indent).Append(topic.Name).Append("\n\n");
        text.Append("SHORT DESCRIPTION\n");
        var renderer = new PlainTextRenderer(Width);
        renderer.Wrap(topic.ShortDescription, Indent, Indent, text);
        foreach (var section in topic.Sections)
        {
            text.Append('\n');
            text.Append(section.Level == 2 ? section.Heading.ToUpperInvariant() : section.Heading).Append('\n');
            renderer.Render(section.Blocks, Indent, text);
        }
        return text.ToString();
    }
}
