using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Models
{
    /// <summary>Every prerequisite of the plug-in, checked for one instance.</summary>
    public sealed class PrerequisiteReport
    {
        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string InstanceName { get; set; } = "";
        public Platform? Platform { get; set; }
        /// <summary>No check found an error: the plug-in can run (warnings and information do not count).</summary>
        public bool Ready => Checks.All(c => c.Severity != CheckSeverity.Error);
        /// <summary>The names of the checks that found an error: what keeps the instance from being ready.</summary>
        public IList<string> FailedChecks => Checks.Where(c => c.Severity == CheckSeverity.Error).Select(c => c.Name).ToList();
        /// <summary>The names of the checks that found something to know before a run (a disk left out, an unverifiable policy).</summary>
        public IList<string> WarningChecks => Checks.Where(c => c.Severity == CheckSeverity.Warning).Select(c => c.Name).ToList();
        public IList<PrerequisiteCheck> Checks { get; set; } = new List<PrerequisiteCheck>();

        public override string ToString() => InstanceId + (Ready ? ": ready" : ": not ready");
    }

    public sealed class PrerequisiteCheck
    {
        public string Name { get; set; } = "";
        /// <summary>True: the requirement is met. False: it is not. Null: it cannot be checked through the API (see Detail).</summary>
        public bool? Passed { get; set; }
        /// <summary>What the outcome means for a run: None when met, else Information, Warning or Error.</summary>
        public CheckSeverity Severity { get; set; }
        public string Detail { get; set; } = "";
        /// <summary>What to do; null when there is nothing to do.</summary>
        public string? Remedy { get; set; }

        public override string ToString() => Name + ": " + (Passed == true ? "passed" : Severity.ToString()) + " - " + Detail;
    }

    /// <summary>Ordered from harmless to blocking.</summary>
    public enum CheckSeverity
    {
        /// <summary>The requirement is met.</summary>
        None,
        /// <summary>Worth knowing; nothing can be checked or done from outside the guest.</summary>
        Information,
        /// <summary>The plug-in runs, with a caveat (a disk left out, something unverifiable).</summary>
        Warning,
        /// <summary>The plug-in fails: the instance is not ready.</summary>
        Error,
    }
}
