/// What the event stage knows about an event beyond its public fields: the words for its summary and
/// how specific the text was about it. Carried from ``LocalEvent`` to ``Event`` for the merge; not part
/// of the JSON contract.
public struct EventDetail: Hashable, Sendable {
    /// Summary verb phrase, past (`met`, `held talks with`).
    public var verb: String
    /// The same phrase for a planned or denied event (`meet`, `hold talks with`).
    public var verbBase: String
    /// Sides the text describes without naming them (`a group of freed captives`).
    public var unnamed: [String]
    /// The trigger as written (`held direct talks`).
    public var trigger: String
    /// The text gives no date of its own for this mention (its date is the publication date or a bound).
    public var generic: Bool
    /// The mention speaks of several sessions (`has been conducting negotiations`, `ongoing talks`).
    public var series: Bool
    /// Participants were taken from an earlier mention (`the talks` after `X held talks with Y`).
    public var anaphoric: Bool
    /// The preposition a role was named after (`target` → `on` in `imposed a deadline on X`).
    public var prepositions: [String: String]
    /// The object as written when it names nobody (`a deadline`, `the ceasefire`).
    public var object: String?
    /// The role of the trigger's subject (`visitor` for `visited`, `host` for `hosted`): who leads the summary.
    public var subjectRole: String?

    public init(verb: String = "", verbBase: String = "", unnamed: [String] = [], trigger: String = "",
                generic: Bool = false, series: Bool = false, anaphoric: Bool = false,
                prepositions: [String: String] = [:], object: String? = nil, subjectRole: String? = nil) {
        self.verb = verb
        self.verbBase = verbBase
        self.unnamed = unnamed
        self.trigger = trigger
        self.generic = generic
        self.series = series
        self.anaphoric = anaphoric
        self.prepositions = prepositions
        self.object = object
        self.subjectRole = subjectRole
    }
}
