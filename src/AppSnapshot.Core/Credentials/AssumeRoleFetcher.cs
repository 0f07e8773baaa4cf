using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Common;

namespace AppSnapshot.Credentials
{
    /// <summary>STS AssumeRole through our own signed client (reference §3.6).</summary>
    internal sealed class AssumeRoleFetcher
    {
        private readonly IRpcClient _sts;
        private readonly CredentialSpec _spec;
        private readonly IClock _clock;

        public AssumeRoleFetcher(IRpcClient sts, CredentialSpec spec, IClock clock)
        {
            _sts = sts;
            _spec = spec;
            _clock = clock;
        }

        public async Task<AcsCredential> FetchAsync(CancellationToken cancellationToken)
        {
            var sessionName = _spec.RoleSessionName ??
                "appsnapshot-" + _clock.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var request = new RpcRequest("AssumeRole")
                .Add("RoleArn", _spec.RoleArn)
                .Add("RoleSessionName", sessionName)
                .Add("DurationSeconds", _spec.DurationSeconds ?? 3600)
                .Add("Policy", _spec.Policy)
                .Add("ExternalId", _spec.ExternalId);
            var response = await _sts.CallAsync(request, cancellationToken).ConfigureAwait(false);
            var credentials = response.Body.GetObject("Credentials")
                ?? throw new AcsConfigurationException("STS AssumeRole for " + _spec.Source + ": the answer has no Credentials object.");
            return StsCredentialReader.Read(credentials, "STS AssumeRole for " + _spec.Source);
        }
    }
}
