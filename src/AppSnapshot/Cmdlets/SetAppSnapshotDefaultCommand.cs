using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Commands.Infrastructure;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Credentials;
using AppSnapshot.Models;

namespace AppSnapshot.Commands
{
    /// <summary>Sets the region, profile or endpoint every AppSnapshot cmdlet of this session uses when the call names none.</summary>
    [Cmdlet(VerbsCommon.Set, "AppSnapshotDefault", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Base + "Set-AppSnapshotDefault.md")]
    [OutputType(typeof(AppSnapshotDefault))]
    public sealed class SetAppSnapshotDefaultCommand : PSCmdlet
    {
        [Parameter]
        [ArgumentCompleter(typeof(RegionIdCompleter))]
        public string? RegionId { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string? ProfileName { get; set; }

        [Parameter]
        public string? Endpoint { get; set; }

        /// <summary>Write the session defaults after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var given = new List<string>();
            // A bound $null or '' is a blank value, which the store refuses with the parameter named.
            string? Given(string name, string? value)
            {
                if (!MyInvocation.BoundParameters.ContainsKey(name)) return null;
                given.Add("-" + name + " " + value);
                return value ?? string.Empty;
            }
            var region = Given(nameof(RegionId), RegionId);
            var profile = Given(nameof(ProfileName), ProfileName);
            var endpoint = Given(nameof(Endpoint), Endpoint);
            if (given.Count == 0)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("Give at least one of -RegionId, -ProfileName or -Endpoint."),
                    "AppSnapshotDefaultNotGiven", ErrorCategory.InvalidArgument, null)
                {
                    ErrorDetails = new ErrorDetails("Give at least one of -RegionId, -ProfileName or -Endpoint.")
                    {
                        RecommendedAction = "For example: Set-AppSnapshotDefault -RegionId cn-hangzhou. Get-AppSnapshotDefault shows the current defaults.",
                    },
                });
            }
            if (!ShouldProcess("AppSnapshot session defaults", "Set " + string.Join(", ", given))) return;

            var before = SessionDefaults.Process.Current;
            AppSnapshotDefault after;
            try
            {
                after = SessionDefaults.Process.Set(region, profile, endpoint);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromException(ex));
                return;
            }
            SessionDefaultChanges.Report(this, before, after);
            if (profile != null && !KnownProfiles.Read(ClientEnvironment.Process).Any(p => p.Name == after.ProfileName))
            {
                // Not an error: the file may be written later. But a typo should not wait for the next cloud call.
                WriteWarning("Profile '" + after.ProfileName + "' is in neither ~/.aliyun/config.json nor ~/.alibabacloud/credentials: cmdlets that use the default fail until it exists.");
            }
            if (PassThru) WriteObject(after);
        }
    }
}
