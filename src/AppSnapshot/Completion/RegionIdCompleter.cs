using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Completion;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -RegionId from the region catalog, with the region's name as the tooltip.</summary>
    public sealed class RegionIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => RegionCatalog.Matching(wordToComplete)
                .Select(r => new CompletionResult(r.Key, r.Key, CompletionResultType.ParameterValue, r.Value))
                .ToList();
    }
}
