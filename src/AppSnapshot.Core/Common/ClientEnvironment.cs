using System;
using System.Net.Http;

namespace AppSnapshot.Common
{
    /// <summary>Everything the factory reads from the world, injectable so tests never touch the real environment or home.</summary>
    public sealed class ClientEnvironment
    {
        private static readonly Lazy<ClientEnvironment> ProcessEnvironment = new Lazy<ClientEnvironment>(() =>
            new ClientEnvironment(Environment.GetEnvironmentVariable, DefaultHome()));

        /// <param name="handler">When given, used for every HTTP request (API and metadata) and never disposed by the factory.</param>
        public ClientEnvironment(Func<string, string?> getVariable, string homeDirectory, IClock? clock = null, HttpMessageHandler? handler = null)
        {
            GetVariable = getVariable ?? throw new ArgumentNullException(nameof(getVariable));
            HomeDirectory = homeDirectory ?? throw new ArgumentNullException(nameof(homeDirectory));
            Clock = clock ?? SystemClock.Instance;
            Handler = handler;
        }

        public static ClientEnvironment Process => ProcessEnvironment.Value;

        public Func<string, string?> GetVariable { get; }
        public string HomeDirectory { get; }
        public IClock Clock { get; }
        public HttpMessageHandler? Handler { get; }

        /// <summary>A variable's value, with empty or whitespace-only values treated as unset.</summary>
        internal string? Variable(string name)
        {
            var value = GetVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }

        internal bool IsTrue(string name) => string.Equals(Variable(name), "true", StringComparison.OrdinalIgnoreCase);

        private static string DefaultHome()
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home)) home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetEnvironmentVariable("USERPROFILE") ?? ".";
            return home;
        }
    }
}
