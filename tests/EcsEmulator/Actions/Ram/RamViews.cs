using EcsEmulator.Infrastructure;
using EcsEmulator.State;

namespace EcsEmulator.Actions.Ram;

internal static class RamViews
{
    public static object Role(RamRole r) => new
    {
        r.RoleId,
        r.RoleName,
        Arn = r.Arn(EmulatorState.AccountId),
        r.Description,
        r.AssumeRolePolicyDocument,
        r.MaxSessionDuration,
        CreateDate = WireFormat.Time(r.CreateDate),
        UpdateDate = WireFormat.Time(r.CreateDate),
    };
}
