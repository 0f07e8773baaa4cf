using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Completion;
using AppSnapshot.Connection;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -InstanceId from the account's instances in the region typed so far (or the default region).</summary>
    public sealed class InstanceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var region = fakeBoundParameters["RegionId"] as string;
            AcsSession session;
            try
            {
                session = ClientFactory.Shared.Connect(new ConnectionOptions
                {
                    RegionId = region,
                    ProfileName = fakeBoundParameters["ProfileName"] as string,
                    Endpoint = fakeBoundParameters["Endpoint"] as string,
                });
            }
            catch (System.Exception)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            return InstanceIdCompletionSource.Shared.Complete(session, region, wordToComplete)
                .Select(c => new CompletionResult(c.Key, c.Key, CompletionResultType.ParameterValue, c.Value))
                .ToList();
        }
    }
}
