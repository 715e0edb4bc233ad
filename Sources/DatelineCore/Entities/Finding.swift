/// One name (or demonym, or capital) read in a sentence, before the document's findings are grouped
/// into entities by ``Coreference``.
struct Finding {
    /// How sure the reading of the kind is.
    enum Strength: Int, Comparable {
        case guess = 0, context = 1, cue = 2, known = 3
        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    /// The name's tokens (titles and possessive `’s` excluded from `range`).
    var tokens: Range<Int>
    var range: TextRange
    var sentence: Int
    /// The name as written (possessive dropped).
    var surface: String
    /// Kind read from the text, or nil when nothing says.
    var kind: ActorKind?
    var strength: Strength
    /// The gazetteer entry it names, if any.
    var gazetteer: Int?
    var form: MentionForm
    /// Roles and titles the text gives right there (`Secretary of State`, `associate fellow at …`).
    var descriptions: [String] = []
    /// Why it was read so (`title`, `org-cue:Institute`, `gazetteer:country` …).
    var evidence: String
    /// For `the Trump administration`: the person finding it belongs to, and whether it stands for a government.
    var organOf: Int?
    var organIsGovernment = false

    init(tokens: Range<Int>, range: TextRange, sentence: Int, surface: String, kind: ActorKind?, strength: Strength,
         gazetteer: Int? = nil, form: MentionForm = .name, evidence: String) {
        self.tokens = tokens
        self.range = range
        self.sentence = sentence
        self.surface = surface
        self.kind = kind
        self.strength = strength
        self.gazetteer = gazetteer
        self.form = form
        self.evidence = evidence
    }
}
