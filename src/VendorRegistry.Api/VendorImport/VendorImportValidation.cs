using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.Extensions.Validation;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>
/// Checks an imported row's profile with the very rules <c>PUT /vendors/{id}</c> applies (the framework's generated
/// validation of <see cref="VendorProfileRequest"/>), and names each error by its CSV column.
/// </summary>
internal static class VendorImportValidation
{
    public static async Task<List<(string Column, string Message)>> ErrorsAsync(
        ValidationOptions options, VendorProfileRequest request, CancellationToken cancellationToken)
    {
        // The validation API is marked experimental in .NET 10; it is what the endpoints already run.
#pragma warning disable ASP0029
        if (!options.TryGetValidatableTypeInfo(typeof(VendorProfileRequest), out var info))
        {
            throw new InvalidOperationException("The validation of vendor profiles was not generated: call AddValidation().");
        }
        var context = new ValidateContext { ValidationOptions = options, ValidationContext = new ValidationContext(request) };
        await info.ValidateAsync(request, context, cancellationToken);
#pragma warning restore ASP0029
        return [.. (context.ValidationErrors ?? []).SelectMany(error => error.Value.Select(message => (ColumnOf(error.Key), message)))];
    }

    /// <summary><c>RateCard[0].Currency</c> is the rateCard column; <c>Security.Gdpr</c> the gdpr column.</summary>
    private static string ColumnOf(string key)
    {
        var path = key.StartsWith($"{nameof(VendorProfileRequest.Security)}.", StringComparison.Ordinal) ? key[(key.IndexOf('.') + 1)..] : key;
        return JsonNamingPolicy.CamelCase.ConvertName(path.Split('[', '.')[0]);
    }
}
