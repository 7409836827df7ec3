using System.Text.RegularExpressions;

namespace OutsourcingPortal.Hosting.ApplicationModel;

internal static partial class ResourceNames
{
    /// <summary>
    /// Names end up in environment variable names, SQL identifiers and Kubernetes objects, so they stay
    /// lower-case letters, digits and dashes, as Aspire requires.
    /// </summary>
    public static string Validate(string name)
    {
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException(
                $"Resource name '{name}' is invalid: use lower-case letters, digits and dashes, starting with a letter.",
                nameof(name));
        }
        return name;
    }

    /// <summary>Database names are created with SQL, so only plain lower-case identifiers are allowed.</summary>
    public static string ValidateSqlIdentifier(string identifier) =>
        SqlIdentifier().IsMatch(identifier)
            ? identifier
            : throw new ArgumentException(
                $"'{identifier}' is not a plain SQL identifier: use lower-case letters, digits and underscores.",
                nameof(identifier));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex SqlIdentifier();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}$")]
    private static partial Regex ValidName();
}
