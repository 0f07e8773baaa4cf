using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Common;
using AppSnapshot.Completion;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -ProfileName from ~/.aliyun/config.json and ~/.alibabacloud/credentials.</summary>
    public sealed class ProfileNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => ProfileNameCompletionSource.Complete(ClientEnvironment.Process, wordToComplete)
                .Select(c => CompletionContext.Result(c.Key, c.Value))
                .ToList();
    }
}
