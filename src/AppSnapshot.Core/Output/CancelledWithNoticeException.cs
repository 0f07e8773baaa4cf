using System;
using System.Threading;

namespace AppSnapshot.Output
{
    /// <summary>
    /// A cancellation (Ctrl+C, Stop) that leaves something the user must hear about, e.g. runs still going in
    /// the cloud. The operation also writes <see cref="Notice"/> as a warning, but a stopping pipeline drops
    /// writes, so the cmdlet shows it to the host itself.
    /// </summary>
    public sealed class CancelledWithNoticeException : OperationCanceledException
    {
        public CancelledWithNoticeException(string notice, Exception? inner, CancellationToken token)
            : base(notice, inner, token)
        {
            Notice = notice;
        }

        public string Notice { get; }
    }
}
