using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// Starts one batch. The ClientToken is made once per batch and goes unchanged into every attempt
    /// the client makes (its retry policy resends RunCommand after a lost answer and also retries
    /// IdempotentProcessing), so a response lost after the service committed the run can never start a
    /// second run. The run also carries the token as a tag, so that when every answer was lost the run
    /// is found again with DescribeInvocations instead of being reported as failed.
    /// </summary>
    internal static class RunCommandSubmitter
    {
        /// <summary>Tag key on every run; its value is the batch's ClientToken.</summary>
        public const string RunTagKey = "appsnapshot-run";

        public static RunCommandArgs Prepare(RunCommandBatch batch, string name)
        {
            var args = new RunCommandArgs
            {
                Type = batch.Command.CommandType,
                CommandContent = batch.Command.CommandContent,
                InstanceIds = new System.Collections.Generic.List<string>(batch.InstanceIds),
                TimeoutSeconds = batch.Command.TimeoutSeconds,
                Name = name,
                ClientToken = Guid.NewGuid().ToString(),
            };
            args.Tags[RunTagKey] = args.ClientToken;
            return args;
        }

        public static Task<RunCommandResult> SubmitAsync(IRpcClient ecs, RunCommandArgs args, CancellationToken ct) =>
            new CloudAssistantApi(ecs).RunCommandAsync(args, ct);

        /// <summary>The run started with this tag value, or null when none was started.</summary>
        public static Task<RunCommandResult?> FindAsync(IRpcClient ecs, string runTag, CancellationToken ct) =>
            new CloudAssistantApi(ecs).FindRunByTagAsync(RunTagKey, runTag, ct);
    }
}
