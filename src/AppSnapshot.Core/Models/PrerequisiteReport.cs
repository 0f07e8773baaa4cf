using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Models
{
    /// <summary>Every prerequisite of the plug-in, checked for one instance.</summary>
    public sealed class PrerequisiteReport
    {
        private IList<PrerequisiteCheck> _checks = new JoinedList<PrerequisiteCheck>(ListSeparators.Items);

        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string InstanceName { get; set; } = "";

        /// <summary>Linux or Windows; null when the OS type is neither.</summary>
        public string? Platform
        {
            get => PlatformValue?.ToString();
            set => PlatformValue = value == null ? (Models.Platform?)null : EnumName.Parse<Models.Platform>(value, nameof(Platform));
        }

        internal Models.Platform? PlatformValue { get; set; }

        /// <summary>No check found an error: the plug-in can run (warnings and information do not count).</summary>
        public bool Ready => Checks.All(c => c.SeverityValue != CheckSeverity.Error);

        /// <summary>The names of the checks that found an error: what keeps the instance from being ready.</summary>
        public IList<string> FailedChecks => Names(CheckSeverity.Error);

        /// <summary>The names of the checks that found something to know before a run (a disk left out, an unverifiable policy).</summary>
        public IList<string> WarningChecks => Names(CheckSeverity.Warning);

        public IList<PrerequisiteCheck> Checks
        {
            get => _checks;
            set => _checks = new JoinedList<PrerequisiteCheck>(ListSeparators.Items, value);
        }

        public override string ToString() => InstanceId + (Ready ? ": ready" : ": not ready");

        private IList<string> Names(CheckSeverity severity) =>
            new JoinedList<string>(ListSeparators.Items, Checks.Where(c => c.SeverityValue == severity).Select(c => c.Name));
    }

    public sealed class PrerequisiteCheck
    {
        public string Name { get; set; } = "";
        /// <summary>True: the requirement is met. False: it is not. Null: it cannot be checked through the API (see Detail).</summary>
        public bool? Passed { get; set; }

        /// <summary>What the outcome means for a run: None when met, else Information, Warning or Error.</summary>
        public string Severity
        {
            get => SeverityValue.ToString();
            set => SeverityValue = EnumName.Parse<CheckSeverity>(value, nameof(Severity));
        }

        internal CheckSeverity SeverityValue { get; set; }

        public string Detail { get; set; } = "";
        /// <summary>What to do; null when there is nothing to do.</summary>
        public string? Remedy { get; set; }

        /// <summary>"Name: outcome", as a list of checks joins into text.</summary>
        public override string ToString() => Name + ": " + (Passed == true ? "passed" : Severity);
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
