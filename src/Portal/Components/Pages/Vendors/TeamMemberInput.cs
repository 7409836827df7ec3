using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Vendors;

/// <summary>A row of the team form: a named person, their role and their years with the vendor.</summary>
public sealed class TeamMemberInput
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [Required, StringLength(200)]
    public string Role { get; set; } = "";

    [Range(0, 60)]
    public int YearsWithVendor { get; set; }
}
