using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;

namespace AppSnapshot.Api
{
    /// <summary>SendFile and DescribeSendFileResults.</summary>
    public sealed class SendFileApi
    {
        /// <summary>SendFile's cap on Content, measured after Base64 encoding.</summary>
        public const int MaxBase64ContentBytes = 32 * 1024;
        private readonly IRpcClient _ecs;

        public SendFileApi(IRpcClient ecs) => _ecs = ecs;

        public static int Base64Length(int byteCount) => (byteCount + 2) / 3 * 4;

        public async Task<SendFileResult> SendFileAsync(SendFileArgs args, CancellationToken ct)
        {
            if (args.InstanceIds.Count == 0 || args.InstanceIds.Count > Batches.SendFileInstances)
            {
                throw new ArgumentException("SendFile takes 1 to " + Batches.SendFileInstances + " instances.", nameof(args));
            }
            var request = ApiRequests.Ecs(_ecs, "SendFile")
                .Add("Name", args.Name)
                .Add("TargetDir", args.TargetDir)
                .Add("Content", Convert.ToBase64String(args.Content))
                .Add("ContentType", "Base64")
                .Add("FileOwner", args.FileOwner)
                .Add("FileGroup", args.FileGroup)
                .Add("FileMode", args.FileMode)
                .Add("Overwrite", args.Overwrite)
                .Add("Description", args.Description)
                .Add("ClientToken", args.ClientToken)
                .AddList("InstanceId", args.InstanceIds)
                .AddTags(args.Tags)
                .About(args.Name + " to " + Counted.Ids(args.InstanceIds, "instance"));
            var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
            return new SendFileResult { InvokeId = ApiValues.Text(response.Body, "InvokeId"), RequestId = response.RequestId };
        }

        /// <summary>The InvokeId of the task carrying this tag, or null when there is none (the SendFile call made nothing).</summary>
        public async Task<string?> FindByTagAsync(string key, string value, CancellationToken ct)
        {
            var request = ApiRequests.Ecs(_ecs, "DescribeSendFileResults").AddTags(new System.Collections.Generic.Dictionary<string, string> { [key] = value });
            var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
            var task = response.Body.GetList("Invocations", "Invocation")
                .FirstOrDefault(i => ApiValues.Tags(i, "TagKey", "TagValue").TryGetValue(key, out var v) && v == value);
            return task == null ? null : ApiValues.Text(task, "InvokeId");
        }

        public async Task<SendFileInvocationRecord?> DescribeSendFileResultAsync(string invokeId, CancellationToken ct)
        {
            var request = ApiRequests.Ecs(_ecs, "DescribeSendFileResults").Add("InvokeId", invokeId).About(invokeId);
            var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
            var invocation = response.Body.GetList("Invocations", "Invocation").FirstOrDefault(i => i.GetString("InvokeId") == invokeId);
            if (invocation == null) return null;
            return new SendFileInvocationRecord
            {
                InvokeId = invokeId,
                InvocationStatus = ApiValues.Text(invocation, "InvocationStatus"),
                Instances = invocation.GetList("InvokeInstances", "InvokeInstance").Select(i => new SendFileInstanceRecord
                {
                    InstanceId = ApiValues.Text(i, "InstanceId"),
                    InvocationStatus = ApiValues.Text(i, "InvocationStatus"),
                    ErrorCode = ApiValues.Text(i, "ErrorCode"),
                    ErrorInfo = ApiValues.Text(i, "ErrorInfo"),
                }).ToList(),
                RequestId = response.RequestId,
            };
        }
    }
}
