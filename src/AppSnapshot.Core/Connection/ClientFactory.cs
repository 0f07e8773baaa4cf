using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Credentials;
using AppSnapshot.Output;

namespace AppSnapshot.Connection
{
    /// <summary>
    /// The one place cmdlets get clients from. Resolves credentials and region, and caches credential
    /// providers (so assumed-role and instance-role credentials are reused until they near expiry) and
    /// clients per (credentials, product, region, endpoint) for the life of the process. One rate
    /// limiter per factory is shared by all its clients. Nothing is written to disk.
    /// Every setting is resolved in one order: per-call parameter, session default
    /// (<see cref="SessionDefaults"/>), environment, profile file.
    /// </summary>
    public sealed class ClientFactory
    {
        private static readonly Lazy<ClientFactory> SharedFactory = new Lazy<ClientFactory>(() => new ClientFactory(ClientEnvironment.Process));
        private static readonly Regex RegionPattern = new Regex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

        private readonly ClientEnvironment _env;
        private readonly ClientSettings _settings;
        private readonly string? _settingsProblem;
        private readonly SessionDefaults _defaults;
        private readonly Lazy<HttpClient> _apiHttp;
        private readonly Lazy<EcsMetadataClient> _metadata;
        private readonly RateLimiter _limiter;
        private readonly ConcurrentDictionary<string, Lazy<CredentialHandle>> _providers = new ConcurrentDictionary<string, Lazy<CredentialHandle>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, RpcClient> _clients = new ConcurrentDictionary<string, RpcClient>(StringComparer.Ordinal);

        /// <param name="defaults">Session defaults to apply when a call brings none in <see cref="ConnectionOptions.Defaults"/>; none when omitted.</param>
        public ClientFactory(ClientEnvironment environment, ClientSettings? settings = null, SessionDefaults? defaults = null)
        {
            _env = environment ?? throw new ArgumentNullException(nameof(environment));
            if (settings == null)
            {
                // Cmdlet users set the paces through the environment; explicit settings (tests, hosts) stand as given.
                settings = new ClientSettings();
                _settingsProblem = RateLimitVariable.Apply(environment.Variable(RateLimitVariable.Name), settings);
            }
            _settings = settings;
            _defaults = defaults ?? new SessionDefaults();
            _limiter = new RateLimiter(_settings, _env.Clock);
            _apiHttp = new Lazy<HttpClient>(() => NewHttpClient(_env.Handler ?? HttpHandlerFactory.Create(_settings.ConnectTimeout)));
            _metadata = new Lazy<EcsMetadataClient>(() => new EcsMetadataClient(
                // The metadata service is link-local: a proxy must never see these requests.
                NewHttpClient(_env.Handler ?? new HttpClientHandler { UseProxy = false }),
                _settings.MetadataEndpoint, _settings.MetadataTimeout, _env.IsTrue(EnvironmentNames.ImdsV1Disabled)));
        }

        /// <summary>Process-wide, reading the real environment and home directory; session defaults come with each call's options.</summary>
        public static ClientFactory Shared => SharedFactory.Value;

        internal ClientSettings Settings => _settings;

        /// <param name="notes">Its debug stream receives where credentials, region and endpoints came from (AccessKey id masked) and retry notes.</param>
        public AcsSession Connect(ConnectionOptions options, IOutputSink? notes = null)
        {
            options ??= new ConnectionOptions();
            ConnectionOptionsCheck.Validate(options);
            if (_settingsProblem != null) throw new AcsConfigurationException(_settingsProblem);
            var defaults = (options.Defaults ?? _defaults).Current;
            var request = options.CredentialRequest();
            if (string.IsNullOrWhiteSpace(request.ProfileName) && defaults.ProfileName != null)
            {
                request.ProfileName = defaults.ProfileName;
                request.ProfileNameSource = SessionDefaults.Source;
            }
            var endpoint = !string.IsNullOrWhiteSpace(options.Endpoint)
                ? new EndpointChoice(options.Endpoint!, "parameter -Endpoint")
                : defaults.Endpoint != null ? new EndpointChoice(defaults.Endpoint, SessionDefaults.Source) : null;

            var resolver = new CredentialResolver(_env, ProbeMetadataRole);
            var spec = resolver.Resolve(request);
            CheckCredentialFormat(spec);
            var handle = Handle(spec, endpoint);
            var profileBySession = request.ProfileNameSource == SessionDefaults.Source && string.IsNullOrEmpty(request.AccessKeyId);
            notes?.WriteDebug("Credentials: " + Describe(spec) + (profileBySession ? ", profile named by " + SessionDefaults.Source : ""));

            var (region, regionSource) = ResolveRegion(options.RegionId, defaults.RegionId, request.ProfileName, spec, resolver);
            if (region != null) ValidateRegion(region, regionSource);
            notes?.WriteDebug(region != null
                ? "Region: " + region + " from " + regionSource
                : "Region: not set (pass -RegionId, run Set-AppSnapshotDefault -RegionId, set ALIBABA_CLOUD_REGION_ID or set region_id in the profile)");
            return new AcsSession(this, handle, region, regionSource, endpoint, notes);
        }

        internal IRpcClient CreateClient(ApiProduct product, string? region, CredentialHandle credentials, EndpointChoice? endpointOption, IOutputSink? notes)
        {
            if (region != null) ValidateRegion(region, "the requested region");
            var client = CachedClient(product, region, credentials, endpointOption, out var endpoint);
            notes?.WriteDebug("Endpoint " + product.Name + (region != null ? " " + region : "") + ": " + client.Endpoint + " (" + endpoint.Source + ")");
            return new SessionRpcClient(client, notes);
        }

        internal string? StsRegion(string? fromProfile) => fromProfile ?? _env.Variable(EnvironmentNames.StsRegion);

        private RpcClient CachedClient(ApiProduct product, string? region, CredentialHandle credentials, EndpointChoice? endpointOption, out ResolvedEndpoint endpoint)
        {
            var resolved = EndpointResolver.Resolve(product, region, endpointOption?.Value, _env.GetVariable, endpointOption?.Source ?? "parameter -Endpoint");
            endpoint = resolved;
            var key = credentials.Key + "|" + product.Name + "|" + region + "|" + resolved.Uri;
            return _clients.GetOrAdd(key, _ => new RpcClient(product, region, resolved.Uri, credentials.Provider, _apiHttp.Value, _limiter, _settings, _env.Clock));
        }

        private CredentialHandle Handle(CredentialSpec spec, EndpointChoice? endpointOption)
        {
            // The endpoint option is part of the key: an assumed role goes through STS at that endpoint.
            var key = spec.Fingerprint() + "|" + endpointOption?.Value;
            return _providers.GetOrAdd(key, k => new Lazy<CredentialHandle>(() => new CredentialHandle(k, spec.Source, CreateProvider(spec, endpointOption)),
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        }

        private ICredentialProvider CreateProvider(CredentialSpec spec, EndpointChoice? endpointOption)
        {
            switch (spec.Kind)
            {
                case CredentialKind.RamRoleArn:
                    var source = spec.SourceCredentials != null
                        ? Handle(spec.SourceCredentials, endpointOption)
                        : new CredentialHandle("source|" + spec.Fingerprint(), spec.Source,
                            new StaticCredentialProvider(new AcsCredential(spec.AccessKeyId!, spec.AccessKeySecret!, spec.SecurityToken)));
                    var sts = CachedClient(ApiProduct.Sts, StsRegion(spec.StsRegion), source, endpointOption, out _);
                    var fetcher = new AssumeRoleFetcher(sts, spec, _env.Clock);
                    return new RefreshingCredentialProvider(fetcher.FetchAsync, _env.Clock, _settings.CredentialRefreshMargin);
                case CredentialKind.EcsRamRole:
                    var role = spec.RoleName;
                    return new RefreshingCredentialProvider(ct => FetchInstanceRoleAsync(role, ct), _env.Clock, _settings.CredentialRefreshMargin);
                default:
                    return new StaticCredentialProvider(new AcsCredential(spec.AccessKeyId!, spec.AccessKeySecret!, spec.SecurityToken));
            }
        }

        /// <param name="role">Null when the role is only known to the metadata service (e.g. a chained profile's source).</param>
        private async Task<AcsCredential> FetchInstanceRoleAsync(string? role, CancellationToken cancellationToken)
        {
            try
            {
                role ??= await _metadata.Value.GetRoleNameAsync(cancellationToken).ConfigureAwait(false);
                return await _metadata.Value.GetCredentialAsync(role, cancellationToken).ConfigureAwait(false);
            }
            catch (MetadataException ex)
            {
                throw new AcsConfigurationException("ECS instance RAM role '" + (role ?? "(unknown)") + "': the metadata service did not provide credentials: " + ex.Message + ".", ex);
            }
        }

        /// <summary>Connect is synchronous (cmdlets call it from BeginProcessing); the probe runs on the pool to avoid any captured context.</summary>
        private string ProbeMetadataRole(string? configuredRole)
        {
            if (configuredRole != null) return configuredRole;
            return Task.Run(() => _metadata.Value.GetRoleNameAsync(CancellationToken.None)).GetAwaiter().GetResult();
        }

        private (string? Region, string Source) ResolveRegion(string? parameter, string? sessionDefault, string? profileName, CredentialSpec spec, CredentialResolver resolver)
        {
            if (!string.IsNullOrWhiteSpace(parameter)) return (parameter!.Trim(), "parameter -RegionId");
            if (sessionDefault != null) return (sessionDefault, SessionDefaults.Source);
            foreach (var name in EnvironmentNames.Region)
            {
                var value = _env.Variable(name);
                if (value != null) return (value, "environment " + name);
            }
            if (spec.RegionId != null) return (spec.RegionId, spec.Source);
            return RegionFromDefaultProfile(profileName, resolver);
        }

        /// <summary>Credentials came from elsewhere, but the selected CLI/INI profile may still name a region (as with the aliyun CLI).</summary>
        private (string? Region, string Source) RegionFromDefaultProfile(string? profileName, CredentialResolver resolver)
        {
            try
            {
                var name = !string.IsNullOrWhiteSpace(profileName) ? profileName!.Trim() : resolver.ProfileFromEnvironment().Name;
                var cli = resolver.LoadCliConfig(null);
                var cliName = name ?? cli?.Current ?? "default";
                var region = cli?.RegionOf(cliName);
                if (region != null) return (region, "profile '" + cliName + "' in " + cli!.Path);
                var ini = resolver.LoadIni(null);
                var section = name ?? "default";
                region = ini?.RegionOf(section);
                if (region != null) return (region, "section [" + section + "] in " + ini!.Path);
            }
            catch (AcsConfigurationException)
            {
                // A broken profile file that did not supply the credentials must not block a region-less call.
            }
            return (null, "not set");
        }

        /// <summary>A key from the environment or a profile file that cannot go on the wire is refused here, naming its source.</summary>
        private static void CheckCredentialFormat(CredentialSpec spec)
        {
            var problem = spec.AccessKeyId is null ? null : CredentialFormat.AccessKeyIdProblem(spec.AccessKeyId) ?? CredentialFormat.SecurityTokenProblem(spec.SecurityToken);
            if (problem != null) throw new AcsConfigurationException("Credentials from " + spec.Source + " cannot be used: " + problem + ".");
            if (spec.SourceCredentials != null) CheckCredentialFormat(spec.SourceCredentials);
        }

        private static void ValidateRegion(string region, string source)
        {
            if (!RegionPattern.IsMatch(region))
                throw new AcsConfigurationException("Region '" + region + "' from " + source + " is not a valid region id (expected lowercase letters, digits and dashes, e.g. cn-hangzhou).");
        }

        private static string Describe(CredentialSpec spec)
        {
            switch (spec.Kind)
            {
                case CredentialKind.RamRoleArn:
                    var assumer = spec.SourceCredentials != null ? Describe(spec.SourceCredentials) : Mask.AccessKeyId(spec.AccessKeyId);
                    return spec.Source + ", assuming " + spec.RoleArn + " with " + assumer;
                case CredentialKind.EcsRamRole:
                    return spec.Source + (spec.RoleName != null ? ", role '" + spec.RoleName + "'" : "");
                default:
                    return spec.Source + " (" + Mask.AccessKeyId(spec.AccessKeyId) + ")";
            }
        }

        private static HttpClient NewHttpClient(HttpMessageHandler handler) =>
            // Timeouts are per attempt through linked cancellation tokens, not HttpClient.Timeout.
            new HttpClient(handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }
}
