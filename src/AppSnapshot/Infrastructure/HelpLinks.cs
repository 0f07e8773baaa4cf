namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>Where each cmdlet's help lives online (HelpUri); the same address as the "online version" of its markdown.</summary>
    internal static class HelpLinks
    {
        public const string Base = "https://github.com/appsnapshot/AppSnapshot/blob/main/docs/help/";
    }
}
