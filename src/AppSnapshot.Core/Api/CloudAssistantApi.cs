using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    /// <summary>RunCommand, DescribeInvocations, DescribeInvocationResults, StopInvocation, DescribeCloudAssistantStatus.</summary>
    public sealed class CloudAssistantApi
    {
        private const int ResultsPageSize = 50;
        private readonly IRpcClient _ecs;

        public CloudAssistantApi(IRpcClient ecs) => _ecs = ecs;

        public async Task<RunCommandResult> RunCommandAsync(RunCommandArgs args, CancellationToken ct)
        {
            if (args.InstanceIds.Count == 0 || args.InstanceIds.Count > Batches.RunCommandInstances)
            {
                throw new ArgumentException("RunCommand takes 1 to " + Batches.RunCommandInstances + " instances.", nameof(args));
            }
            var request = ApiRequests.Ecs(_ecs, "RunCommand")
                .Add("Type", args.Type)
                .Add("CommandContent", args.CommandContent)
                .Add("ContentEncoding", "PlainText")
                .Add("Timeout", (long?)args.TimeoutSeconds)
                .Add("Name", args.Name)
                .Add("ClientToken", args.ClientToken)
                .AddList("InstanceId", args.InstanceIds)
                .AddTags(args.Tags)
                .About(Counted.Ids(args.InstanceIds, "instance"));
            var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
            return new RunCommandResult
            {
                InvokeId = ApiValues.Text(response.Body, "InvokeId"),
                CommandId = ApiValues.Text(response.Body, "CommandId"),
                RequestId = response.RequestId,
            };
        }

        /// <summary>
        /// One call returns every instance of the invocation with its output, which is why the
        /// workflow polls with this rather than the 50-per-page DescribeInvocationResults.
        /// Returns null when the service does not know the id.
        /// </summary>
        public async Task<InvocationRecord?> DescribeInvocationAsync(string invokeId, bool includeOutput, CancellationToken ct)
        {
            var request = ApiRequests.Ecs(_ecs, "DescribeInvocations")
                .Add("InvokeId", invokeId)
                .Add("IncludeOutput", includeOutput)
                .Add("ContentEncoding", "Base64")
                .About(invokeId);
            var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
            var invocation = response.Body.GetList("Invocations", "Invocation").FirstOrDefault(i => i.GetString("InvokeId") == invokeId);
            if (invocation == null) return null;
            return new InvocationRecord
            {
                InvokeId = invokeId,
                CommandId = ApiValues.Text(invocation, "CommandId"),
                InvocationStatus = invocation.GetString("InvocationStatus") ?? ApiValues.Text(invocation, "InvokeStatus"),
                CreationTime = ApiValues.Time(invocation.GetString("CreationTime")),
                Instances = invocation.GetList("InvokeInstances", "InvokeInstance")
                    .Select(i => ReadInstance(i, invokeId, "FinishTime", response.RequestId)).ToList(),
                RequestId = response.RequestId,
            };
        }

        /// <summary>
        /// The run carrying this tag (a tag unique to one RunCommand call), or null when there is none: how a
        /// run whose RunCommand answer was lost is found again.
        /// </summary>
        public async Task<RunCommandResult?> FindRunByTagAsync(string key, string value, CancellationToken ct)
        {
            var request = ApiRequests.Ecs(_ecs, "DescribeInvocations").AddTags(new Dictionary<string, string> { [key] = value });
            var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
            var invocation = response.Body.GetList("Invocations", "Invocation")
                .FirstOrDefault(i => ApiValues.Tags(i, "TagKey", "TagValue").TryGetValue(key, out var v) && v == value);
            if (invocation == null) return null;
            return new RunCommandResult
            {
                InvokeId = ApiValues.Text(invocation, "InvokeId"),
                CommandId = ApiValues.Text(invocation, "CommandId"),
                RequestId = response.RequestId,
            };
        }

        /// <summary>Per-instance results, all pages (50 per page).</summary>
        public Task<List<InstanceInvocationRecord>> DescribeInvocationResultsAsync(string invokeId, string? instanceId, CancellationToken ct) =>
            TokenPager.ReadAllAsync(_ecs,
                () => ApiRequests.Ecs(_ecs, "DescribeInvocationResults")
                    .Add("InvokeId", invokeId)
                    .Add("InstanceId", instanceId)
                    .Add("ContentEncoding", "Base64")
                    .Add("MaxResults", (long)ResultsPageSize)
                    .About(invokeId + (instanceId == null ? "" : " on " + instanceId)),
                body =>
                {
                    var requestId = ApiValues.Text(body, "RequestId");
                    var invocation = body.GetObject("Invocation") ?? new JsonObject();
                    return invocation.GetList("InvocationResults", "InvocationResult")
                        .Select(r => ReadInstance(r, invokeId, "FinishedTime", requestId)).ToList();
                }, ct,
                // The token sits inside Invocation here, not at the top level.
                body => body.GetObject("Invocation")?.GetString("NextToken") ?? body.GetString("NextToken"));

        public async Task<IReadOnlyList<CloudAssistantStatusRecord>> DescribeCloudAssistantStatusAsync(IEnumerable<string> instanceIds, CancellationToken ct)
        {
            var records = new List<CloudAssistantStatusRecord>();
            foreach (var ids in Batches.Chunk(instanceIds.Distinct(), Batches.CloudAssistantStatusInstances))
            {
                var request = ApiRequests.Ecs(_ecs, "DescribeCloudAssistantStatus").AddList("InstanceId", ids).About(Counted.Ids(ids, "instance"));
                var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
                records.AddRange(response.Body.GetList("InstanceCloudAssistantStatusSet", "InstanceCloudAssistantStatus")
                    .Select(s => new CloudAssistantStatusRecord
                    {
                        InstanceId = ApiValues.Text(s, "InstanceId"),
                        IsRunning = ApiValues.Flag(s, "CloudAssistantStatus"),
                        Version = ApiValues.Text(s, "CloudAssistantVersion"),
                        OSType = ApiValues.Text(s, "OSType"),
                    }));
            }
            return records;
        }

        private static InstanceInvocationRecord ReadInstance(JsonObject i, string invokeId, string finishField, string requestId) =>
            new InstanceInvocationRecord
            {
                InvokeId = i.GetString("InvokeId") ?? invokeId,
                InstanceId = ApiValues.Text(i, "InstanceId"),
                InvocationStatus = ApiValues.Text(i, "InvocationStatus"),
                ExitCode = i.GetInt64("ExitCode"),
                Output = ApiValues.Text(i, "Output"),
                Dropped = i.GetInt64("Dropped") ?? 0,
                ErrorCode = ApiValues.Text(i, "ErrorCode"),
                ErrorInfo = ApiValues.Text(i, "ErrorInfo"),
                StartTime = ApiValues.Time(i.GetString("StartTime")),
                FinishTime = ApiValues.Time(i.GetString(finishField)),
                RequestId = requestId,
            };
    }
}
