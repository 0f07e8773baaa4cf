using System;

namespace AppSnapshot.Common
{
    /// <summary>
    /// Credentials, region, profile file or endpoint cannot be resolved. The message says what was
    /// tried and what to do; it names files and keys, never secret values.
    /// </summary>
    public sealed class AcsConfigurationException : Exception
    {
        public AcsConfigurationException(string message, Exception? innerException = null) : base(message, innerException) { }
    }
}
