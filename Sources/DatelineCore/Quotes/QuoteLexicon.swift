/// The word tables the quote stage reads, from `Resources/Lexicons/quotes-*.tsv`.
///
/// Every word of every table is interned once in a byte-keyed table (``ByteWordTable``): a token's
/// facts (speech verb, speaker noun, title, …) cost one probe over its UTF-8 bytes, with no `String`
/// made and no `Hasher`.
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

    /// A multi-word cue starting with some word: the ids of its other words.
    struct Phrase: Sendable {
        var rest: [Int32]
        var kind: PhraseKind
    }

    /// What the tables say about one word.
    struct WordInfo: Sendable {
        var verb: Verb?
        var phrases: [Phrase] = []
        /// Speaker noun; true when plural.
        var speakerNoun: Bool?
        var isTitle = false
        var isOrgCue = false
        var isParticle = false
        var isPreposition = false
        /// A text that speaks (`the email said`).
        var isDocument = false
        var wordClass: WordClass?
        /// A capitalised word that is not a name on its own (the entity stage's common words and
        /// not-names tables): `Authorities said` at a sentence's start has no person named `Authorities`.
        var notAName = false
    }

    /// A demonym (`Palestinian`, `Americans`, `Arab`): its country in ``demonymCountries`` (0, an empty
    /// name, for peoples and regions without one), and whether it is a plural noun.
    struct Demonym: Sendable {
        var country: Int
        var plural: Bool
    }

    /// Facts by word id (``ByteWordTable`` values).
    let info: [WordInfo]
    let table: ByteWordTable
    let titles: Set<String>
    let speakerNouns: [String: Bool]
    let orgCues: Set<String>
    let documentNouns: Set<String>
    enum Gender: String, Sendable { case female, male }
    /// First names → gender.
    let nameGender: [String: Gender]
    /// Honorifics and gendered role words → gender.
    let roleGender: [String: Gender]
    /// Title words → the role nouns a description may use for the same person.
    let titleNouns: [String: [String]]
    /// Demonyms by lower-case word. Looked up only for the few tokens that may be one (a capitalised
    /// speaker name, the word before a speech verb), so they stay out of the per-token word table.
    let demonyms: [String: Demonym]
    /// Countries of the demonyms (``Demonym/country`` indexes it; "" for a people without a country).
    let demonymCountries: [String]

    init() throws(LexiconError) {
        var builder = ByteWordTable.Builder()
        var info: [WordInfo] = []
        func id(_ word: String) -> Int32 {
            let (id, new) = builder.intern(word.lowercased())
            if new { info.append(WordInfo()) }
            return id
        }
        for row in try Lexicon.bundled("quotes-speech-verbs").rows where row.count >= 3 {
            info[Int(id(row[0]))].verb = Verb(kind: row[1], frame: Frame(rawValue: row[2]) ?? .plain)
        }
        for row in try Lexicon.bundled("quotes-cue-phrases").rows where row.count >= 2 {
            let words = row[0].lowercased().split(separator: " ").map(String.init)
            guard let first = words.first, let kind = PhraseKind(rawValue: row[1]) else { continue }
            let rest = words.dropFirst().map { id($0) }
            info[Int(id(first))].phrases.append(Phrase(rest: rest, kind: kind))
        }
        for i in info.indices { info[i].phrases.sort { $0.rest.count > $1.rest.count } }
        var nouns: [String: Bool] = [:]
        for row in try Lexicon.bundled("quotes-speaker-nouns").rows where row.count >= 2 {
            nouns[row[0].lowercased()] = row[1] == "plural"
            info[Int(id(row[0]))].speakerNoun = row[1] == "plural"
        }
        speakerNouns = nouns
        titles = try Lexicon.bundled("quotes-titles").firstColumnSet
        for t in titles { info[Int(id(t))].isTitle = true }
        documentNouns = try Lexicon.bundled("quotes-document-nouns").firstColumnSet
        for w in documentNouns { info[Int(id(w))].isDocument = true }
        orgCues = try Lexicon.bundled("quotes-org-cues").firstColumnSet
        for w in orgCues { info[Int(id(w))].isOrgCue = true }
        var titleNouns: [String: [String]] = [:]
        for row in try Lexicon.bundled("quotes-title-nouns").rows where row.count >= 2 {
            titleNouns[row[0].lowercased(), default: []].append(row[1].lowercased())
        }
        self.titleNouns = titleNouns
        var nameGender: [String: Gender] = [:]
        var roleGender: [String: Gender] = [:]
        for row in try Lexicon.bundled("quotes-gender-words").rows where row.count >= 3 {
            guard let g = Gender(rawValue: row[1]) else { continue }
            if row[2] == "name" { nameGender[row[0].lowercased()] = g } else { roleGender[row[0].lowercased()] = g }
        }
        self.nameGender = nameGender
        self.roleGender = roleGender
        for (word, cls) in try Lexicon.bundled("quotes-function-words").mapping {
            if let c = WordClass(rawValue: cls) { info[Int(id(word))].wordClass = c }
        }
        for w in try Lexicon.bundled("quotes-name-particles").firstColumnSet { info[Int(id(w))].isParticle = true }
        for table in ["entities-common-words", "entities-not-names"] {
            for w in try Lexicon.bundled(table).firstColumnSet { info[Int(id(w))].notAName = true }
        }
        for w in try Lexicon.bundled("quotes-prepositions").firstColumnSet { info[Int(id(w))].isPreposition = true }
        // Demonyms: one-word adjectives and plurals of gazetteer-countries.tsv, then quotes-demonyms.tsv.
        var countries: [String] = [""]
        var demonyms: [String: Demonym] = [:]
        func demonym(_ form: String, country: Int, plural: Bool) {
            guard !form.isEmpty, !form.contains(" ") else { return }
            let key = form.lowercased()
            if demonyms[key] == nil { demonyms[key] = Demonym(country: country, plural: plural) }
        }
        for row in try Lexicon.bundled("gazetteer-countries").rows where row.count >= 3 {
            countries.append(row[0])
            let c = countries.count - 1
            for form in row[2].split(separator: "|") { demonym(String(form), country: c, plural: false) }
            if row.count >= 4 { for form in row[3].split(separator: "|") { demonym(String(form), country: c, plural: true) } }
        }
        for row in try Lexicon.bundled("quotes-demonyms").rows where row.count >= 2 {
            demonym(row[0], country: 0, plural: row[1] == "plural")
        }
        demonymCountries = countries
        self.demonyms = demonyms
        self.info = info
        table = builder.build()
    }
}

/// An immutable open-addressing table from lower-case words to small ids, probed with a token's raw
/// UTF-8 bytes (ASCII letters folded to lower case on the fly).
///
/// Cost: one FNV-1a pass over the bytes and, on average, about one comparison.
struct ByteWordTable: Sendable {
    private let keys: [UInt8]
    /// For each slot: start in `keys`, length, id; length 0 = empty.
    private let slots: [(start: Int32, length: Int32, id: Int32)]
    private let mask: Int
    /// Longest key, and which folded first bytes start some key: most tokens are rejected by these.
    private let maxLength: Int
    private let firstBytes: [Bool]
    /// Which folded two-byte prefixes start some key (65,536 flags), checked before hashing.
    private let prefixes: [Bool]
    /// A bit per high-bits hash value of the keys (about sixteen bits a key), read before the slots: the
    /// slots are too many to stay in the first-level cache, and most words hashed are in no table.
    private let filter: BitFilter

    struct Builder {
        var words: [[UInt8]] = []
        var ids: [String: Int32] = [:]

        mutating func intern(_ word: String) -> (Int32, Bool) {
            if let id = ids[word] { return (id, false) }
            let id = Int32(words.count)
            ids[word] = id
            words.append(Array(word.utf8))
            return (id, true)
        }

        func build() -> ByteWordTable { ByteWordTable(words) }
    }

    private init(_ words: [[UInt8]]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        var slots = [(start: Int32, length: Int32, id: Int32)](repeating: (0, 0, -1), count: size)
        var keys: [UInt8] = []
        for (id, w) in words.enumerated() where !w.isEmpty {
            var h = ByteWordTable.hash(w, 0, w.count) & (size - 1)
            while slots[h].length != 0 { h = (h + 1) & (size - 1) }
            slots[h] = (Int32(keys.count), Int32(w.count), Int32(id))
            keys.append(contentsOf: w)
        }
        self.keys = keys
        self.slots = slots
        mask = size - 1
        maxLength = words.map(\.count).max() ?? 0
        var first = [Bool](repeating: false, count: 256)
        for w in words where !w.isEmpty { first[Int(w[0])] = true }
        firstBytes = first
        var pre = [Bool](repeating: false, count: 65536)
        for w in words where w.count >= 2 { pre[Int(w[0]) << 8 | Int(w[1])] = true }
        for w in words where w.count == 1 { for c in 0..<256 { pre[Int(w[0]) << 8 | c] = true } }
        prefixes = pre
        var filter = BitFilter(keys: words.count, perKey: 16, minimum: 4096)
        for w in words where !w.isEmpty { filter.insert(ByteWordTable.filterValue(ByteWordTable.hash(w, 0, w.count))) }
        self.filter = filter
    }

    /// A key's value in the filter: the high bits of its hash (its slot is from the low bits).
    @inline(__always)
    static func filterValue(_ hash: Int) -> Int { hash >> 40 }

    /// The id of every word token (-1 for other tokens and unknown words), in one pass.
    func ids(of tokens: [Token], in bytes: [UInt8]) -> [Int32] {
        var out = [Int32](repeating: -1, count: tokens.count)
        let n = bytes.count
        out.withUnsafeMutableBufferPointer { out in
        prefixes.withUnsafeBufferPointer { prefixes in
        firstBytes.withUnsafeBufferPointer { firstBytes in
        bytes.withUnsafeBufferPointer { b in
        filter.withReader { filter in
            keys.withUnsafeBufferPointer { k in
                slots.withUnsafeBufferPointer { sl in
                    tokens.withUnsafeBufferPointer { tk in
                        for i in 0..<tk.count where tk[i].kind == .word {
                            let start = tk[i].range.start
                            let end = tk[i].range.end
                            guard end <= n, start < end, end - start <= maxLength, firstBytes[Int(ByteWordTable.fold(b[start]))] else { continue }
                            if end - start >= 2, !prefixes[Int(ByteWordTable.fold(b[start])) << 8 | Int(ByteWordTable.fold(b[start + 1]))] { continue }
                            var h: UInt64 = 0xcbf2_9ce4_8422_2325
                            for j in start..<end { h = (h ^ UInt64(ByteWordTable.fold(b[j]))) &* 0x100_0000_01b3 }
                            let mixed = Int(truncatingIfNeeded: h ^ (h >> 29))
                            if !filter.mayContain(ByteWordTable.filterValue(mixed)) { continue }
                            var slot = mixed & mask
                            let length = Int32(end - start)
                            while true {
                                let s = sl[slot]
                                if s.length == 0 { break }
                                if s.length == length {
                                    var x = Int(s.start)
                                    var j = start
                                    while j < end, k[x] == ByteWordTable.fold(b[j]) { j += 1; x += 1 }
                                    if j == end { out[i] = s.id; break }
                                }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
        }
        }
        }
        }
        return out
    }

    @inline(__always)
    static func fold(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    @inline(__always)
    static func hash(_ b: [UInt8], _ start: Int, _ end: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end {
            h = (h ^ UInt64(fold(b[i]))) &* 0x100_0000_01b3
            i += 1
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of the word in `b[start..<end]`, or -1.
    func id(_ b: [UInt8], _ start: Int, _ end: Int) -> Int32 {
        guard end > start, end <= b.count, start >= 0 else { return -1 }
        var h = ByteWordTable.hash(b, start, end) & mask
        let length = Int32(end - start)
        while true {
            let s = slots[h]
            if s.length == 0 { return -1 }
            if s.length == length {
                var k = Int(s.start)
                var i = start
                while i < end, keys[k] == ByteWordTable.fold(b[i]) { i += 1; k += 1 }
                if i == end { return s.id }
            }
            h = (h + 1) & mask
        }
    }
}
