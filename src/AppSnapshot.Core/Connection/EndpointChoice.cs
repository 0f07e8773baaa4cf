namespace AppSnapshot.Connection
{
    /// <summary>An endpoint for every product and where it came from (parameter -Endpoint or the session default).</summary>
    internal sealed class EndpointChoice
    {
        public EndpointChoice(string value, string source)
        {
            Value = value;
            Source = source;
        }

        public string Value { get; }
        public string Source { get; }
    }
}
