using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Prerequisites;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Checks every prerequisite of the app-snapshot plug-in per instance: one report each, with
    /// Ready and every check's result, detail and remedy; -Quiet returns one bool per instance.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "AppSnapshotPrerequisite", HelpUri = Infrastructure.HelpLinks.Base + "Test-AppSnapshotPrerequisite.md")]
    [OutputType(typeof(PrerequisiteReport))]
    [OutputType(typeof(bool))]
    public sealed class TestAppSnapshotPrerequisiteCommand : Infrastructure.InstanceTargetsCmdlet
    {
        private readonly PrerequisiteRequest _request = new PrerequisiteRequest();

        /// <summary>Return only True/False (Ready) per instance.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override IList<InstanceTarget> Targets => _request.Instances;

        protected override void ProcessTargets()
            => RunOperation((session, sink, ct) => new PrerequisiteOperation(session).RunAsync(_request, Quiet ? new ReadyOnlySink(sink) : sink, ct));

        /// <summary>-Quiet: each report becomes its Ready flag.</summary>
        private sealed class ReadyOnlySink : ForwardingSink
        {
            public ReadyOnlySink(IOutputSink inner) : base(inner) { }

            public override void WriteObject(object value) => Inner.WriteObject(value is PrerequisiteReport r ? r.Ready : value);
        }
    }
}
