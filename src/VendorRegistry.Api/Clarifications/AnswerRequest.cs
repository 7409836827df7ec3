using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Clarifications;

/// <summary>The client's answer to a clarification question, which every invitee will read.</summary>
public sealed record AnswerRequest([Required, StringLength(4000, MinimumLength = 1)] string Answer);
