namespace AppSnapshot.Workflow.Scripts
{
    /// <summary>A matching /tmp/prescript.sh and /tmp/postscript.sh pair for one kind of application (Linux).</summary>
    public sealed class ScriptTemplate
    {
        internal ScriptTemplate(string name, string description, string preScript, string postScript)
        {
            Name = name;
            Description = description;
            PreScript = preScript;
            PostScript = postScript;
        }

        public string Name { get; }
        public string Description { get; }
        /// <summary>The text of /tmp/prescript.sh, LF line endings.</summary>
        public string PreScript { get; }
        /// <summary>The text of /tmp/postscript.sh, LF line endings.</summary>
        public string PostScript { get; }

        public override string ToString() => Name;
    }
}
