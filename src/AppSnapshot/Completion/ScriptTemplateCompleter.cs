using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AppSnapshot.Completion;
using AppSnapshot.Workflow.Scripts;

namespace AppSnapshot.Commands.Completion
{
    /// <summary>Completes -Template with the built-in script templates and their descriptions.</summary>
    public sealed class ScriptTemplateCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
            => ScriptTemplates.All
                .Where(t => t.Name.StartsWith(CompletionWord.Clean(wordToComplete), StringComparison.OrdinalIgnoreCase))
                .Select(t => new CompletionResult(t.Name, t.Name, CompletionResultType.ParameterValue, t.Description))
                .ToList();
    }
}
