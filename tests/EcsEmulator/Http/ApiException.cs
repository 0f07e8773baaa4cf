namespace EcsEmulator.Http;

/// <summary>An Alibaba-style API error: HTTP status plus Code and Message for the error body.</summary>
internal sealed class ApiException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    public static ApiException Missing(string name) =>
        new(400, "MissingParameter", $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied.");

    public static ApiException Invalid(string name, string? detail = null) =>
        new(400, "InvalidParameter", detail ?? $"The specified parameter \"{name}\" is not valid.");
}
