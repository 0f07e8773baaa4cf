using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Scripts;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Uploads the Linux pre-freeze/post-thaw scripts to /tmp/prescript.sh and /tmp/postscript.sh
    /// (owner root, mode 0700) from a built-in template or local files, and waits for delivery.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "AppSnapshotScript", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
        DefaultParameterSetName = TemplateSet, HelpUri = Infrastructure.HelpLinks.Base + "Send-AppSnapshotScript.md")]
    [OutputType(typeof(ScriptUploadResult))]
    public sealed class SendAppSnapshotScriptCommand : Infrastructure.InstanceTargetsCmdlet
    {
        private const string TemplateSet = "Template";
        private const string FileSet = "File";
        private readonly ScriptUploadRequest _request = new ScriptUploadRequest();

        /// <summary>A built-in template: MySQL, PostgreSQL or Generic.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TemplateSet)]
        [ArgumentCompleter(typeof(ScriptTemplateCompleter))]
        [ValidateNotNullOrEmpty]
        public string Template { get; set; } = "";

        /// <summary>Local file uploaded as /tmp/prescript.sh.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FileSet)]
        [ValidateNotNullOrEmpty]
        public string PreScriptPath { get; set; } = "";

        /// <summary>Local file uploaded as /tmp/postscript.sh.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FileSet)]
        [ValidateNotNullOrEmpty]
        public string PostScriptPath { get; set; } = "";

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ParameterSetName == TemplateSet)
            {
                _request.TemplateName = Template;
                return;
            }
            // Paths are relative to the PowerShell location, not the process directory.
            var pre = SessionState.Path.GetUnresolvedProviderPathFromPSPath(PreScriptPath);
            var post = SessionState.Path.GetUnresolvedProviderPathFromPSPath(PostScriptPath);
            _request.PreScriptContent = ReadScript(pre, nameof(PreScriptPath));
            _request.PostScriptContent = ReadScript(post, nameof(PostScriptPath));
            _request.SourceLabel = Path.GetFileName(pre) + " + " + Path.GetFileName(post);
        }

        protected override IList<InstanceTarget> Targets => _request.Instances;

        protected override void ProcessTargets()
            => RunOperation((session, sink, ct) => new ScriptUploadOperation(session).RunAsync(_request, sink, ct));

        private string ReadScript(string path, string parameter)
        {
            if (!File.Exists(path))
            {
                ThrowTerminatingError(new ErrorRecord(new FileNotFoundException("-" + parameter + ": file '" + path + "' does not exist.", path),
                    "ScriptFileNotFound", ErrorCategory.ObjectNotFound, path));
            }
            return File.ReadAllText(path);
        }
    }
}
