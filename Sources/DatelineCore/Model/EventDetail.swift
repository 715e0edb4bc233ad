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
    /// The object as written when it names nobody (`a deadline`, `the ceasefire`); for a passive verb,
    /// the unnamed subject that received the act (`four hostages` in `four hostages were released`).
    public var object: String?
    /// The role of the trigger's subject in the active voice (`visitor` for `visited`, `host` for
    /// `hosted`, `agent` for `was freed by X`): who leads the summary.
    public var subjectRole: String?
    /// The trigger is a noun (`talks`, `release`), not a verb.
    public var isNoun: Bool
    /// A light verb carries the noun trigger (`held talks`, `issued a statement`): the actor before it
    /// is its subject, and the summary may be a sentence.
    public var lightVerb: Bool
    /// The role of a noun trigger's possessor (`agent` in `Israel's decision`), if one was named.
    public var possessorRole: String?
    /// The trigger verb was passive (`were freed`, `was consulted by X`).
    public var passive: Bool
    /// The event said as a noun phrase: for a noun trigger, its words as written without determiner
    /// or named possessor (`ceasefire’s first phase`, `decision to withhold aid deliveries`); for a verb,
    /// the trigger row's noun (`release`, `killing`). Nil: the kind's label.
    public var nominal: String?
    /// The role of the verb's object (`patient` for `released`, `target` for `attacked`); nil when the
    /// trigger takes none.
    public var objectRole: String?
    /// What the object is called, as written (`a foreign terrorist organization` in `designated X as a
    /// foreign terrorist organization`).
    public var complement: String?
    /// How many of the first participants were the trigger's grammatical subject (`X and Y negotiated
    /// with Z`: 2); 0 when none or unknown.
    public var subjectCount: Int

    public init(verb: String = "", verbBase: String = "", unnamed: [String] = [], trigger: String = "",
                generic: Bool = false, series: Bool = false, anaphoric: Bool = false,
                prepositions: [String: String] = [:], object: String? = nil, subjectRole: String? = nil,
                isNoun: Bool = false, lightVerb: Bool = false, possessorRole: String? = nil, passive: Bool = false,
                nominal: String? = nil, objectRole: String? = nil, complement: String? = nil, subjectCount: Int = 0) {
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
        self.isNoun = isNoun
        self.lightVerb = lightVerb
        self.possessorRole = possessorRole
        self.passive = passive
        self.nominal = nominal
        self.objectRole = objectRole
        self.complement = complement
        self.subjectCount = subjectCount
    }
}
