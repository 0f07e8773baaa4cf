using System;
using System.Linq;

namespace AppSnapshot.Models
{
    /// <summary>
    /// The models show enum values by name, so that JSON and CSV carry "Application" rather than 3;
    /// code works with the typed value behind the name. This reads a name back (any case).
    /// </summary>
    internal static class EnumName
    {
        public static T Parse<T>(string? name, string property) where T : struct
        {
            var match = Enum.GetNames(typeof(T)).FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match == null)
                throw new ArgumentException("'" + name + "' is not a valid " + property + "; use one of: " + string.Join(", ", Enum.GetNames(typeof(T))) + ".", property);
            return (T)Enum.Parse(typeof(T), match);
        }
    }
}
