using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>
/// Gives each parameter its value: from configuration (<c>Parameters:{name}</c>, as Aspire reads them), else one
/// generated once and kept, readable by the owner only, in the data folder so a second run reuses the data.
/// </summary>
internal static class SecretStore
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static void Resolve(IEnumerable<ParameterResource> parameters, IConfiguration configuration, string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "secrets.json");
        var stored = File.Exists(file)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? []
            : [];
        var changed = false;
        foreach (var parameter in parameters)
        {
            parameter.Value = configuration[$"Parameters:{parameter.Name}"]
                ?? stored.GetValueOrDefault(parameter.Name);
            if (parameter.Value is null)
            {
                parameter.Value = stored[parameter.Name] = RandomNumberGenerator.GetString(Alphabet, Math.Max(parameter.GeneratedMinLength, 22));
                changed = true;
            }
        }
        if (changed)
        {
            OwnerOnlyFile.WriteAllText(file, JsonSerializer.Serialize(stored));
        }
    }
}
