using AppSnapshot.Credentials;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Credentials;

/// <summary>The profile names of both credential files, as Set-AppSnapshotDefault and completion see them.</summary>
public sealed class KnownProfilesTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    [Fact]
    public void ANameInBothFilesIsListedOnceFromTheCliFileWhichTheChainReadsFirst()
    {
        var cli = _env.WriteCliConfig("""{ "current": "ops", "profiles": [ { "name": "ops", "mode": "AK", "region_id": "cn-beijing" } ] }""");
        var ini = _env.WriteIni("[ops]\naccess_key_id = LTAIx\naccess_key_secret = s\nregion_id = eu-central-1\n\n[Backup]\naccess_key_id = LTAIy\naccess_key_secret = s\n");

        var profiles = KnownProfiles.Read(_env.Build());

        Assert.Equal(new[] { "Backup", "ops" }, profiles.Select(p => p.Name));
        var ops = profiles.Single(p => p.Name == "ops");
        Assert.Equal((cli, "cn-beijing", true), (ops.Path, ops.RegionId, ops.IsCurrent));
        var backup = profiles.Single(p => p.Name == "Backup");
        Assert.Equal((ini, (string?)null, false), (backup.Path, backup.RegionId, backup.IsCurrent));
    }

    [Fact]
    public void NoFilesMeanNoProfiles()
    {
        Assert.Empty(KnownProfiles.Read(_env.Build()));
    }
}
