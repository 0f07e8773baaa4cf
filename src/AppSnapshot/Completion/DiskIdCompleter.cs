using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Completion;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -ExcludeDiskId from the disks of the instances named by -InstanceId on the same command line.</summary>
    public sealed class DiskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var instances = CompletionContext.Texts(fakeBoundParameters, "InstanceId");
            if (instances.Count == 0) return Enumerable.Empty<CompletionResult>();
            var session = CompletionContext.TryConnect(fakeBoundParameters);
            if (session == null) return Enumerable.Empty<CompletionResult>();
            return DiskIdCompletionSource.Shared.Complete(session, CompletionContext.Text(fakeBoundParameters, "RegionId"), instances, wordToComplete)
                .Select(c => CompletionContext.Result(c.Key, c.Value))
                .ToList();
        }
    }
}
