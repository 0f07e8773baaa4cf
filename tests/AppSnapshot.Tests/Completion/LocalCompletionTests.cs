using AppSnapshot.Completion;
using AppSnapshot.Tests.Support;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Tests.Completion;

/// <summary>Profile names from both credential files, and the pending runs of this session.</summary>
public sealed class LocalCompletionTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    [Fact]
    public void ProfilesComeFromBothFilesOnceEachWithFileRegionAndCurrent()
    {
        var cli = _env.WriteCliConfig("""
            { "current": "main", "profiles": [
              { "name": "main", "mode": "AK", "access_key_id": "LTAIa", "access_key_secret": "s", "region_id": "cn-shanghai" },
              { "name": "ops", "mode": "AK", "access_key_id": "LTAIb", "access_key_secret": "s" } ] }
            """);
        var ini = _env.WriteIni("[default]\naccess_key_id = LTAIc\naccess_key_secret = s\n\n[ops]\naccess_key_id = LTAId\naccess_key_secret = s\n\n[backup]\naccess_key_id = LTAIe\naccess_key_secret = s\nregion_id = eu-central-1\n");

        var all = ProfileNameCompletionSource.Complete(_env.Build(), "");
        Assert.Equal(new[] { "backup", "default", "main", "ops" }, all.Select(p => p.Key));
        Assert.Equal(cli + ", region cn-shanghai, current", all.Single(p => p.Key == "main").Value);
        Assert.Equal(cli, all.Single(p => p.Key == "ops").Value);
        Assert.Equal(ini + ", region eu-central-1", all.Single(p => p.Key == "backup").Value);
        Assert.Equal(new[] { "main" }, ProfileNameCompletionSource.Complete(_env.Build(), "'M").Select(p => p.Key));
    }

    [Fact]
    public void TheCredentialsFileVariableAndTheCliSwitchAreHonoured()
    {
        _env.WriteCliConfig("""{ "profiles": [ { "name": "cli-only", "mode": "AK" } ] }""");
        var custom = Path.Combine(_env.Home, "elsewhere.ini");
        File.WriteAllText(custom, "[prod]\naccess_key_id = LTAIx\naccess_key_secret = s\n");
        _env.Variables["ALIBABA_CLOUD_CREDENTIALS_FILE"] = custom;
        _env.Variables["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "true";
        Assert.Equal(new[] { "prod" }, ProfileNameCompletionSource.Complete(_env.Build(), "").Select(p => p.Key));
    }

    [Fact]
    public void ABrokenOrMissingFileOffersNothingInsteadOfFailing()
    {
        Assert.Empty(ProfileNameCompletionSource.Complete(_env.Build(), ""));
        _env.WriteCliConfig("{ not json");
        _env.WriteIni("[ok]\naccess_key_id = LTAIx\naccess_key_secret = s\n");
        Assert.Equal(new[] { "ok" }, ProfileNameCompletionSource.Complete(_env.Build(), "").Select(p => p.Key));
    }

    [Fact]
    public void PendingRunsAreOfferedOncePerInvokeIdWithTheirInstances()
    {
        var registry = new PendingInvocationRegistry();
        registry.Add(new PendingInvocation("cn-hangzhou", "t-b2", "i-2", "nightly"));
        registry.Add(new PendingInvocation("cn-hangzhou", "t-b2", "i-1", "nightly"));
        registry.Add(new PendingInvocation("cn-shanghai", "t-a1", "i-9"));

        var all = InvokeIdCompletionSource.Complete(registry, "");
        Assert.Equal(new[] { "t-a1", "t-b2" }, all.Select(c => c.Key));
        Assert.Equal("pending on i-1, i-2 (cn-hangzhou, group nightly)", all[1].Value);
        Assert.Equal("pending on i-9 (cn-shanghai)", all[0].Value);
        Assert.Equal(new[] { "t-b2" }, InvokeIdCompletionSource.Complete(registry, "T-B").Select(c => c.Key));
        registry.Remove("t-b2", "i-1");
        registry.Remove("t-b2", "i-2");
        Assert.Equal(new[] { "t-a1" }, InvokeIdCompletionSource.Complete(registry, "t-").Select(c => c.Key));
    }
}
