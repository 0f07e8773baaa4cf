using System.Collections.Generic;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Scripts
{
    /// <summary>Send-AppSnapshotScript's parameters: a built-in template, or the text of both scripts.</summary>
    public sealed class ScriptUploadRequest
    {
        public IList<InstanceTarget> Instances { get; } = new List<InstanceTarget>();
        /// <summary>A name from ScriptTemplates.All (e.g. MySQL); excludes the content properties.</summary>
        public string? TemplateName { get; set; }
        public string? PreScriptContent { get; set; }
        public string? PostScriptContent { get; set; }
        /// <summary>Shown as the Source of the results when content is given (e.g. the local file names).</summary>
        public string SourceLabel { get; set; } = "File";
        /// <summary>Parameter names used in validation errors, so they match the cmdlet's.</summary>
        public string PreScriptParameterName { get; set; } = "PreScriptPath";
        public string PostScriptParameterName { get; set; } = "PostScriptPath";
    }
}
