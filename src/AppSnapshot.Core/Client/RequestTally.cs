using System.Globalization;

namespace AppSnapshot.Client
{
    /// <summary>What the requests of one call came to, so that its error can say how many were really sent.</summary>
    internal sealed class RequestTally
    {
        /// <summary>Requests on the wire, including copies the HTTP stack resent by itself.</summary>
        public int Sent { get; private set; }
        /// <summary>Requests that reached the service without an answer coming back.</summary>
        public int Lost { get; private set; }
        public int AnsweredCount { get; private set; }

        public void Answered()
        {
            Sent++;
            AnsweredCount++;
        }

        public void Failed(bool requestSent)
        {
            if (!requestSent) return;
            Sent++;
            Lost++;
        }

        /// <summary>The service refused a copy of our request as a nonce replay: the first copy's answer was lost.</summary>
        public void HiddenResend()
        {
            Sent += 2;
            Lost++;
            AnsweredCount++;
        }

        public string Describe(int attempts)
        {
            var tries = attempts == 1 ? "1 attempt" : attempts.ToString(CultureInfo.InvariantCulture) + " attempts";
            if (Sent == 0) return tries + ", no request reached the service";
            return tries + ", " + Count(Sent, "request") + " sent, " + (AnsweredCount == 0 ? "none" : AnsweredCount.ToString(CultureInfo.InvariantCulture)) + " answered";
        }

        private static string Count(int n, string what) => n.ToString(CultureInfo.InvariantCulture) + " " + what + (n == 1 ? "" : "s");
    }
}
