using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using static OutsourcingPortal.VendorRegistry.Api.RedFlags.Pattern;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// The phrasings that raise a red flag, one sentence at a time, written as bounded patterns over folded text (see
/// <see cref="MatchingText"/>; matching ignores case). Where the same words can be said the other way round ("we cannot
/// guarantee…", "engineers never rotate"), the trigger must not be negated. Patterns favour a flag an evaluator can
/// dismiss over a silent miss, but stay close to the phrasings of [001][002].
/// </summary>
internal static class PhraseRules
{
    // --- guaranteed-accuracy [001]: a metric figure promised, not merely targeted, before the data was seen.
    private const string Metric =
        @"\b(?:accura(?:cy|te)|precision|recall|f1(?:[\s-]?score)?|f-?(?:score|measure)|auc|roc(?:[\s-]auc)?|(?:word\s+)?error\s+rates?|(?:detection|success|hit|match|classification)\s+rates?|correct(?:ness|ly)?|mape|wer)\b";

    private const string SpelledNumber = @"\b(?:(?:one\s)?hundred|(?:ninety|eighty|seventy|sixty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)";

    private const string Figure =
        $@"(?:(?:(?<![\w.,])\d{{1,3}}(?:[.,]\d{{1,3}})?|{SpelledNumber})\s?(?:%|(?:percent|per\s?cent|pct)\b)|(?<![\w.,])0?[.,]\d{{1,4}}\b)";

    private const string StrongPromise = @"\b(?:guarantee[ds]?|guaranteeing|guaranty|promise[ds]?|promising|warrant(?:s|ed)?|pledge[ds]?|assure[ds]?)\b";

    private const string WeakPromise =
        @"(?:(?:\b(?:will|shall)|'ll)\s+(?:(?:definitely|certainly|always)\s+)?(?:achieve|deliver|reach|attain|hit|get|be|provide|exceed)\b|\bcommit(?:s|ted)?\s+to\b|\b(?:is|are)\s+(?:assured|certain)\b)";

    private const string Hedge =
        @"\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?|goal|objective|expect(?:s|ed|ing|ation)?|estimate[sd]?|hope|strive|benchmark|baseline|approximately|around|roughly|typically|usually|historically|likely|could|might|may)\b";

    // --- undisclosed-team [001]: nobody named, named later, or rotating.
    private const string People =
        @"\b(?:team|staff(?:ing)?|people|engineers?|developers?|scientists?|analysts?|consultants?|resources|personnel|specialists?|experts?|members|individuals|roles|squad)\b";

    private const string StaffingVerb =
        @"\b(?:assign(?:ed|s)?|allocat(?:e|ed|es)|staff(?:ed)?|select(?:ed|s)?|chos(?:e|en)|choose|nam(?:e|ed)|identif(?:y|ied)|confirm(?:ed|s)?|appoint(?:ed|s)?|disclos(?:e|ed)|introduc(?:e|ed)|onboard(?:ed)?|assembl(?:e|ed)|form(?:ed)?|put\s+together|shar(?:e|ed)|provid(?:e|ed)|decid(?:e|ed)|determin(?:e|ed))\b";

    private const string AtSigning =
        @"\b(?:after|upon|on|following|once|when|at)\s+(?:the\s+)?(?:(?:contract\s+)?(?:sign(?:ing|ed|ature|-?off)?|contract(?:ing)?|award(?:ed)?|kick-?off|project\s+start)|start\s+of\s+the\s+(?:project|engagement)|(?:the\s+)?(?:contract|agreement|sow|po|purchase\s+order)\s+(?:is\s+)?(?:signed|placed|issued|awarded)|we\s+(?:are\s+)?(?:awarded|selected|hired|chosen))\b";

    private const string Undecided =
        @"\b(?:to\s+be\s+(?:determined|decided|defined|confirmed|announced|assigned|named|identified|allocated|agreed)|tb[dca]|not\s+yet\s+(?:known|decided|determined|assigned|identified|confirmed|named|selected)|(?:decided|determined|confirmed|assigned|named|selected|chosen|allocated)\s+(?:later|in\s+due\s+course|at\s+a\s+later\s+(?:date|stage|point)))\b";

    // --- no-production-history [001][002]: research, prototypes and proofs of concept only.
    private const string Built = @"(?:models?|systems?|solutions?|projects?|deployments?|applications?|products?|ml|ai|pipelines?)\b";

    private const string Prototype =
        @"(?:research|po[cv]s?|proofs?[\s-]of[\s-]concepts?|prototypes?|prototyping|demos?|demonstrators?|experiments?|experimental|academic|lab|mvps?)\b";

    // --- rigid-fixed-price [001][002].
    private const string FixedPrice = @"\b(?:(?:firm[\s-])?fixed[\s-](?:price|fee|cost|sum|bid|quote)|lump[\s-]sum)\b";

    private const string AfterFeasibility = @"\b(?:after|following|once)\s+(?:the\s+|a\s+)?(?:discovery|pilot|poc|proof[\s-]of[\s-]concept|feasibility)\b";

    // --- broad-vendor-ip [001][002].
    private const string BroadIp =
        @"\b(?:proprietary\s+(?:tools?|tooling|platforms?|frameworks?|software|librar(?:y|ies)|components?|methods?|methodolog(?:y|ies)|accelerators?|assets?|technology|ip|know-how)|general\s+(?:methodolog(?:y|ies)|methods?|know-how|knowledge|techniques?)|reusable\s+(?:components?|code|modules?|assets?|libraries|building\s+blocks)|know-how|accelerators?|background\s+ip|pre-?existing\s+(?:ip|intellectual\s+property|tools?|components?|code|frameworks?|assets?|materials?))\b";

    private const string VendorParty = @"(?:(?:the\s+)?(?:vendor|supplier|provider|contractor|consultancy|agency)|us|our\s+(?:company|firm))\b";

    private const string Deliverable =
        @"\b(?:(?:trained\s+)?models?|(?:model\s+)?weights|(?:source\s+)?code|pipelines?|prompts?|datasets?|derived\s+data|(?:evaluation\s+|test(?:ing)?\s+)?scripts?|documentation|deliverables|work\s+product)\b";

    private const string VendorRetainsRights =
        @"\b(?:we|vendor|the\s+vendor|supplier|provider|contractor)\s+(?:will\s+|shall\s+)?(?:retains?|keeps?|reserves?|holds?|owns?)\s+(?:(?:all|full|the|any|exclusive|sole|our)\s+)*(?:rights?|ownership|title|ip|intellectual\s+property|copyright)\b";

    private const string VendorKeeps = @"\b(?:we|vendor|the\s+vendor|supplier|provider|contractor)\s+(?:will\s+|shall\s+)?(?:retains?|keeps?|owns?|reserves?)\b";

    // --- no-data-retention-policy [001][002].
    private const string Keep =
        @"\b(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|store|stores|stored|storing|hold|holds|held|archive[sd]?|archiving)\b";

    private const string Forever =
        @"(?:indefinitely|forever|permanently|in\s+perpetuity|for\s+as\s+long\s+as\s+(?:we|needed|necessary|useful|required|it\s+is\s+useful)|without\s+(?:a\s+|any\s+)?(?:time\s+limit|expiry|end\s+date|deletion)|with\s+no\s+(?:time\s+limit|expiry|end\s+date))\b";

    private const string NoPolicy =
        @"\b(?:no|without\s+(?:a|any)|lack\s+(?:a|any)|(?:do|does)\s+not\s+(?:yet\s+)?have\s+(?:a|any)|\w{1,20}n't\s+(?:yet\s+)?(?:have|got)\s+(?:a|any))\s+(?:(?:formal|written|documented|specific|defined|established|official|clear|set)\s+)?";

    private const string PolicyWord = @"(?:polic(?:y|ies)|process|procedure|schedule|rules?)\b";

    private static readonly IReadOnlySet<string> TeamQuestions =
        new HashSet<string>(StringComparer.Ordinal) { BriefQuestionIds.TeamMembers, BriefQuestionIds.TimeCommitment };

    private static readonly IReadOnlySet<string> RetentionQuestion = new HashSet<string>(StringComparer.Ordinal) { BriefQuestionIds.DataRetention };

    private static readonly string FigureMetric = Any(
        $@"{Figure}[\s,:""()/]{{0,10}}{Gap(2)}{Metric}",
        Near(Metric, Figure, 3));

    private static readonly string Conditioned = Any(
        $@"\b(?:after|once|when|until)\s+(?:(?:we|you)(?:\s+have|'ve)?\s+)?(?:seen|see|seeing|analy[sz]e[sd]?|analy[sz]ing|review(?:ed|ing)?|assess(?:ed|ing)?|evaluat(?:e|ed|ing)|profil(?:e|ed|ing)|explor(?:e|ed|ing)|audit(?:ed|ing)?|examin(?:e|ed|ing))\s+{Gap(4)}data\b",
        @"\bafter\s+(?:the\s+|a\s+)?(?:pilot|discovery|proof[\s-]of[\s-]concept|poc|data\s+(?:audit|assessment|review|analysis))\b");

    // Whoever is not the client: vendors name themselves ("the property of Acme", "Acme's property").
    private const string NotClient = @"(?!(?:the\s+)?(?:client|customer|buyer|purchaser|you|your|both|each)\b)";

    private static readonly string RetainedByVendor = Unnegated(Any(
        $@"\b(?:remains?|stays?|will\s+(?:remain|stay)|shall\s+remain|is|are|will\s+be)\s+(?:the\s+)?(?:(?:sole|exclusive)\s+)?(?:(?:property|ownership|ip)\s+of\s+{NotClient}|(?:our|vendor|{NotClient}\w{{1,40}}'s)\s+(?:(?:sole|exclusive)\s+)?(?:property|ip)\b|ours\b)",
        $@"\b(?:remains?|stays?)\s+with\s+{VendorParty}",
        $@"\b(?:owned|retained|held)\s+(?:(?:exclusively|solely)\s+)?by\s+{VendorParty}"));

    public static IReadOnlyList<PhraseRule> All { get; } =
    [
        // A promise made once the data has been analysed is what [001] asks for, not the red flag.
        Rule(RedFlagKind.GuaranteedAccuracy,
            Any(Near(Unnegated(StrongPromise), FigureMetric, 6), Near(FigureMetric, Unnegated(StrongPromise), 4)),
            unless: Conditioned),
        // "Will reach 90%" promises only where nothing calls it a target or an estimate.
        Rule(RedFlagKind.GuaranteedAccuracy,
            Near(Unnegated(WeakPromise), FigureMetric, 6),
            unless: Any(Conditioned, Hedge)),

        Rule(RedFlagKind.UndisclosedTeam, Undecided) with { OnlyIn = TeamQuestions },
        // People named only once the contract is signed; a team named in the proposal is disclosed.
        Rule(RedFlagKind.UndisclosedTeam,
            Near(Any(
                    Near(People, Unnegated(StaffingVerb), 5),
                    Near(Unnegated(StaffingVerb), People, 3),
                    Near(@"\b(?:names|identities|cvs|resumes)\b", StaffingVerb, 4),
                    Unnegated(@"\b(?:staff|appoint|onboard)\b")),
                AtSigning, 3),
            unless: @"\b(?:named|listed|introduced|identified)\s+(?:above|below|here|in\s+(?:this|our|the)\s+(?:proposal|response|answer|section|annex|appendix))\b"),
        Rule(RedFlagKind.UndisclosedTeam,
            Any(
                Near(People, Unnegated(@"\brotat(?:e|es|ed|ing|ion)\b"), 3),
                Near(Unnegated(@"\brotat(?:e|es|ing)\b"), People, 2),
                Near(Unnegated(@"\brotation\s+of\b"), People, 2),
                Near(Unnegated(@"\brotating\b"), @"\b(?:team|staff|pool|bench|roster|engineers|resources|workforce|people)\b", 1),
                Near(Unnegated(@"\b(?:drawn|taken|staffed|sourced)\s+from\s+(?:our|a)\b"), @"(?:pool|bench)\b", 2)),
            unless: @"\brotat\w*\s+(?:is|are|will\s+be)\s+(?:not|never|excluded|avoided|prohibited|forbidden)\b"),
        // Here the negation is the warning sign: "we do not disclose names before signing".
        Rule(RedFlagKind.UndisclosedTeam,
            Near(@"(?:\b(?:do|does|will|can|could|would|shall)\s+not|\b\w{1,20}n't|\bcannot|\bunable\s+to|\bnot\s+able\s+to|\bprefer\s+not\s+to|\bdecline\s+to)\s+" + Gap(2) +
                 @"(?:disclose|share|name|reveal|provide|give|identify|commit|confirm|guarantee)\b",
                Any($@"names\s+of\s+{Gap(2)}{People}", $@"{People}(?:'s?)?\s+names", @"\b(?:individual\s+names|identities|individuals|cvs|resumes|the\s+team|our\s+team|team\s+members)\b",
                    $@"\bspecific\s+{People}", @"\bwho\s+(?:will|would)\s+(?:work|be\s+working|staff)", @"\bnames\s+(?:before|until|prior)\b"), 3)),

        // Nothing in production. "No model goes to production without shadow testing" is a rule, not a record.
        Rule(RedFlagKind.NoProductionHistory,
            Any(
                Near(@"\b(?:no|zero|0|none\s+of\s+(?:our|the|these|those|its))", Built, 3) + Sep + Gap(3) + @"(?:in|into|to|reached|reach(?:es|ing)?|made\s+it\s+(?:in)?to)\s+production\b",
                @"\b(?:no|zero|0)\s+" + Gap(1) + @"production\s+" + Built,
                Near(@"\b(?:ha(?:ve|s|d)(?:n't|\s+not|\s+never|\s+yet\s+to)|we've\s+(?:not|never|yet\s+to))\s+(?:yet\s+)?" + Gap(1) +
                     @"(?:deploy|ship|put|take|taken|bring|brought|release|launch|push|move|get|got|gotten|go|gone|run)\w*\b",
                     @"(?:(?:in|into|to|on)\s+(?:a\s+|the\s+)?production|live)\b", 4),
                Near(Built, @"not\s+(?:yet\s+)?(?:(?:deployed|running|live|used)\s+)?(?:in|into|to)\s+production\b", 3),
                @"\bnothing\s+" + Gap(2) + @"(?:in|into|to)\s+production\b"),
            unless: Near(@"\bproduction\b", @"(?:without|unless|until|before|if)\b", 3)) with { ReadsTrackRecord = true },
        // Research and prototypes only; "not only PoCs" is the opposite.
        Rule(RedFlagKind.NoProductionHistory,
            Any(
                Unnegated(@"\bonly") + @"\s+" + Gap(3) + Prototype,
                @"\b(?:limited|restricted|confined)\s+to\s+" + Gap(3) + Prototype,
                $@"\b{Prototype}\s+(?:(?:stage|level|phase|work|projects?)\s+)?(?:so\s+far|to\s+date|until\s+now|up\s+to\s+now)\b",
                @"\bstill\s+(?:(?:at|in)\s+(?:the\s+)?)?" + Gap(1) + Prototype)) with { ReadsTrackRecord = true },

        Rule(RedFlagKind.RigidFixedPrice,
            Any(
                @"\bno\s+(?:(?:further|additional|more)\s+)?(?:change[\s-]requests?|scope\s+changes?)\b",
                @"\bchange[\s-]requests?\s+(?:(?:(?:are|is|will\s+be)\s+(?:not|never)|cannot\s+be|aren't|won't\s+be)\s+(?:accepted|possible|allowed|permitted|supported|entertained)|(?:are|is|will\s+be)\s+(?:excluded|rejected|refused|out\s+of\s+scope))\b",
                @"(?:\b(?:do|does|will|shall|can)\s+not|\b\w{1,20}n't|\bcannot)\s+(?:accept|allow|permit|entertain|support|consider|agree\s+to)\s+" + Gap(2) + @"(?:scope\s+)?changes?\b",
                @"\b(?:scope|price|pricing|requirements|specification|budget|fee|quote|cost)\s+(?:is|are|will\s+be|remains?|stays?)\s+(?:fixed\s+and\s+)?(?:final|frozen|locked|firm\s+and\s+final|non-negotiable|not\s+negotiable|not\s+subject\s+to\s+(?:change|revision|adjustment)|fixed\s+(?:and|&)\s+final)\b",
                $@"{FixedPrice}\s*(?:,|and|&|/)\s*fixed[\s-]scope\b",
                @"\bfixed[\s-]scope\s*(?:,|and|&|/)\s*fixed[\s-](?:price|fee)\b")),
        // "The price cannot be changed" is rigid; "… without your approval" protects the client.
        Rule(RedFlagKind.RigidFixedPrice,
            Near(@"\b(?:price|scope|fee|budget|quote|cost)\b", @"(?:cannot|can't|will\s+not|won't|may\s+not|shall\s+not)\s+(?:be\s+)?(?:changed|adjusted|revised|renegotiated|increased|reopened|modified|altered|extended)\b", 2),
            unless: @"\b(?:without|unless)\b"),
        // One fixed price for everything. A fixed price once discovery or a pilot has shown the data is the
        // milestone-based model [001] recommends.
        Rule(RedFlagKind.RigidFixedPrice,
            Any(
                Near(Unnegated(FixedPrice), @"(?:for|covering|covers|on|across|over)\s+(?:(?:the|this|your)\s+)?(?:whole|entire|full|complete|all|total|end-to-end)\b", 4),
                Near(@"\b(?:whole|entire|full|complete)\s+(?:project|scope|engagement|build|delivery|solution|programme|program|roadmap|system)\b", Unnegated(FixedPrice), 4)),
            unless: AfterFeasibility),

        // A broad category of vendor IP kept by the vendor [001][002], or the deliverables themselves kept by it.
        Rule(RedFlagKind.BroadVendorIp, [Unnegated(BroadIp), Any(RetainedByVendor, Unnegated(VendorKeeps))]),
        Rule(RedFlagKind.BroadVendorIp,
            Any(Near(Deliverable, RetainedByVendor, 6), Near(Unnegated(VendorRetainsRights), Deliverable, 4))),

        Rule(RedFlagKind.NoDataRetentionPolicy,
            Any(
                Near(Unnegated(Keep), Forever, 4),
                NoPolicy + @"(?:data\s+)?(?:retention|deletion|retention\s+(?:and|or|&|/)\s+deletion|deletion\s+(?:and|or|&|/)\s+retention)\s+" + PolicyWord)),
        Rule(RedFlagKind.NoDataRetentionPolicy,
            Any(
                @"\b(?:data|records|copies|backups|datasets|information)\s+(?:is|are|will\s+be)\s+never\s+(?:deleted|purged|erased|destroyed)\b",
                @"\b(?:never|(?:do|does)\s+not|\w{1,20}n't)\s+(?:delete|purge|erase|destroy)\s+(?:(?:any|your|client|customer|the)\s+)?(?:data|records|datasets|information|copies)\b"),
            // "We do not delete data until the contract ends" states a policy.
            unless: @"\b(?:until|before|unless|within|except)\b"),
        // In the retention answer itself, "no formal policy" needs no mention of retention to be about it.
        Rule(RedFlagKind.NoDataRetentionPolicy,
            Any(
                NoPolicy + PolicyWord,
                @"\bpolic(?:y|ies)\s+" + Gap(3) + @"(?:tb[dca]\b|to\s+be\s+(?:defined|agreed|determined|written|drafted|decided)\b|not\s+yet\s+(?:defined|written|in\s+place|agreed)\b|(?:being|still\s+being)\s+(?:drafted|written|defined)\b)")) with { OnlyIn = RetentionQuestion },
    ];

    private static PhraseRule Rule(RedFlagKind kind, string pattern, string? unless = null) => Rule(kind, [pattern], unless);

    /// <summary>A rule whose patterns must all be found, in any order: "reusable components … remain our property".</summary>
    private static PhraseRule Rule(RedFlagKind kind, string[] allOf, string? unless = null) =>
        new(kind, [.. allOf.Select(Compile)], unless is null ? null : Compile(unless));
}
