using System;
using System.Collections.Generic;
using AppSnapshot.Common;

namespace AppSnapshot.Credentials
{
    /// <summary>
    /// The credential chain: explicit key pair, an explicitly named profile (-ProfileName), environment
    /// variables, the profile files, the ECS instance RAM role. The first source that is configured wins;
    /// a source that is configured but broken is an error rather than a silent fall-through. When
    /// nothing is found, one error lists every place tried and why it was skipped.
    /// </summary>
    internal sealed class CredentialResolver
    {
        private readonly ClientEnvironment _env;
        private readonly Func<string?, string> _probeMetadataRole;

        /// <param name="probeMetadataRole">Given a configured role name (or null), returns the role to use or throws <see cref="MetadataException"/>.</param>
        public CredentialResolver(ClientEnvironment env, Func<string?, string> probeMetadataRole)
        {
            _env = env;
            _probeMetadataRole = probeMetadataRole;
        }

        public CredentialSpec Resolve(CredentialRequest options)
        {
            var explicitSpec = FromParameters(options);
            if (explicitSpec != null) return explicitSpec;

            // A profile named on the command line (or as the session default) is an explicit choice and beats ambient environment variables.
            if (!string.IsNullOrWhiteSpace(options.ProfileName))
                return FromProfiles(options.ProfileName!.Trim(), options.ProfileNameSource, new List<string>())
                    ?? throw new InvalidOperationException("unreachable: a named profile either resolves or throws");

            var skipped = new List<string>();
            var fromEnvironment = FromEnvironment(skipped);
            if (fromEnvironment != null) return fromEnvironment;

            var (profileName, profileSource) = ProfileFromEnvironment();
            var fromProfile = FromProfiles(profileName, profileSource, skipped);
            if (fromProfile != null) return fromProfile;

            var fromMetadata = FromMetadata(null, skipped);
            if (fromMetadata != null) return fromMetadata;

            throw new AcsConfigurationException("No Alibaba Cloud credentials found. Tried: " + string.Join("; ", skipped) + ". " +
                "Pass -Credential (user name = AccessKey id, password = secret), set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, " +
                "or configure a profile with 'aliyun configure' (select it with -ProfileName or ALIBABA_CLOUD_PROFILE).");
        }

        /// <summary>The profile name to use when none is given on the command line, and where it came from.</summary>
        public (string? Name, string Source) ProfileFromEnvironment()
        {
            foreach (var name in EnvironmentNames.Profile)
            {
                var value = _env.Variable(name);
                if (value != null) return (value, "environment " + name);
            }
            return (null, "default");
        }

        private static CredentialSpec? FromParameters(CredentialRequest options)
        {
            var hasId = !string.IsNullOrEmpty(options.AccessKeyId);
            var hasSecret = !string.IsNullOrEmpty(options.AccessKeySecret);
            if (!hasId && !hasSecret)
            {
                if (!string.IsNullOrEmpty(options.SecurityToken))
                    throw new AcsConfigurationException("An STS security token was given without its temporary AccessKey pair; pass the pair with -Credential.");
                return null;
            }
            if (!hasId || !hasSecret)
                throw new AcsConfigurationException(hasId
                    ? "-Credential has an AccessKey id but no secret: its password must be the AccessKey secret."
                    : "-Credential has an AccessKey secret but no id: its user name must be the AccessKey id.");
            var hasToken = !string.IsNullOrEmpty(options.SecurityToken);
            return new CredentialSpec
            {
                Kind = CredentialKind.AccessKey,
                Source = hasToken ? "parameter -Credential with an STS token" : "parameter -Credential",
                AccessKeyId = options.AccessKeyId!.Trim(),
                AccessKeySecret = options.AccessKeySecret,
                SecurityToken = hasToken ? options.SecurityToken : null,
            };
        }

        private CredentialSpec? FromEnvironment(List<string> skipped)
        {
            var (idName, id) = First(EnvironmentNames.AccessKeyId);
            var (secretName, secret) = First(EnvironmentNames.AccessKeySecret);
            if (id is null && secret is null)
            {
                skipped.Add("environment: ALIBABA_CLOUD_ACCESS_KEY_ID not set");
                return null;
            }
            if (id is null) throw new AcsConfigurationException("Environment variable " + secretName + " is set but no AccessKey id variable (" + string.Join(", ", EnvironmentNames.AccessKeyId) + ") is; set both or neither.");
            if (secret is null) throw new AcsConfigurationException("Environment variable " + idName + " is set but no AccessKey secret variable (" + string.Join(", ", EnvironmentNames.AccessKeySecret) + ") is; set both or neither.");
            var (tokenName, token) = First(EnvironmentNames.SecurityToken);
            return new CredentialSpec
            {
                Kind = CredentialKind.AccessKey,
                Source = "environment variables " + idName + (token != null ? " and " + tokenName : ""),
                AccessKeyId = id,
                AccessKeySecret = secret,
                SecurityToken = token,
            };
        }

        /// <summary>
        /// Looks for the profile in config.json, then the INI file. With an explicit name, not finding it
        /// is an error; without one the CLI's current profile (or "default") is used if present.
        /// </summary>
        private CredentialSpec? FromProfiles(string? explicitName, string nameSource, List<string> skipped)
        {
            var searched = new List<string>();
            var cli = LoadCliConfig(skipped);
            if (cli != null)
            {
                var name = explicitName ?? cli.Current ?? "default";
                if (cli.Contains(name)) return WithMetadataRole(cli.ToSpec(name));
                var reason = cli.Path + ": no profile '" + name + "'";
                skipped.Add(reason);
                searched.Add(reason);
            }
            var ini = LoadIni(skipped);
            if (ini != null)
            {
                var section = explicitName ?? "default";
                if (ini.Contains(section)) return WithMetadataRole(ini.ToSpec(section));
                var reason = ini.Path + ": no section [" + section + "]";
                skipped.Add(reason);
                searched.Add(reason);
            }
            if (explicitName != null)
                throw new AcsConfigurationException("Profile '" + explicitName + "' (from " + nameSource + ") was not found: " +
                    (searched.Count == 0 ? "no profile file exists (" + string.Join("; ", skipped) + ")" : string.Join("; ", searched)) + ".");
            return null;
        }

        public CliConfigFile? LoadCliConfig(List<string>? skipped)
        {
            if (_env.IsTrue(EnvironmentNames.CliProfileDisabled))
            {
                skipped?.Add("~/.aliyun/config.json: skipped (" + EnvironmentNames.CliProfileDisabled + "=true)");
                return null;
            }
            var path = CliConfigFile.DefaultPath(_env.HomeDirectory);
            var file = CliConfigFile.Load(path);
            if (file is null) skipped?.Add(path + ": file not found");
            return file;
        }

        public IniCredentialsFile? LoadIni(List<string>? skipped)
        {
            var overridePath = _env.Variable(EnvironmentNames.CredentialsFile);
            var candidates = IniCredentialsFile.CandidatePaths(_env.HomeDirectory, overridePath);
            foreach (var path in candidates)
            {
                var file = IniCredentialsFile.Load(path);
                if (file != null) return file;
            }
            skipped?.Add(string.Join(" or ", candidates) + ": file not found" + (overridePath != null ? " (path from " + EnvironmentNames.CredentialsFile + ")" : ""));
            return null;
        }

        private CredentialSpec WithMetadataRole(CredentialSpec spec)
        {
            if (spec.Kind == CredentialKind.EcsRamRole)
            {
                try
                {
                    spec.RoleName = _probeMetadataRole(spec.RoleName);
                }
                catch (MetadataException ex)
                {
                    throw new AcsConfigurationException(spec.Source + ": the ECS metadata service cannot provide the instance RAM role: " + ex.Message + ".", ex);
                }
            }
            return spec;
        }

        private CredentialSpec? FromMetadata(string? roleName, List<string> skipped)
        {
            if (_env.IsTrue(EnvironmentNames.MetadataDisabled))
            {
                skipped.Add("ECS metadata: skipped (" + EnvironmentNames.MetadataDisabled + "=true)");
                return null;
            }
            try
            {
                var role = _probeMetadataRole(roleName ?? _env.Variable(EnvironmentNames.MetadataRoleName));
                return new CredentialSpec { Kind = CredentialKind.EcsRamRole, RoleName = role, Source = "ECS instance RAM role '" + role + "' (metadata service)" };
            }
            catch (MetadataException ex)
            {
                skipped.Add("ECS metadata: " + ex.Message);
                return null;
            }
        }

        private (string? Name, string? Value) First(string[] names)
        {
            foreach (var name in names)
            {
                var value = _env.Variable(name);
                if (value != null) return (name, value);
            }
            return (null, null);
        }
    }
}
