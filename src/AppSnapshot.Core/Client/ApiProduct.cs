namespace AppSnapshot.Client
{
    /// <summary>A product's name, API version and the override variable for its endpoint.</summary>
    internal sealed class ApiProduct
    {
        public static readonly ApiProduct Ecs = new ApiProduct("Ecs", "2014-05-26", "ALIBABA_CLOUD_ECS_ENDPOINT");
        public static readonly ApiProduct Ram = new ApiProduct("Ram", "2015-05-01", "ALIBABA_CLOUD_RAM_ENDPOINT");
        public static readonly ApiProduct Sts = new ApiProduct("Sts", "2015-04-01", "ALIBABA_CLOUD_STS_ENDPOINT");

        private ApiProduct(string name, string version, string endpointVariable)
        {
            Name = name;
            Version = version;
            EndpointVariable = endpointVariable;
        }

        public string Name { get; }
        public string Version { get; }
        public string EndpointVariable { get; }
        public override string ToString() => Name;
    }
}
