// A PowerShell host for the Pester tests whose prompts are answered from a list of choice labels
// ("Yes", "No", "Yes to All", "No to All") and recorded. Compiled by Add-Type (tests/ScriptedHost.psm1);
// plain C# 5 so that Windows PowerShell 5.1 compiles it too.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace AppSnapshotTests
{
    public sealed class ScriptedHost : PSHost
    {
        private readonly Guid _instanceId = Guid.NewGuid();
        private readonly ScriptedHostUserInterface _ui;

        public ScriptedHost(string[] answers)
        {
            _ui = new ScriptedHostUserInterface(answers);
        }

        public ScriptedHostUserInterface Script { get { return _ui; } }
        public override string Name { get { return "AppSnapshotTestHost"; } }
        public override Version Version { get { return new Version(1, 0); } }
        public override Guid InstanceId { get { return _instanceId; } }
        public override PSHostUserInterface UI { get { return _ui; } }
        public override CultureInfo CurrentCulture { get { return CultureInfo.InvariantCulture; } }
        public override CultureInfo CurrentUICulture { get { return CultureInfo.InvariantCulture; } }
        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() { throw new NotSupportedException("No nested prompts in tests."); }
        public override void ExitNestedPrompt() { throw new NotSupportedException("No nested prompts in tests."); }
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
    }

    public sealed class ScriptedHostUserInterface : PSHostUserInterface
    {
        private readonly Queue<string> _answers;
        private readonly List<string> _prompts = new List<string>();

        public ScriptedHostUserInterface(string[] answers)
        {
            _answers = new Queue<string>(answers ?? new string[0]);
        }

        /// <summary>"caption: message" of every choice prompt, in the order asked.</summary>
        public IList<string> Prompts { get { return _prompts; } }

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            _prompts.Add(caption + ": " + message);
            if (_answers.Count == 0) throw new InvalidOperationException("The test did not expect this prompt: " + caption + ": " + message);
            string answer = _answers.Dequeue();
            var labels = new List<string>();
            for (int i = 0; i < choices.Count; i++)
            {
                string label = choices[i].Label.Replace("&", "");
                if (string.Equals(label, answer, StringComparison.OrdinalIgnoreCase)) return i;
                labels.Add(label);
            }
            throw new InvalidOperationException("The prompt offers no choice '" + answer + "': " + string.Join(", ", labels.ToArray()));
        }

        public override PSHostRawUserInterface RawUI { get { return null; } }
        public override string ReadLine() { throw Unexpected("ReadLine"); }
        public override SecureString ReadLineAsSecureString() { throw Unexpected("ReadLineAsSecureString"); }
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) { throw Unexpected("Prompt"); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) { throw Unexpected("PromptForCredential"); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) { throw Unexpected("PromptForCredential"); }
        public override void Write(string value) { }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
        public override void WriteLine(string value) { }
        public override void WriteErrorLine(string value) { }
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { }

        private static InvalidOperationException Unexpected(string what)
        {
            return new InvalidOperationException("The test host does not support " + what + ".");
        }
    }
}
