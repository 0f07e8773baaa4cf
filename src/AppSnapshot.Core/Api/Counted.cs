using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AppSnapshot.Api
{
    /// <summary>The subjects of the calls' verbose lines: "1 instance", "100 instances", or the id itself when there is one.</summary>
    internal static class Counted
    {
        public static string Of(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

        /// <summary>"i-abc" for one id, "3 instances" for more.</summary>
        public static string Ids(IEnumerable<string> ids, string noun)
        {
            var list = ids as IReadOnlyCollection<string> ?? ids.ToList();
            return list.Count == 1 ? list.First() : Of(list.Count, noun);
        }
    }
}
