namespace AppSnapshot.Output
{
    /// <summary>
    /// The subset of PowerShell's ErrorCategory the engine uses. Names match ErrorCategory
    /// member names exactly, so the module maps them by name.
    /// </summary>
    public enum ErrorKind
    {
        NotSpecified,
        InvalidArgument,
        InvalidOperation,
        InvalidData,
        InvalidResult,
        ObjectNotFound,
        PermissionDenied,
        AuthenticationError,
        SecurityError,
        ResourceUnavailable,
        ResourceExists,
        ResourceBusy,
        LimitsExceeded,
        QuotaExceeded,
        OperationTimeout,
        OperationStopped,
        ConnectionError,
        NotInstalled,
        NotEnabled,
        ProtocolError,
        DeviceError,
        WriteError,
    }
}
