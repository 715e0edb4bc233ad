/// A 64-bit FNV-1a hash of a word, lower-cased (ASCII), with `’` read as `'`: how the event stage
/// looks words up without making a `String` per token.
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of `bytes[range]`.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = offset
        var i = start
        while i < end {
            var c = bytes[i]
            if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                c = 0x27
                i += 2
            } else if c >= 0x41 && c <= 0x5A {
                c |= 0x20
            }
            h = (h ^ UInt64(c)) &* prime
            i += 1
        }
        return h
    }

    /// The hash of a lexicon word.
    static func of(_ word: String) -> UInt64 {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { b in of(UnsafeBufferPointer(b), 0, b.count) }
    }
}

/// A read-only hash table from ``WordHash`` values to small integers: open addressing with linear
/// probing over a power-of-two array. The keys are already well mixed, so a probe is a mask, a compare
/// and rarely a second compare — several times cheaper than a `Dictionary` lookup, which hashes the
/// key again.
///
/// Most words of a text are in no table: a bit per high-bits hash value (`filter`, a few kilobytes that
/// stay in the first-level cache) turns most of them away before the table, which is too large to stay
/// there, is read.
struct WordTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int
    private let filter: BitFilter

    init(_ pairs: [UInt64: Int32]) {
        var capacity = 16
        while capacity < pairs.count * 3 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        // About sixteen bits a word (a word not in the table passes one time in sixteen), 4096 at least.
        var filter = BitFilter(keys: pairs.count, perKey: 16, minimum: 4096)
        for (k, v) in pairs.sorted(by: { $0.key < $1.key }) where k != 0 {
            var i = Int(truncatingIfNeeded: k) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
            filter.insert(WordTable.filterValue(k))
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        self.filter = filter
    }

    /// A key's value in the filter: its high bits (the table's slot is from its low bits).
    @inline(__always)
    static func filterValue(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 40) }

    /// The value stored for `key`, or -1.
    @inline(__always)
    func value(_ key: UInt64) -> Int32 {
        if !filter.mayContain(WordTable.filterValue(key)) { return -1 }
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}

/// Where a trigger's participants are (see `events-triggers.tsv`).
enum FrameSlot: String, Sendable, CaseIterable {
    case subject = "S", object = "O", poss, pre
    case with, between, against, by, to, on, of, from, alongside, via, through, `for`, before, `in`
    /// What the object is called (`designated X as a terrorist organisation`): kept as text, for summaries.
    case `as`

    /// The preposition a slot stands for, if it is one.
    var isPreposition: Bool {
        switch self {
        case .subject, .object, .poss, .pre: return false
        default: return true
        }
    }
}

/// The word classes of `events-cues.tsv`, as bits.
struct CueClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let be = CueClass(rawValue: 1 << 0)
    static let have = CueClass(rawValue: 1 << 1)
    static let modal = CueClass(rawValue: 1 << 2)
    static let plan = CueClass(rawValue: 1 << 3)
    static let planAdjective = CueClass(rawValue: 1 << 4)
    static let negation = CueClass(rawValue: 1 << 5)
    static let report = CueClass(rawValue: 1 << 6)
    static let light = CueClass(rawValue: 1 << 7)
    static let lifecycle = CueClass(rawValue: 1 << 8)
    static let series = CueClass(rawValue: 1 << 9)
    static let beforeReference = CueClass(rawValue: 1 << 10)
    static let determiner = CueClass(rawValue: 1 << 11)
    static let clause = CueClass(rawValue: 1 << 12)
    static let preposition = CueClass(rawValue: 1 << 13)
    static let placePreposition = CueClass(rawValue: 1 << 14)
    static let skip = CueClass(rawValue: 1 << 15)
    static let past = CueClass(rawValue: 1 << 16)
    static let role = CueClass(rawValue: 1 << 17)
    static let nonspecific = CueClass(rawValue: 1 << 18)
    static let group = CueClass(rawValue: 1 << 19)
    static let placeVerb = CueClass(rawValue: 1 << 20)

    /// Classes by their name in the TSV; context classes get the bits from 21 up.
    static let named: [String: CueClass] = [
        "be": .be, "have": .have, "modal": .modal, "plan": .plan, "plan-adj": .planAdjective,
        "negation": .negation, "report": .report, "light": .light, "lifecycle": .lifecycle, "series": .series,
        "before-ref": .beforeReference, "determiner": .determiner, "clause": .clause, "prep": .preposition,
        "place-prep": .placePreposition, "skip": .skip, "past": .past, "role": .role, "nonspecific": .nonspecific, "group": .group, "place-verb": .placeVerb,
    ]
}

/// What a trigger needs around it to count as an event: alternatives, each a list of conditions.
indirect enum TriggerCondition: Sendable, Hashable {
    case slot(FrameSlot)
    /// The slot names a person.
    case person(FrameSlot)
    /// The condition does not hold (`!near:military`).
    case not(TriggerCondition)
    case named
    case context(CueClass)
    case near(CueClass)
    case date
}

/// One row of `events-triggers.tsv`.
struct TriggerRow: Sendable {
    enum PartOfSpeech: String, Sendable { case verb, noun }

    var pos: PartOfSpeech
    var kind: String
    var roles: [FrameSlot: String]
    /// Alternatives (any one suffices), each all of its conditions. Empty: always.
    var needs: [[TriggerCondition]]
    var verbPast: String
    var verbBase: String
    /// The event as a noun (`release`, `killing`), for summaries without a named subject; nil: the kind's label.
    var noun: String?
}

/// One event kind of `events-kinds.tsv`.
struct EventKindInfo: Sendable {
    var family: String
    var sides: Int
    var window: Int
    var label: String
    /// Roles a place (a city, region or territory, not a country) may take in this kind of event: a
    /// place is attacked or visited, it does not release, agree or decide.
    var placeRoles: Set<String> = EventKindInfo.defaultPlaceRoles

    static let defaultPlaceRoles: Set<String> = ["target", "host", "subject", "source"]
}

/// The event stage's tables, from `Resources/Lexicons/events-*.tsv`, loaded once.
///
/// Words are looked up by ``WordHash``: one dictionary probe per token tells its cue classes and
/// whether a trigger or a several-word cue may start there.
public struct EventLexicon: Sendable {
    /// A trigger or cue of one or more words.
    struct Phrase: Sendable {
        var words: [UInt64]
        /// Index into ``rows`` for a trigger, or -1 for a cue.
        var row: Int
        var cue: CueClass
    }

    /// What one word is: its classes, and the triggers and several-word cues that start with it.
    struct WordEntry: Sendable {
        var classes: CueClass
        /// Longest first.
        var phrases: [Phrase]
        var startsTrigger: Bool
        var startsCue: Bool
    }

    let rows: [TriggerRow]
    let kinds: [String: EventKindInfo]
    /// Word hash → index into ``entries``.
    let table: WordTable
    let entries: [WordEntry]
    /// Context class bits by name (`terror`, `aid` …).
    let contextClasses: [String: CueClass]
    /// The `captives`, `ordinal` and `idiom` classes, read for every trigger.
    let captives: CueClass
    let ordinal: CueClass
    let idiom: CueClass

    public init() throws(LexiconError) {
        try self.init(triggers: Lexicon.bundled("events-triggers"), cues: Lexicon.bundled("events-cues"),
                      kinds: Lexicon.bundled("events-kinds"), titles: Lexicon.bundled("quotes-titles"))
    }

    /// Tables from given lexicons. `titles` (one title a row) adds to the `role` class.
    init(triggers: Lexicon, cues: Lexicon, kinds: Lexicon, titles: Lexicon? = nil) {
        var classBits = CueClass.named
        var nextBit: UInt32 = 21
        var wordClasses: [UInt64: CueClass] = [:]
        var phrases: [UInt64: [Phrase]] = [:]
        var context: [String: CueClass] = [:]
        for row in cues.rows where row.count >= 2 {
            let name = row[0]
            if classBits[name] == nil, nextBit < 32 {
                classBits[name] = CueClass(rawValue: 1 << nextBit)
                nextBit += 1
            }
            guard let bit = classBits[name] else { continue }
            if CueClass.named[name] == nil { context[name] = bit }
            for form in row[1].split(separator: "|") {
                let words = form.split(separator: " ").map { WordHash.of(String($0)) }
                guard let first = words.first else { continue }
                if words.count == 1 {
                    wordClasses[first, default: []].insert(bit)
                } else {
                    phrases[first, default: []].append(Phrase(words: words, row: -1, cue: bit))
                }
            }
        }
        for row in titles?.rows ?? [] {
            guard let t = row.first, !t.isEmpty, !t.contains(" ") else { continue }
            wordClasses[WordHash.of(t), default: []].insert(.role)
        }
        var kindTable: [String: EventKindInfo] = [:]
        for row in kinds.rows where row.count >= 5 {
            var info = EventKindInfo(family: row[1], sides: Int(row[2]) ?? 1, window: Int(row[3]) ?? 1, label: row[4])
            if row.count > 5, !row[5].isEmpty { info.placeRoles = row[5] == "-" ? [] : Set(row[5].split(separator: "|").map(String.init)) }
            kindTable[row[0]] = info
        }
        var rows: [TriggerRow] = []
        for row in triggers.rows where row.count >= 6 {
            guard let pos = TriggerRow.PartOfSpeech(rawValue: row[1]) else { continue }
            var roles: [FrameSlot: String] = [:]
            for pair in row[3].split(separator: " ") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2, let slot = FrameSlot(rawValue: parts[0]) { roles[slot] = parts[1] }
            }
            let needs: [[TriggerCondition]] = row[4] == "-" ? [] : row[4].split(separator: "|").map { alt in
                alt.split(separator: "+").compactMap { raw -> TriggerCondition? in
                    let negated = raw.hasPrefix("!")
                    let c = negated ? raw.dropFirst() : raw[...]
                    let parts = c.split(separator: ":", maxSplits: 1).map(String.init)
                    guard let head = parts.first else { return nil }
                    let cond: TriggerCondition?
                    switch head {
                    case "named": cond = .named
                    case "date": cond = .date
                    case "slot": cond = parts.count == 2 ? FrameSlot(rawValue: parts[1]).map { .slot($0) } : nil
                    case "person": cond = parts.count == 2 ? FrameSlot(rawValue: parts[1]).map { .person($0) } : nil
                    case "ctx": cond = parts.count == 2 ? classBits[parts[1]].map { .context($0) } : nil
                    case "near": cond = parts.count == 2 ? classBits[parts[1]].map { .near($0) } : nil
                    default: cond = nil
                    }
                    return negated ? cond.map { .not($0) } : cond
                }
            }
            let verbs = row[5].split(separator: "/", maxSplits: 2).map(String.init)
            let index = rows.count
            rows.append(TriggerRow(pos: pos, kind: row[2], roles: roles, needs: needs,
                                   verbPast: verbs.first ?? row[2], verbBase: verbs.count > 1 ? verbs[1] : (verbs.first ?? row[2]),
                                   noun: verbs.count > 2 && !verbs[2].isEmpty ? verbs[2] : nil))
            if kindTable[row[2]] == nil { kindTable[row[2]] = EventKindInfo(family: row[2], sides: 1, window: 1, label: row[2]) }
            for form in row[0].split(separator: "|") {
                let words = form.split(separator: " ").map { WordHash.of(String($0)) }
                guard let first = words.first else { continue }
                phrases[first, default: []].append(Phrase(words: words, row: index, cue: []))
            }
        }
        var index: [UInt64: Int32] = [:]
        var entries: [WordEntry] = []
        for key in Set(wordClasses.keys).union(phrases.keys).sorted() {
            let list = (phrases[key] ?? []).sorted { $0.words.count > $1.words.count }
            index[key] = Int32(entries.count)
            entries.append(WordEntry(classes: wordClasses[key] ?? [], phrases: list, startsTrigger: list.contains { $0.row >= 0 },
                                     startsCue: list.contains { $0.row < 0 && $0.words.count > 1 }))
        }
        self.rows = rows
        self.kinds = kindTable
        self.table = WordTable(index)
        self.entries = entries
        self.contextClasses = context
        captives = context["captives"] ?? []
        ordinal = context["ordinal"] ?? []
        idiom = context["idiom"] ?? []
    }

    /// The entry of a word hash, if the word is in any table.
    @inline(__always)
    func entry(_ hash: UInt64) -> WordEntry? {
        let i = table.value(hash)
        return i >= 0 ? entries[Int(i)] : nil
    }

    /// The kind's family, sides, window and label (a kind not in the table is its own family).
    func kind(_ name: String) -> EventKindInfo {
        kinds[name] ?? EventKindInfo(family: name, sides: 1, window: 1, label: name)
    }
}
