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
    /// `thousand`: multiplies the count before it.
    case multiplier
    /// `oh` in a year said in words (`nineteen oh five`).
    case spoken
    /// A decade named without its century (`the nineties` = 90).
    case decade
}

/// A named day of the year (`Thanksgiving`, `Christmas Eve`) from `temporal-holidays.tsv`.
struct Holiday: Sendable {
    enum Rule: Sendable, Equatable {
        case fixed(month: Int, day: Int)
        /// The `nth` ISO `weekday` of `month` (nth = -1: the last), moved `shift` days.
        case nth(Int, weekday: Int, month: Int, shift: Int)
        case easter(shift: Int)
    }
    var words: [WordKey]
    var rule: Rule

    init?(name: String, rule text: String) {
        words = name.split(separator: " ").compactMap { WordKey(String($0)) }
        guard !words.isEmpty else { return nil }
        if text.hasPrefix("easter") {
            guard let d = Int(text.dropFirst(6)) else { return nil }
            rule = .easter(shift: d)
            return
        }
        var body = Substring(text)
        var shift = 0
        if let plus = body.firstIndex(of: "+") {
            guard let d = Int(body[body.index(after: plus)...]) else { return nil }
            shift = d
            body = body[..<plus]
        }
        let parts = body.split(separator: "-")
        switch parts.count {
        case 2:
            guard let m = Int(parts[0]), let d = Int(parts[1]), Day(year: 2000, month: m, day: d) != nil else { return nil }
            rule = .fixed(month: m, day: d)
        case 3, 4:
            let n = parts[0] == "L" ? -1 : Int(parts[0]) ?? 0
            guard n == -1 || (1...5).contains(n), let w = Int(parts[1]), (1...7).contains(w), let m = Int(parts[2]), (1...12).contains(m)
            else { return nil }
            if parts.count == 4 {
                guard let d = Int(parts[3]) else { return nil }
                shift = -d
            }
            rule = .nth(n, weekday: w, month: m, shift: shift)
        default:
            return nil
        }
    }

    /// The day in `year`, if the rule gives one.
    func day(in year: Int) -> Day? {
        switch rule {
        case .fixed(let m, let d):
            return Day(year: year, month: m, day: d)
        case .nth(let n, let w, let m, let shift):
            guard let first = Day(year: year, month: m, day: 1) else { return nil }
            if n == -1 {
                let last = first.adding(days: Day.daysIn(month: m, year: year) - 1)
                return last.adding(days: -((last.weekday - w + 7) % 7) + shift)
            }
            let d = first.adding(days: (w - first.weekday + 7) % 7 + 7 * (n - 1))
            return d.month == m ? d.adding(days: shift) : nil
        case .easter(let shift):
            // Anonymous Gregorian computus.
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return Day(year: year, month: month, day: day)?.adding(days: shift)
        }
    }
}

enum CueRole: String, Sendable {
    case future, past, present, backward
    case monthPreposition = "month-preposition"
    /// A future when `to` follows (`set to resume`, `is to meet`).
    case futureBeforeTo = "future-before-to"
    /// Ends in -ed but is no past tense (`succeed`, `indeed`): tells nothing.
    case none
    /// A future only when no other word in reach tells the tense (`vacation plans`).
    case weakFuture = "weak-future"
    /// The nearest cue `until`: a future unless a past perfect is in reach (`Until Thursday, they had
    /// not called him a suspect`).
    case untilFuture = "until-future"
    /// A plan participle after a noun (`a service planned for Saturday`): the clause's verb that
    /// follows tells the tense, else one before, else it is a future.
    case participleFuture = "participle-future"
    /// A past tense when `to` follows and the expression comes before it (`On Friday, the government
    /// planned to pay`); an expression after it belongs to the plan (`planned to leave on Thursday`).
    case pastBeforeTo = "past-before-to"
    /// No cue when `to` follows (`next to the embassy`).
    case noneBeforeTo = "none-before-to"
    /// An auxiliary that makes a weak cue right after it a verb of its tense (`had planned`,
    /// `is expected`); `aux-skip` words may stand between (`had not been scheduled`).
    case auxPast = "aux-past"
    case auxFuture = "aux-future"
    case auxSkip = "aux-skip"
    /// One or two words before a possessive weekday that make it lie ahead (`ahead of Sunday's vote`);
    /// a possessive weekday is otherwise a thing already reported (`Wednesday's ruling`).
    case possessiveFuture = "possessive-future"
    /// Right after a plan participle, makes it a verb with its object (`planned a rally on Saturday`,
    /// `has scheduled a news conference Thursday`): the plan lies ahead.
    case objectDeterminer = "object-determiner"
    /// Right before a past participle, makes it a passive infinitive (`will be held`, `to be named`,
    /// `could be completed`): no past tense, a future.
    case passiveInfinitive = "passive-infinitive"
    /// A present-tense verb of a scheduled act (`the leaders meet Monday`, `the session resumes
    /// Tuesday`): news tells past acts in the past tense, so a date in its clause lies ahead, unless a
    /// past auxiliary stands right before it (`did not meet Monday`).
    case presentVerb = "present-verb"
    /// Right before a date, puts it on or before publication however near the next one is (`since
    /// January` said in November is this year's January, not the coming one).
    case strictPast = "strict-past"
    /// A verb of saying or knowing: it tells the time of its own act only right before the date's
    /// preposition (`said in August`); further off the date belongs to what was said (`said the
    /// gathering in September would be the last`).
    case reportVerb = "report-verb"
}

/// How weakly a cue word tells a future (see ``CueRole/weakFuture``, ``CueRole/participleFuture``).
enum WeakCue: Sendable {
    case generic, participle, untilFuture
}

/// An interned short string (a season or part-of-day code, a mod): keeps ``WordInfo`` and
/// ``Captures`` plain data, so the hot loop copies them without reference counting.
typealias NameCode = UInt16

/// Everything the temporal lexicons say about one word: plain data (no references), so that the
/// matcher reads it without reference counting.
struct WordInfo: Sendable {
    var month: Int?
    var monthAmbiguous = false
    var monthAbbreviation = false
    var weekday: Int?
    var weekdayAbbreviation = false
    /// `Mondays`, `nights`: plural weekdays and parts of the day make sets.
    var weekdayPlural = false
    var partPlural = false
    /// The first word of a holiday's name (see ``TemporalLexicon/holidays``).
    var startsHoliday = false
    var season: NameCode?
    var unit: Int?
    var unitPlural = false
    var number: Int?
    var numberKind: NumberKind?
    /// `nineties` = 90: a decade of the century before or of the publication date.
    var decadeWord: Int?
    var ordinal: Int?
    var part: NameCode?
    /// mod of a hedge before a period (`mid`, `late`).
    var pointMod: NameCode?
    /// -1: the part before the publication date (`earlier`), +1: after it (`later`).
    var pointModSide: Int8 = 0
    /// mod of a hedge named by a noun (`the end of`).
    var partMod: NameCode?
    /// mod of a hedged quantity (`about`, `nearly`).
    var quantityMod: NameCode?
    var tense: CueRole?
    var backward = false
    var monthPreposition = false
    var futureBeforeTo = false
    var pastBeforeTo = false
    var noneBeforeTo = false
    var weak: WeakCue?
    /// The tense an auxiliary gives a weak cue right after it.
    var auxTense: ClauseTense?
    var auxSkip = false
    var possessiveFuture = false
    var objectDeterminer = false
    var strictPast = false
    var reportVerb = false
    var passiveInfinitive = false
    var presentVerb = false
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
    var holidays: [Holiday] = []
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
            edit(row[0]) { $0.weekday = d; $0.weekdayAbbreviation = flags == "abbreviation"; $0.weekdayPlural = flags == "plural" }
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
            } else if kind == .decade {
                edit(row[0]) { $0.decadeWord = value }
            } else {
                edit(row[0]) { $0.number = value; $0.numberKind = kind }
            }
        }
        for row in try Lexicon.bundled("temporal-parts").rows where row.count >= 2 {
            let code = intern(row[1])
            let plural = row.count > 2 && row[2] == "plural"
            edit(row[0]) { $0.part = code; $0.partPlural = plural }
        }
        for row in try Lexicon.bundled("temporal-holidays").rows where row.count >= 2 {
            guard let h = Holiday(name: row[0], rule: row[1]), holidays.count < 255 else { continue }
            holidays.append(h)
            for word in h.words { if words[word] == nil { words[word] = WordInfo() } }
            words[h.words[0], default: WordInfo()].startsHoliday = true
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
            case "point":
                let side: Int8 = row.count > 3 ? (row[3] == "before" ? -1 : row[3] == "after" ? 1 : 0) : 0
                edit(row[0]) { $0.pointMod = code; $0.pointModSide = side }
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
            case .futureBeforeTo: edit(row[0]) { $0.futureBeforeTo = true }
            case .pastBeforeTo: edit(row[0]) { $0.pastBeforeTo = true }
            case .noneBeforeTo: edit(row[0]) { $0.noneBeforeTo = true }
            case .weakFuture: edit(row[0]) { $0.weak = .generic }
            case .participleFuture: edit(row[0]) { $0.weak = .participle }
            case .untilFuture: edit(row[0]) { $0.weak = .untilFuture }
            case .auxPast: edit(row[0]) { $0.auxTense = .past }
            case .auxFuture: edit(row[0]) { $0.auxTense = .future }
            case .auxSkip: edit(row[0]) { $0.auxSkip = true }
            case .possessiveFuture: edit(row[0]) { $0.possessiveFuture = true }
            case .objectDeterminer: edit(row[0]) { $0.objectDeterminer = true }
            case .strictPast: edit(row[0]) { $0.strictPast = true }
            case .reportVerb: edit(row[0]) { $0.reportVerb = true }
            case .passiveInfinitive: edit(row[0]) { $0.passiveInfinitive = true }
            case .presentVerb: edit(row[0]) { $0.presentVerb = true }
            default: edit(row[0]) { if $0.tense == nil { $0.tense = role } }
            }
        }
        for row in try Lexicon.bundled("temporal-patterns").rows where row.count >= 3 {
            if let p = TimexPattern(row: row, unitByName: unitByName) { patterns.append(p) }
        }
    }
}
