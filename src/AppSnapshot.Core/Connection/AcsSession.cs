using System;
using System.Collections.Concurrent;
using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Output;

namespace AppSnapshot.Connection
{
    /// <summary>What every cmdlet gets from the shared factory: resolved credentials, region and clients.</summary>
    public sealed class AcsSession
    {
        private readonly ClientFactory _factory;
        private readonly CredentialHandle _credentials;
        private readonly EndpointChoice? _endpointOption;
        private readonly IOutputSink? _notes;
        private readonly ConcurrentDictionary<string, IRpcClient> _clients = new ConcurrentDictionary<string, IRpcClient>(StringComparer.Ordinal);

        internal AcsSession(ClientFactory factory, CredentialHandle credentials, string? defaultRegionId, string regionSource, EndpointChoice? endpointOption, IOutputSink? notes)
        {
            _factory = factory;
            _credentials = credentials;
            DefaultRegionId = defaultRegionId;
            RegionSource = regionSource;
            _endpointOption = endpointOption;
            _notes = notes;
        }

        /// <summary>
        /// The same credentials, region and endpoint, with clients whose retry and endpoint notes go to
        /// <paramref name="sink"/>'s debug stream. The cmdlet hands each operation a session reporting to
        /// the operation's own (queueing) sink, so notes made on worker threads reach the host like any write.
        /// </summary>
        public AcsSession ReportingTo(IOutputSink sink) =>
            new AcsSession(_factory, _credentials, DefaultRegionId, RegionSource, _endpointOption, sink ?? throw new ArgumentNullException(nameof(sink)));

        public string? DefaultRegionId { get; }
        /// <summary>E.g. "parameter -RegionId", "environment ALIBABA_CLOUD_REGION_ID".</summary>
        public string RegionSource { get; }
        /// <summary>E.g. "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID"; never the secret.</summary>
        public string CredentialSource => _credentials.Source;

        /// <param name="regionId">Null means <see cref="DefaultRegionId"/>.</param>
        public IRpcClient Ecs(string? regionId = null)
        {
            var region = string.IsNullOrWhiteSpace(regionId) ? DefaultRegionId : regionId!.Trim();
            if (region is null)
                throw new AcsConfigurationException("No region is known for ECS. Pass -RegionId (e.g. -RegionId cn-hangzhou), run Set-AppSnapshotDefault -RegionId, set ALIBABA_CLOUD_REGION_ID, or set region_id in your profile.");
            return Get(ApiProduct.Ecs, region);
        }

        public IRpcClient Ram => Get(ApiProduct.Ram, null);

        /// <summary>STS in ALIBABA_CLOUD_STS_REGION if set, else the central endpoint.</summary>
        public IRpcClient Sts => Get(ApiProduct.Sts, _factory.StsRegion(null));

        private IRpcClient Get(ApiProduct product, string? region) =>
            _clients.GetOrAdd(product.Name + "|" + region, _ => _factory.CreateClient(product, region, _credentials, _endpointOption, _notes));

        public override string ToString() => "AcsSession(" + CredentialSource + ", region " + (DefaultRegionId ?? "not set") + ")";
    }

    /// <summary>A cached credential provider plus the key and description that identify it.</summary>
    internal sealed class CredentialHandle
    {
        public CredentialHandle(string key, string source, ICredentialProvider provider)
        {
            Key = key;
            Source = source;
            Provider = provider;
        }

        public string Key { get; }
        public string Source { get; }
        public ICredentialProvider Provider { get; }
    }
}
