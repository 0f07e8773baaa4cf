using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Completion;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -InstanceId from the account's instances in the region typed so far (or the default region).</summary>
    public sealed class InstanceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = CompletionContext.TryConnect(fakeBoundParameters);
            if (session == null) return Enumerable.Empty<CompletionResult>();
            return InstanceIdCompletionSource.Shared.Complete(session, CompletionContext.Text(fakeBoundParameters, "RegionId"), wordToComplete)
                .Select(c => CompletionContext.Result(c.Key, c.Value))
                .ToList();
        }
    }
}
