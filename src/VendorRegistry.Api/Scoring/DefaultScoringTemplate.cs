namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>The default criteria, in the order of the brief questionnaire's areas, with what evaluators look for.</summary>
internal static class DefaultScoringTemplate
{
    // Equal, as the assessment's readiness signals are: the articles rank none of these above another.
    private const decimal Equal = 1;

    public static ScoringTemplate Create() => new(
    [
        new("problem-definition", "Problem definition", Equal,
            "Restates the business problem unprompted and pushes back on what is vague [000]."),
        new("delivery-experience", "Delivery experience", Equal,
            "Shipped AI to production, and is candid about what went wrong and how it was fixed [000]."),
        new("data-security", "Data security", Equal,
            "Prompt logging, environment separation and third-party tool access are under control [000]."),
        new("evaluation-and-testing", "Evaluation and testing", Equal,
            "Measures model quality after deployment with a working MLOps or LLMOps setup [000]."),
        new("engineering-breadth", "Engineering breadth", Equal,
            "Handles API design, frontend integration and legacy connectivity, not only the model [000]."),
        new("ownership", "Ownership", Equal,
            "Prompts, pipelines and documentation are the client's when the engagement ends [000]."),
        new("pilot-structure", "Pilot structure", Equal,
            "Proposes the smallest engagement that produces a measurable result [000]."),
        new("technical-due-diligence", "Technical due diligence", Equal,
            "Experiment tracking, model versioning and data validation; handles incomplete or drifting data; models still running in production [001]."),
        new("security", "Security", Equal,
            "Encryption in transit and at rest, access control and audit logs, data residency, and the certifications the regulation needs [001][002]."),
        new("ip-ownership", "IP and ownership", Equal,
            "Models, derived data, code and evaluation scripts are the client's; pre-existing vendor IP is named and licensed, not broad [001][002]."),
        new("pilot-proposal", "Pilot proposal", Equal,
            "A concrete pilot with a success metric measured on the client's data and a go/no-go decision at its end [000][001]."),
        new("price", "Price", Equal,
            "Fair for the value, with a pricing model that handles uncertainty and scope change [001][002]."),
    ]);
}
