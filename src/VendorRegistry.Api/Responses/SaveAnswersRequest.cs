using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>A vendor's whole answer sheet for a brief's questionnaire version: question id → text (null or blank clears it).</summary>
public sealed record SaveAnswersRequest([Required] int? QuestionnaireVersion, [Required] Dictionary<string, string?>? Answers);
