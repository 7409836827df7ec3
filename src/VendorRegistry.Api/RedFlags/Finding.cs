namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>A flag with where it was found: the question's place in the questionnaire (the profile after every question) and the offset in the text.</summary>
internal sealed record Finding(RedFlag Flag, int QuestionOrder, int Position);
