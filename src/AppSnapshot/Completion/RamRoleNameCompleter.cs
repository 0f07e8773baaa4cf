using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Completion;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -RamRoleName from the account's RAM roles.</summary>
    public sealed class RamRoleNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = CompletionContext.TryConnect(fakeBoundParameters);
            if (session == null) return Enumerable.Empty<CompletionResult>();
            return RamRoleNameCompletionSource.Shared.Complete(session, wordToComplete)
                .Select(c => CompletionContext.Result(c.Key, c.Value))
                .ToList();
        }
    }
}
