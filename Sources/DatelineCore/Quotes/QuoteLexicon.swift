/// The word tables the quote stage reads, from `Resources/Lexicons/quotes-*.tsv`.
struct QuoteLexicon: Sendable {
    /// How a speech verb takes its content (see `quotes-speech-verbs.tsv`).
    enum Frame: String, Sendable {
        case plain, object, `as`, weak
    }

    struct Verb: Sendable {
        var kind: String
        var frame: Frame
    }

    /// Multi-word cues (`according to`, `wrote on`, `pointed out`).
    enum PhraseKind: String, Sendable {
        case according, medium, verb
    }

    enum WordClass: String, Sendable {
        case function
        case personPronoun = "pronoun-person"
        case groupPronoun = "pronoun-group"
        case selfPronoun = "pronoun-self"
        case relativePronoun = "pronoun-relative"
        case skip
        case boundary
        case notName = "notname"
    }

    let verbs: [String: Verb]
    /// Phrases by their first word; each with its remaining words.
    let phrases: [String: [(rest: [String], kind: PhraseKind)]]
    /// Speaker nouns → plural.
    let speakerNouns: [String: Bool]
    let titles: Set<String>
    let orgCues: Set<String>
    let wordClasses: [String: WordClass]
    let particles: Set<String>
    let prepositions: Set<String>

    init() throws(LexiconError) {
        var verbs: [String: Verb] = [:]
        for row in try Lexicon.bundled("quotes-speech-verbs").rows where row.count >= 3 {
            verbs[row[0].lowercased()] = Verb(kind: row[1], frame: Frame(rawValue: row[2]) ?? .plain)
        }
        self.verbs = verbs
        var phrases: [String: [(rest: [String], kind: PhraseKind)]] = [:]
        for row in try Lexicon.bundled("quotes-cue-phrases").rows where row.count >= 2 {
            let words = row[0].lowercased().split(separator: " ").map(String.init)
            guard let first = words.first, let kind = PhraseKind(rawValue: row[1]) else { continue }
            phrases[first, default: []].append((Array(words.dropFirst()), kind))
        }
        for key in phrases.keys { phrases[key]?.sort { $0.rest.count > $1.rest.count } }
        self.phrases = phrases
        var nouns: [String: Bool] = [:]
        for row in try Lexicon.bundled("quotes-speaker-nouns").rows where row.count >= 2 {
            nouns[row[0].lowercased()] = row[1] == "plural"
        }
        speakerNouns = nouns
        titles = try Lexicon.bundled("quotes-titles").firstColumnSet
        orgCues = try Lexicon.bundled("quotes-org-cues").firstColumnSet
        var classes: [String: WordClass] = [:]
        for (word, cls) in try Lexicon.bundled("quotes-function-words").mapping {
            if let c = WordClass(rawValue: cls) { classes[word] = c }
        }
        wordClasses = classes
        particles = try Lexicon.bundled("quotes-name-particles").firstColumnSet
        prepositions = try Lexicon.bundled("quotes-prepositions").firstColumnSet
    }
}
