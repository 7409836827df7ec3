namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>A rule that, when it applies, recommends an approach; some recommend by the team's talent and capacity.</summary>
internal sealed record ApproachRule(
    string Id,
    string Statement,
    string Source,
    Func<InitiativeFacts, bool> Applies,
    Func<InitiativeFacts, Approach> Recommends) : DecisionRule(Id, Statement, Source)
{
    /// <summary>The recommended approach and the reason, citing what both the condition and the choice read; or null.</summary>
    public (Approach Approach, Reason Reason)? Evaluate(InitiativeFacts facts)
    {
        var ruleFacts = facts.Fresh();
        if (!Applies(ruleFacts))
        {
            return null;
        }
        var approach = Recommends(ruleFacts);
        return (approach, ruleFacts.Cite(this));
    }
}
