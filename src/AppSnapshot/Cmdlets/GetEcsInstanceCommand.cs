using System.Collections;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Commands
{
    /// <summary>Gets ECS instances by id, name pattern, tag, status or OS type; the objects feed every other cmdlet.</summary>
    [Cmdlet(VerbsCommon.Get, "EcsInstance", DefaultParameterSetName = ByFilterSet, HelpUri = Infrastructure.HelpLinks.Base + "Get-EcsInstance.md")]
    [OutputType(typeof(EcsInstance))]
    public sealed class GetEcsInstanceCommand : Infrastructure.AppSnapshotCmdlet
    {
        private const string ByFilterSet = "ByFilter";
        private const string ByIdSet = "ById";
        private readonly System.Collections.Generic.List<InstanceTarget> _ids = new System.Collections.Generic.List<InstanceTarget>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] InstanceId { get; set; } = new string[0];

        /// <summary>Instance name; wildcards * and ? allowed.</summary>
        [Parameter(ParameterSetName = ByFilterSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Tags that must all match, e.g. @{ role = 'mysql' }.</summary>
        [Parameter(ParameterSetName = ByFilterSet)]
        [ValidateNotNull]
        public Hashtable? Tag { get; set; }

        [Parameter(ParameterSetName = ByFilterSet)]
        [ValidateSet("Pending", "Running", "Starting", "Stopping", "Stopped")]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ByFilterSet)]
        [ValidateSet("Linux", "Windows")]
        public string? OSType { get; set; }

        /// <summary>Reads DescribeInstances only: RamRoleName, Disks and CloudAssistantRunning stay null.</summary>
        [Parameter]
        public SwitchParameter SkipDetail { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in InstanceId) _ids.Add(new InstanceTarget(id, RegionFor(RegionId)));
            }
        }

        protected override void EndProcessing()
        {
            if (_ids.Count > 0)
            {
                // Piped ids may span regions: one operation reads them all, every region at once.
                var byId = new InstanceQueryRequest { IncludeDetail = !SkipDetail };
                foreach (var target in _ids) byId.Instances.Add(target);
                RunOperation((session, sink, ct) => new InstanceQueryOperation(session).RunAsync(byId, sink, ct, UserStop));
                return;
            }
            if (MyInvocation.ExpectingInput)
            {
                // Piped input that named no instance lists nothing, never the whole region.
                WriteNarrative("No instance id came through the pipeline; nothing to do.");
                return;
            }

            var request = new InstanceQueryRequest { RegionId = CommandLineRegionId, NamePattern = Name, Status = Status, OSType = OSType, IncludeDetail = !SkipDetail };
            if (Tag != null)
            {
                foreach (DictionaryEntry entry in Tag) request.Tags[entry.Key.ToString()!] = entry.Value?.ToString() ?? string.Empty;
            }
            RunOperation((session, sink, ct) => new InstanceQueryOperation(session).RunAsync(request, sink, ct, UserStop));
        }
    }
}
