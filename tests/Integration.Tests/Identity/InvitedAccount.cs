namespace OutsourcingPortal.Integration.Tests.Identity;

/// <summary>A fresh account for a test that must not disturb the demo accounts (locking one out, suspending its organization).</summary>
public sealed record InvitedAccount(string Email, string DisplayName, string Password)
{
    public static InvitedAccount Create(string purpose, string domain) =>
        new($"{purpose}-{Guid.NewGuid():N}@{domain}", $"Test {purpose}", "Test-Account-2026!");
}
