using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>
    /// A list that reads well outside PowerShell: ConvertTo-Json writes it as an array, while
    /// Export-Csv and string conversion, which call ToString, get its items joined by the separator
    /// (instead of the type name a plain List gives).
    /// </summary>
    public sealed class JoinedList<T> : List<T>
    {
        private readonly string _separator;

        public JoinedList(string separator, IEnumerable<T>? items = null)
        {
            _separator = separator;
            if (items != null) AddRange(items);
        }

        public override string ToString() => string.Join(_separator, this);
    }

    /// <summary>The separators of the models' lists.</summary>
    internal static class ListSeparators
    {
        /// <summary>Ids and names: "s-1, s-2".</summary>
        public const string Items = ", ";
        /// <summary>Lines of text: one per line.</summary>
        public const string Lines = "\n";
    }
}
