namespace AppSnapshot.Models
{
    /// <summary>The delivery of prescript.sh and postscript.sh to one instance.</summary>
    public sealed class ScriptUploadResult
    {
        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        /// <summary>The template name, or <c>File</c> for local files.</summary>
        public string Source { get; set; } = "";
        public string PreScriptPath { get; set; } = "";
        public string PostScriptPath { get; set; } = "";
        /// <summary>Success, Failed, Timeout... (Cloud Assistant's per-instance status; the worse of the two files).</summary>
        public string Status { get; set; } = "";
        public bool Succeeded { get; set; }
        public string? ErrorCode { get; set; }
        public string? ErrorInfo { get; set; }
        /// <summary>The SendFile task ids (<c>f-...</c>) for the two files.</summary>
        public string PreScriptInvokeId { get; set; } = "";
        public string PostScriptInvokeId { get; set; } = "";

        public override string ToString() => InstanceId + ": " + Status;
    }
}
