using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Completion;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -InvokeId with the plug-in runs of this session that are still pending.</summary>
    public sealed class InvokeIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => InvokeIdCompletionSource.Complete(PendingInvocationRegistry.Shared, wordToComplete)
                .Select(c => CompletionContext.Result(c.Key, c.Value))
                .ToList();
    }
}
