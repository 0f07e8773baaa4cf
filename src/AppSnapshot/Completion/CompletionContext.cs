using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AppSnapshot.Connection;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>What the completers read from the command line typed so far (the fake bound parameters).</summary>
    internal static class CompletionContext
    {
        /// <summary>A session for the -RegionId, -ProfileName and -Endpoint typed so far (session defaults apply); null when none can be made.</summary>
        public static AcsSession? TryConnect(IDictionary fakeBoundParameters)
        {
            try
            {
                return ClientFactory.Shared.Connect(new ConnectionOptions
                {
                    RegionId = Text(fakeBoundParameters, "RegionId"),
                    ProfileName = Text(fakeBoundParameters, "ProfileName"),
                    Endpoint = Text(fakeBoundParameters, "Endpoint"),
                });
            }
            catch (System.Exception)
            {
                // No credentials, a broken profile, a bad endpoint: completion offers nothing.
                return null;
            }
        }

        public static string? Text(IDictionary fakeBoundParameters, string name) => Texts(fakeBoundParameters, name).FirstOrDefault();

        /// <summary>A parameter's value as strings: a single value, an array or a list, possibly wrapped in PSObjects.</summary>
        public static IReadOnlyList<string> Texts(IDictionary fakeBoundParameters, string name)
        {
            var value = Unwrap(fakeBoundParameters.Contains(name) ? fakeBoundParameters[name] : null);
            if (value is string single) return string.IsNullOrWhiteSpace(single) ? new string[0] : new[] { single.Trim() };
            if (value is IEnumerable many)
                return many.Cast<object?>().Select(Unwrap).OfType<string>().Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
            return new string[0];
        }

        /// <summary>Wraps a completion in single quotes when PowerShell would otherwise split or misread it.</summary>
        public static CompletionResult Result(string value, string tooltip)
        {
            var text = value.Any(c => char.IsWhiteSpace(c) || "'\"`$;,(){}@#&|<>".IndexOf(c) >= 0) ? "'" + value.Replace("'", "''") + "'" : value;
            return new CompletionResult(text, value, CompletionResultType.ParameterValue, string.IsNullOrEmpty(tooltip) ? value : tooltip);
        }

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
