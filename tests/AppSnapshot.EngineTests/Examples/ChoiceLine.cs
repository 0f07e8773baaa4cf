using System.Collections.ObjectModel;
using System.Management.Automation.Host;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>The choice line of a prompt as the console host writes it: <c>[Y] Yes  [N] No  [?] Help (default is "Y"):</c>.</summary>
public static class ChoiceLine
{
    public static string Render(Collection<ChoiceDescription> choices, int defaultChoice)
    {
        var items = choices.Select(c => "[" + HotKey(c) + "] " + c.Label.Replace("&", "")).Append("[?] Help");
        var line = string.Join("  ", items);
        return defaultChoice >= 0 ? line + " (default is \"" + HotKey(choices[defaultChoice]) + "\"):" : line + ":";
    }

    /// <summary>The letter after the ampersand, upper-case, as the console shows it.</summary>
    public static string HotKey(ChoiceDescription choice)
    {
        var at = choice.Label.IndexOf('&');
        return at >= 0 && at + 1 < choice.Label.Length ? char.ToUpperInvariant(choice.Label[at + 1]).ToString() : choice.Label;
    }

    public static int IndexOf(Answer answer, Collection<ChoiceDescription> choices)
    {
        var wanted = answer switch
        {
            Answer.Yes => "Yes",
            Answer.YesToAll => "Yes to All",
            Answer.No => "No",
            _ => "No to All",
        };
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i].Label.Replace("&", ""), wanted, StringComparison.OrdinalIgnoreCase)) return i;
        }
        throw new InvalidOperationException("The prompt offers no '" + wanted + "'.");
    }
}
