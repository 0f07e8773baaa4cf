using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;

namespace AppSnapshot.Workflow
{
    /// <summary>
    /// Starts one batch. The ClientToken is made once per batch and reused on every retry, so a
    /// response lost after the service committed the run can never start a second run.
    /// </summary>
    internal static class RunCommandSubmitter
    {
        /// <summary>Extra tries beyond the client's own retries, for transport failures and IdempotentProcessing.</summary>
        private const int ExtraAttempts = 3;

        public static async Task<RunCommandResult> SubmitAsync(IRpcClient ecs, RunCommandBatch batch, string name, IClock clock, CancellationToken ct)
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
            var api = new CloudAssistantApi(ecs);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return await api.RunCommandAsync(args, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (attempt < ExtraAttempts && IsWorthRetrying(ex))
                {
                    await clock.Delay(TimeSpan.FromMilliseconds(200 * (attempt + 1)), ct).ConfigureAwait(false);
                }
            }
        }

        private static bool IsWorthRetrying(Exception ex) =>
            ex is AcsTransportException
            || ex is AcsApiException api && (api.IsRetryable || api.Code == "IdempotentProcessing");
    }
}
