namespace AppSnapshot.EngineTests.Cmdlets;

/// <summary>How the debug stream is switched on.</summary>
public enum DebugMode
{
    /// <summary>-Debug -Verbose on the command.</summary>
    Switches,

    /// <summary>$DebugPreference = 'Continue' set in the runspace before the command.</summary>
    Preference,
}
