using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AppSnapshot.Workflow.Scripts
{
    /// <summary>The built-in Linux pre-freeze/post-thaw script pairs, embedded from Workflow/Scripts/Templates/&lt;Name&gt;/*.sh.</summary>
    public static class ScriptTemplates
    {
        private static readonly Lazy<IReadOnlyList<ScriptTemplate>> Templates = new Lazy<IReadOnlyList<ScriptTemplate>>(Load);

        public static IReadOnlyList<ScriptTemplate> All => Templates.Value;

        /// <summary>Case-insensitive lookup; an unknown name throws an ArgumentException listing the known ones.</summary>
        public static ScriptTemplate Get(string name)
        {
            var template = All.FirstOrDefault(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
            return template ?? throw new ArgumentException(
                $"Unknown script template '{name}'. Known templates: {string.Join(", ", All.Select(t => t.Name))}.", nameof(name));
        }

        private static IReadOnlyList<ScriptTemplate> Load() => new[]
        {
            Create("Generic", "No-op pre/post pair with documented placeholders: flushes dirty pages and calls freeze_application/thaw_application hooks for you to fill in."),
            Create("MySQL", "FLUSH TABLES WITH READ LOCK held by a background session until postscript.sh kills it (safety ceiling 300 s); credentials only from the root-only /root/.appsnapshot/mysql.cnf."),
            Create("PostgreSQL", "CHECKPOINT before the file-system freeze so WAL replay after a restore is short; no lock is taken (PostgreSQL has none to take). Needs peer authentication for the postgres user."),
        };

        private static ScriptTemplate Create(string name, string description) =>
            new ScriptTemplate(name, description, Read(name, "prescript.sh"), Read(name, "postscript.sh"));

        private static string Read(string folder, string file)
        {
            var resource = $"AppSnapshot.Workflow.Scripts.Templates.{folder}.{file}";
            using var stream = typeof(ScriptTemplates).GetTypeInfo().Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded script '{resource}' is missing from the build.");
            using var reader = new StreamReader(stream);
            // A checkout with CRLF line endings would make bash choke on "\r": scripts always ship with LF.
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
