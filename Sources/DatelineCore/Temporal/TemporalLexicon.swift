/// A lower-cased token of up to 16 bytes packed into two integers: a dictionary key that costs no
/// allocation to build from the document's bytes.
struct WordKey: Hashable, Sendable {
    private let a: UInt64
    private let b: UInt64
    private let length: UInt8

    /// The key of `bytes[range]`, ASCII letters lower-cased and one trailing period dropped
    /// (`Jan.` → `jan`); nil when longer than 16 bytes.
    init?(_ bytes: [UInt8], _ range: TextRange, dropPeriod: Bool = true) {
        var end = range.end
        if dropPeriod, end - range.start > 1, bytes[end - 1] == 0x2E { end -= 1 }
        let n = end - range.start
        guard n > 0, n <= 16 else { return nil }
        var a: UInt64 = 0
        var b: UInt64 = 0
        for i in 0..<n {
            var c = bytes[range.start + i]
            if c >= 0x41 && c <= 0x5A { c += 32 }
            if i < 8 { a |= UInt64(c) << (8 * UInt64(i)) } else { b |= UInt64(c) << (8 * UInt64(i - 8)) }
        }
        self.a = a
        self.b = b
        self.length = UInt8(n)
    }

    /// The key of a lexicon word.
    init?(_ word: String) {
        let bytes = Array(word.utf8)
        self.init(bytes, TextRange(0, bytes.count))
    }

    /// The first byte (lower-cased).
    var firstByte: UInt8 { UInt8(truncatingIfNeeded: a) }

    /// The length in bytes.
    var count: Int { Int(length) }

    /// A total order that does not depend on the process's hash seed.
    var sortKey: (UInt64, UInt64, UInt8) { (a, b, length) }

    /// A well-mixed hash for open addressing (Fibonacci hashing of both halves).
    var hashSlot: Int {
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return Int(truncatingIfNeeded: h >> 32)
    }
}

/// A calendar or clock unit (`week`, `hour`, `decade`) from `temporal-units.tsv`.
struct TimeUnit: Sendable, Equatable {
    var name: String
    /// Letter of a TIMEX3 duration (`W` in `P6W`).
    var letter: String
    /// Written after the `T` of a duration (`PT2H`).
    var isClock: Bool
    /// Units of `letter` in one of these (`decade` = 10 Y).
    var factor: Int
    /// The calendar period that `this UNIT` names.
    var grain: Grain

    /// The grain that `letter` counts in (`decade` counts years: 10 Y).
    var letterGrain: Grain {
        switch letter {
        case "Y": return .year
        case "Q": return .quarter
        case "M": return isClock ? .day : .month
        case "W": return .week
        default: return .day
        }
    }
}

enum NumberKind: String, Sendable {
    case unit, teen, ten, article, fuzzy, ordinal
}

enum CueRole: String, Sendable {
    case future, past, present, backward
    case monthPreposition = "month-preposition"
    /// Ends in -ed but is no past tense (`succeed`, `indeed`): tells nothing.
    case none
}

/// An interned short string (a season or part-of-day code, a mod): keeps ``WordInfo`` and
/// ``Captures`` plain data, so the hot loop copies them without reference counting.
typealias NameCode = UInt16

/// Everything the temporal lexicons say about one word.
struct WordInfo: Sendable {
    var month: Int?
    var monthAmbiguous = false
    var monthAbbreviation = false
    var weekday: Int?
    var weekdayAbbreviation = false
    var season: NameCode?
    var unit: Int?
    var unitPlural = false
    var number: Int?
    var numberKind: NumberKind?
    var ordinal: Int?
    var part: NameCode?
    /// mod of a hedge before a period (`mid`, `late`).
    var pointMod: NameCode?
    /// mod of a hedge named by a noun (`the end of`).
    var partMod: NameCode?
    /// mod of a hedged quantity (`about`, `nearly`).
    var quantityMod: NameCode?
    var tense: CueRole?
    var backward = false
    var monthPreposition = false
    /// 1 = a.m., 2 = p.m.
    var meridiem: UInt8?
    /// The clock time a word names, in minutes after midnight (`noon` = 720).
    var clockMinutes: Int16?
    /// A time zone (`EST`, `GMT`).
    var zone = false
}

/// The temporal word lists and the pattern table, loaded once.
struct TemporalLexicon: Sendable {
    var words: [WordKey: WordInfo] = [:]
    var units: [TimeUnit] = []
    var unitByName: [String: Int] = [:]
    var patterns: [TimexPattern] = []
    /// Interned names, indexed by ``NameCode``.
    var names: [String] = []
    private var nameCodes: [String: NameCode] = [:]

    mutating func intern(_ name: String) -> NameCode {
        if let c = nameCodes[name] { return c }
        let c = NameCode(names.count)
        names.append(name)
        nameCodes[name] = c
        return c
    }

    init() throws(LexiconError) {
        func edit(_ word: String, _ body: (inout WordInfo) -> Void) {
            guard let key = WordKey(word) else { return }
            var info = words[key] ?? WordInfo()
            body(&info)
            words[key] = info
        }
        for row in try Lexicon.bundled("temporal-months").rows where row.count >= 2 {
            guard let m = Int(row[1]) else { continue }
            let flags = row.count > 2 ? row[2] : ""
            edit(row[0]) { $0.month = m; $0.monthAmbiguous = flags == "ambiguous"; $0.monthAbbreviation = flags == "abbreviation" }
        }
        for row in try Lexicon.bundled("temporal-weekdays").rows where row.count >= 2 {
            guard let d = Int(row[1]) else { continue }
            let flags = row.count > 2 ? row[2] : ""
            edit(row[0]) { $0.weekday = d; $0.weekdayAbbreviation = flags == "abbreviation" }
        }
        for row in try Lexicon.bundled("temporal-seasons").rows where row.count >= 2 {
            let code = intern(row[1])
            edit(row[0]) { $0.season = code }
        }
        for row in try Lexicon.bundled("temporal-units").rows where row.count >= 6 {
            guard let factor = Int(row[4]), let grain = Grain(name: row[5]) else { continue }
            let index = units.count
            units.append(TimeUnit(name: row[0], letter: row[2], isClock: row[3] == "yes", factor: factor, grain: grain))
            unitByName[row[0]] = index
            edit(row[0]) { $0.unit = index; $0.unitPlural = false }
            edit(row[1]) { $0.unit = index; $0.unitPlural = true }
        }
        for row in try Lexicon.bundled("temporal-numbers").rows where row.count >= 3 {
            guard let value = Int(row[1]), let kind = NumberKind(rawValue: row[2]) else { continue }
            if kind == .ordinal {
                edit(row[0]) { $0.ordinal = value }
            } else {
                edit(row[0]) { $0.number = value; $0.numberKind = kind }
            }
        }
        for row in try Lexicon.bundled("temporal-parts").rows where row.count >= 2 {
            let code = intern(row[1])
            edit(row[0]) { $0.part = code }
        }
        for row in try Lexicon.bundled("temporal-clock").rows where row.count >= 2 {
            switch row[1] {
            case "am": edit(row[0]) { $0.meridiem = 1 }
            case "pm": edit(row[0]) { $0.meridiem = 2 }
            case "zone": edit(row[0]) { $0.zone = true }
            default:
                guard let minutes = Int16(row[1]) else { continue }
                edit(row[0]) { $0.clockMinutes = minutes }
            }
        }
        for row in try Lexicon.bundled("temporal-modifiers").rows where row.count >= 3 {
            let code = intern(row[1])
            switch row[2] {
            case "point": edit(row[0]) { $0.pointMod = code }
            case "part": edit(row[0]) { $0.partMod = code }
            default: edit(row[0]) { $0.quantityMod = code }
            }
        }
        for row in try Lexicon.bundled("temporal-cues").rows where row.count >= 2 {
            guard let role = CueRole(rawValue: row[1]) else { continue }
            switch role {
            case .backward: edit(row[0]) { $0.backward = true }
            case .monthPreposition: edit(row[0]) { $0.monthPreposition = true }
            case .none: edit(row[0]) { $0.tense = CueRole.none }
            default: edit(row[0]) { if $0.tense == nil { $0.tense = role } }
            }
        }
        for row in try Lexicon.bundled("temporal-patterns").rows where row.count >= 3 {
            if let p = TimexPattern(row: row, unitByName: unitByName) { patterns.append(p) }
        }
    }
}
