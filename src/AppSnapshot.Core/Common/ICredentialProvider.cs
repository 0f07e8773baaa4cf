using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Common
{
    /// <summary>Supplies the credential for the next request; temporary ones are cached and refreshed.</summary>
    internal interface ICredentialProvider
    {
        Task<AcsCredential> GetCredentialAsync(CancellationToken cancellationToken);

        /// <summary>Drops a cached temporary credential the server has rejected as expired.</summary>
        void Invalidate();
    }

    internal sealed class StaticCredentialProvider : ICredentialProvider
    {
        private readonly Task<AcsCredential> _credential;
        public StaticCredentialProvider(AcsCredential credential) => _credential = Task.FromResult(credential);
        public Task<AcsCredential> GetCredentialAsync(CancellationToken cancellationToken) => _credential;
        public void Invalidate() { }
    }
}
