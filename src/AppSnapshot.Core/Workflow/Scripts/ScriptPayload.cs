using System;
using System.Text;
using AppSnapshot.Api;

namespace AppSnapshot.Workflow.Scripts
{
    /// <summary>The two script files to send, checked against SendFile's limit before any call.</summary>
    internal sealed class ScriptPayload
    {
        private ScriptPayload(string source, byte[] pre, byte[] post)
        {
            Source = source;
            PreScript = pre;
            PostScript = post;
        }

        public string Source { get; }
        public byte[] PreScript { get; }
        public byte[] PostScript { get; }

        public static ScriptPayload From(ScriptUploadRequest request)
        {
            var hasContent = request.PreScriptContent != null || request.PostScriptContent != null;
            if (request.TemplateName != null && hasContent)
                throw new ArgumentException("Give either -Template or the two scripts, not both.", "Template");
            if (request.TemplateName != null)
            {
                var template = ScriptTemplates.Get(request.TemplateName);
                return new ScriptPayload(template.Name, Encode(template.PreScript, "Template"), Encode(template.PostScript, "Template"));
            }
            if (string.IsNullOrEmpty(request.PreScriptContent))
                throw new ArgumentException("-" + request.PreScriptParameterName + " is required (or use -Template).", request.PreScriptParameterName);
            if (string.IsNullOrEmpty(request.PostScriptContent))
                throw new ArgumentException("-" + request.PostScriptParameterName + " is required (or use -Template).", request.PostScriptParameterName);
            return new ScriptPayload(request.SourceLabel,
                Encode(request.PreScriptContent!, request.PreScriptParameterName),
                Encode(request.PostScriptContent!, request.PostScriptParameterName));
        }

        private static byte[] Encode(string script, string parameterName)
        {
            // A script saved on Windows would fail under sh with "\r: command not found".
            var bytes = new UTF8Encoding(false).GetBytes(script.Replace("\r\n", "\n"));
            var encodedLength = SendFileApi.Base64Length(bytes.Length);
            if (encodedLength > SendFileApi.MaxBase64ContentBytes)
                throw new ArgumentException("-" + parameterName + ": the script is " + bytes.Length + " bytes, " + encodedLength +
                    " after Base64; SendFile carries at most " + SendFileApi.MaxBase64ContentBytes + " bytes after Base64 (about 24 KB of script).", parameterName);
            return bytes;
        }
    }
}
