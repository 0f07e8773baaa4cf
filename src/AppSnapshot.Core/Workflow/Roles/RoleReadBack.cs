using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;

namespace AppSnapshot.Workflow.Roles
{
    /// <summary>
    /// After Attach/DetachInstanceRamRole lost its answer: what the instances' roles are now, as the results the
    /// call would have returned. An instance whose role did not change is a failure that says nothing was changed.
    /// </summary>
    internal static class RoleReadBack
    {
        public const string LostCode = "AnswerLost";

        public static async Task<IReadOnlyList<InstanceRoleResult>> AttachedAsync(InstanceRamRoleApi api, string role, IReadOnlyList<string> ids, CancellationToken ct)
        {
            var roles = await api.DescribeAsync(ids, ct).ConfigureAwait(false);
            return ids.Select(id => roles.TryGetValue(id, out var now) && now == role
                ? Success(id)
                : Failure(id, "the answer was lost and the instance " + (now == null ? "has no role" : "has role " + now) + ": " + role + " was not attached, nothing was changed"))
                .ToList();
        }

        public static async Task<IReadOnlyList<InstanceRoleResult>> DetachedAsync(InstanceRamRoleApi api, IReadOnlyList<string> ids, CancellationToken ct)
        {
            var roles = await api.DescribeAsync(ids, ct).ConfigureAwait(false);
            return ids.Select(id => roles.TryGetValue(id, out var still)
                ? Failure(id, "the answer was lost and the instance still has role " + still + ": it was not detached, nothing was changed")
                : Success(id))
                .ToList();
        }

        private static InstanceRoleResult Success(string id) => new InstanceRoleResult { InstanceId = id, Success = true, Code = "200", Message = "read back after a lost answer" };

        private static InstanceRoleResult Failure(string id, string message) =>
            new InstanceRoleResult { InstanceId = id, Success = false, Code = LostCode, Message = message };
    }
}
