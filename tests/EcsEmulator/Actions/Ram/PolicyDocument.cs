using System.Text.Json;
using System.Text.Json.Nodes;
using EcsEmulator.Http;

namespace EcsEmulator.Actions.Ram;

internal static class PolicyDocument
{
    /// <summary>Refuses a document that is not a JSON object with a Statement array (MalformedPolicyDocument).</summary>
    public static void Validate(string document)
    {
        try
        {
            if (JsonNode.Parse(document) is JsonObject o && o["Statement"] is JsonArray { Count: > 0 }) return;
        }
        catch (JsonException)
        {
        }
        throw new ApiException(400, "MalformedPolicyDocument", "The policy document is malformed.");
    }
}
