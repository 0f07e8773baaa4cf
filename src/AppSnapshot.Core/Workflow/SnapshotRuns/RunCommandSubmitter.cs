using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// Starts one batch. The ClientToken is made once per batch and goes unchanged into every attempt
    /// the client makes (its retry policy for RunCommand also retries IdempotentProcessing), so a
    /// response lost after the service committed the run can never start a second run.
    /// </summary>
    internal static class RunCommandSubmitter
    {
        public static Task<RunCommandResult> SubmitAsync(IRpcClient ecs, RunCommandBatch batch, string name, CancellationToken ct)
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
            return new CloudAssistantApi(ecs).RunCommandAsync(args, ct);
        }
    }
}
