namespace EcsEmulator.Http;

internal delegate object ActionHandler(ActionContext context);

/// <summary>(x-acs-version, x-acs-action) → handler. All three products share one host:port.</summary>
internal sealed class ActionCatalog
{
    public const string EcsVersion = "2014-05-26";
    public const string RamVersion = "2015-05-01";
    public const string StsVersion = "2015-04-01";

    private readonly Dictionary<(string Version, string Action), ActionHandler> _handlers = new();

    public void Add(string version, string action, ActionHandler handler) => _handlers.Add((version, action), handler);

    public ActionHandler? Find(string? version, string? action) =>
        version is not null && action is not null && _handlers.TryGetValue((version, action), out var h) ? h : null;

    public static ActionCatalog CreateDefault()
    {
        var catalog = new ActionCatalog();
        Actions.Ecs.RegionActions.Register(catalog);
        Actions.Ecs.InstanceActions.Register(catalog);
        Actions.Ecs.InstanceLifecycleActions.Register(catalog);
        Actions.Ecs.DiskActions.Register(catalog);
        Actions.Ecs.InstanceRamRoleActions.Register(catalog);
        Actions.Ecs.RunCommandAction.Register(catalog);
        Actions.Ecs.InvocationActions.Register(catalog);
        Actions.Ecs.SendFileActions.Register(catalog);
        Actions.Ecs.CloudAssistantStatusActions.Register(catalog);
        Actions.Ecs.SnapshotGroupActions.Register(catalog);
        Actions.Ecs.SnapshotActions.Register(catalog);
        Actions.Ecs.TagActions.Register(catalog);
        Actions.Ram.RoleActions.Register(catalog);
        Actions.Ram.PolicyActions.Register(catalog);
        Actions.Sts.StsActions.Register(catalog);
        return catalog;
    }
}
