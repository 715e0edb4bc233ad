/// A number token read off its bytes: `19`, `4th`, `1990s`, `10:30`.
struct DigitNumber: Sendable {
    enum Suffix: UInt8, Sendable { case none, ordinal, plural, am, pm, other }
    var value: Int
    var digits: Int
    var suffix: Suffix
    /// Has an inner `,` `.` or `:` (`2,000`, `10:30`).
    var separated: Bool
    /// Minutes after midnight when the digits are a clock time `H:MM` or `HH:MM` (0:00 to 24:00).
    var clock: Int?

    init?(_ bytes: [UInt8], _ range: TextRange) {
        var value = 0
        var digits = 0
        var i = range.start
        var separated = false
        var colonAt = -1
        var separators = 0
        while i < range.end {
            let c = bytes[i]
            if c >= 0x30 && c <= 0x39 {
                if digits < 9 { value = value * 10 + Int(c - 0x30) }
                digits += 1
            } else if c == 0x2C || c == 0x2E || c == 0x3A {
                separated = true
                separators += 1
                if c == 0x3A { colonAt = digits }
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let rest = range.end - i
        switch rest {
        case 0: suffix = .none
        case 1: suffix = bytes[i] | 0x20 == 0x73 ? .plural : .other
        case 2:
            let s = (UInt16(bytes[i] | 0x20) << 8) | UInt16(bytes[i + 1] | 0x20)
            switch s {
            case 0x7374, 0x6E64, 0x7264, 0x7468: suffix = .ordinal  // st nd rd th
            case 0x616D: suffix = .am
            case 0x706D: suffix = .pm
            default: suffix = .other
            }
        default: suffix = .other
        }
        self.value = value
        self.digits = digits
        self.separated = separated
        if separators == 1, colonAt >= 1, colonAt <= 2, digits == colonAt + 2 {
            let minutes = (value / 100) * 60 + value % 100
            if value % 100 < 60, minutes <= 1440 { clock = minutes }
        }
    }

    init(value: Int, digits: Int, suffix: Suffix, separated: Bool, clock: Int?) {
        self.value = value
        self.digits = digits
        self.suffix = suffix
        self.separated = separated
        self.clock = clock
    }
}

/// What the matcher knows about one token: 16 bytes of plain data, made once per document.
struct TokenFacts: Sendable {
    /// Index of the word's lexicon entry, or -1.
    var entry: Int32 = -1
    /// A number token's value (its first nine digits).
    var value: Int32 = 0
    /// A clock-time number's minutes after midnight, or -1.
    var clock: Int16 = -1
    var digits: UInt8 = 0
    var suffix: DigitNumber.Suffix = .none
    var flags: UInt8 = 0
    /// Bytes of a possessive ending (`'s`, `’s`) left out of the key and of a timex's span.
    var possessive: UInt8 = 0

    static let capitalizedFlag: UInt8 = 1
    static let periodFlag: UInt8 = 2
    static let pastFlag: UInt8 = 4
    static let numberFlag: UInt8 = 8
    static let separatedFlag: UInt8 = 16
    static let allCapsFlag: UInt8 = 32
    /// Punctuation or a quote mark.
    static let markFlag: UInt8 = 64

    var capitalized: Bool { flags & TokenFacts.capitalizedFlag != 0 }
    var endsWithPeriod: Bool { flags & TokenFacts.periodFlag != 0 }
    /// A lower-case word of five or more bytes ending in `ed` (`reported`, `agreed`): past tense.
    var pastShaped: Bool { flags & TokenFacts.pastFlag != 0 }
    var isNumber: Bool { flags & TokenFacts.numberFlag != 0 }

    var number: DigitNumber? {
        guard isNumber else { return nil }
        return DigitNumber(value: Int(value), digits: Int(digits), suffix: suffix, separated: flags & TokenFacts.separatedFlag != 0,
                           clock: clock >= 0 ? Int(clock) : nil)
    }
}

/// One pattern element compiled to plain data: a word class, or a set of entries as a bit set.
struct CompiledElement: Sendable {
    var cls: TokenClass?
    /// Offset of the element's entry bit set in ``TimexMatcher`` `bits` (literal elements).
    var set: Int
    var optional: Bool
    var negative: Bool
    var ahead: Bool
    var behind: Bool

    var isZeroWidth: Bool { negative || ahead || behind }
}

/// Matches the pattern table over a sentence's tokens.
///
/// Cost: per token one byte-table read (most words stop there) or one hash probe; patterns are
/// tried only at tokens that can start one (indexed by their first literal word or word class).
/// Everything the hot loop touches is plain data in flat arrays: no allocation, no reference counting.
struct TimexMatcher: Sendable {
    let lexicon: TemporalLexicon
    private let table: WordTable
    /// What the lexicons say about each entry (all-nil for words that only patterns name).
    private var infos: [WordInfo] = []
    /// Flat start lists: the patterns that may start at entry `e` are `starts[startRange[e]]`.
    private var starts: [Int32] = []
    private var startLower: [Int32] = []
    private var startUpper: [Int32] = []
    /// Patterns that may start at a number token.
    private var numberStarts: [Int32] = []
    private var elements: [CompiledElement] = []
    private var patternLower: [Int] = []
    private var patternUpper: [Int] = []
    private var bits: [UInt64] = []
    /// The entries of each holiday's words.
    private var holidayEntries: [[Int32]] = []
    private let ofEntry: Int32
    private let coupleEntry: Int32
    private let fewEntry: Int32
    private let hyphenEntry: Int32
    private let thousandEntry: Int32
    private let ohEntry: Int32
    private let andEntry: Int32
    /// The entry of `to` (`set to`, `is to` tell a future).
    let toEntry: Int32

    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        var byWord: [WordKey: [Int]] = [:]
        var byClass: [TokenClass: [Int]] = [:]
        for (index, pattern) in lexicon.patterns.enumerated() {
            for element in pattern.elements where !element.isZeroWidth {
                switch element.test {
                case .words(let keys): for k in keys { byWord[k, default: []].append(index) }
                case .word(let cls): byClass[cls, default: []].append(index)
                }
                if !element.optional { break }
            }
        }
        // Every word a pattern names or a lexicon describes gets an entry; entries are numbered in a
        // fixed order so that runs are reproducible.
        var literal = Set<WordKey>()
        for pattern in lexicon.patterns {
            for element in pattern.elements { if case .words(let keys) = element.test { literal.formUnion(keys) } }
        }
        let keys = literal.union(lexicon.words.keys).sorted { $0.sortKey < $1.sortKey }
        let entryOf = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Int32($0)) })
        table = WordTable(keys)
        for key in keys {
            let info = lexicon.words[key] ?? WordInfo()
            var list = byWord[key] ?? []
            for cls in TimexMatcher.classes(of: info) { list += byClass[cls] ?? [] }
            infos.append(info)
            startLower.append(Int32(starts.count))
            starts += Array(Set(list)).sorted().map { Int32($0) }
            startUpper.append(Int32(starts.count))
        }
        let numberClasses: [TokenClass] = [.num, .day, .year, .decade, .ord, .monthnum, .clock, .hour]
        numberStarts = Array(Set(numberClasses.flatMap { byClass[$0] ?? [] })).sorted().map { Int32($0) }

        let words = (keys.count + 63) / 64
        for pattern in lexicon.patterns {
            patternLower.append(elements.count)
            for element in pattern.elements {
                var compiled = CompiledElement(cls: nil, set: 0, optional: element.optional, negative: element.negative,
                                               ahead: element.ahead, behind: element.behind)
                switch element.test {
                case .word(let cls): compiled.cls = cls
                case .words(let set):
                    compiled.set = bits.count
                    var row = [UInt64](repeating: 0, count: words)
                    for k in set { if let e = entryOf[k] { row[Int(e) >> 6] |= 1 << UInt64(Int(e) & 63) } }
                    bits += row
                }
                elements.append(compiled)
            }
            patternUpper.append(elements.count)
        }
        func entry(_ w: String) -> Int32 { WordKey(w).flatMap { entryOf[$0] } ?? -1 }
        holidayEntries = lexicon.holidays.map { h in h.words.map { entryOf[$0] ?? -1 } }
        thousandEntry = entry("thousand")
        ohEntry = entry("oh")
        andEntry = entry("and")
        ofEntry = entry("of")
        coupleEntry = entry("couple")
        fewEntry = entry("few")
        hyphenEntry = entry("-")
        toEntry = entry("to")
    }

    struct Match: Sendable {
        var pattern: Int
        var end: Int
        var captures: Captures
    }

    /// The lexicon's facts about a token's entry (all-nil for -1).
    @inline(__always)
    func info(_ t: TokenFacts) -> WordInfo? { t.entry >= 0 ? infos[Int(t.entry)] : nil }

    /// Facts for every token of the document, in one pass.
    func facts(_ doc: SegmentedDocument) -> [TokenFacts] {
        let bytes = doc.document.utf8
        var out: [TokenFacts] = []
        out.reserveCapacity(doc.tokens.count)
        for token in doc.tokens {
            var f = TokenFacts()
            let r = token.range
            if token.isCapitalized || token.isAllCaps { f.flags |= TokenFacts.capitalizedFlag }
            if token.isAllCaps { f.flags |= TokenFacts.allCapsFlag }
            if r.length > 1 && bytes[r.end - 1] == 0x2E { f.flags |= TokenFacts.periodFlag }
            switch token.kind {
            case .word:
                let possessive = TimexMatcher.possessiveLength(bytes, r)
                let keyRange = TextRange(r.start, r.end - possessive)
                if table.mayContain(bytes, keyRange), let key = WordKey(bytes, keyRange) { f.entry = table.entry(key) }
                f.possessive = UInt8(possessive)
                if !token.isCapitalized, r.length >= 5, bytes[r.end - 2] == 0x65, bytes[r.end - 1] == 0x64 {
                    f.flags |= TokenFacts.pastFlag
                }
            case .number:
                if let n = DigitNumber(bytes, r) {
                    f.flags |= TokenFacts.numberFlag
                    if n.separated { f.flags |= TokenFacts.separatedFlag }
                    f.value = Int32(n.value)
                    f.digits = UInt8(min(n.digits, 255))
                    f.suffix = n.suffix
                    f.clock = Int16(n.clock ?? -1)
                }
                // Patterns may name digits (`1 / 2`).
                if table.mayContain(bytes, r), let key = WordKey(bytes, r) { f.entry = table.entry(key) }
            case .punctuation, .quote:
                f.flags |= TokenFacts.markFlag
                if table.mayContain(bytes, r), let key = WordKey(bytes, r) { f.entry = table.entry(key) }
            default:
                if table.mayContain(bytes, r), let key = WordKey(bytes, r) { f.entry = table.entry(key) }
            }
            out.append(f)
        }
        return out
    }

    /// `'s` or `’s` at the end of a word (`Friday's`), else 0.
    static func possessiveLength(_ b: [UInt8], _ r: TextRange) -> Int {
        let n = r.length
        guard n > 3, b[r.end - 1] == 0x73 || b[r.end - 1] == 0x53 else { return 0 }
        if b[r.end - 2] == 0x27 { return 2 }
        if n > 5, b[r.end - 4] == 0xE2, b[r.end - 3] == 0x80, b[r.end - 2] == 0x99 { return 4 }
        return 0
    }

    /// Can a pattern start at this token? (The cheap test before ``longestMatch(at:_:end:)``.)
    @inline(__always)
    func mayStart(_ t: TokenFacts) -> Bool {
        if t.isNumber { return true }
        return t.entry >= 0 && startLower[Int(t.entry)] < startUpper[Int(t.entry)]
    }

    /// The longest match starting at token `i` of the sentence `sentence` of `tokens` (ties: the earlier
    /// pattern). `heading`: the sentence is a headline, where every word may be capitalised.
    func longestMatch(at i: Int, _ tokens: [TokenFacts], sentence: Range<Int>, heading: Bool) -> Match? {
        let t = tokens[i]
        let candidates: ArraySlice<Int32>
        if t.isNumber {
            candidates = numberStarts[...]
        } else {
            guard t.entry >= 0 else { return nil }
            let e = Int(t.entry)
            candidates = starts[Int(startLower[e])..<Int(startUpper[e])]
        }
        var best: Match?
        for p32 in candidates {
            let p = Int(p32)
            if let (stop, caps) = match(patternLower[p], patternUpper[p], at: i, tokens, sentence, Captures()), stop > i, stop > (best?.end ?? i),
               accept(p, from: i, to: stop, tokens, sentence: sentence, heading: heading || caps.holiday != nil) {
                best = Match(pattern: p, end: stop, captures: caps)
            }
        }
        return best
    }

    /// Classes a lexicon word may begin.
    private static func classes(of info: WordInfo) -> [TokenClass] {
        var out: [TokenClass] = []
        if info.month != nil { out.append(.month) }
        if info.weekday != nil { out.append(info.weekdayPlural ? .weekdays : .weekday) }
        if !info.holidays.isEmpty { out.append(.holiday) }
        if let n = info.number, n == 2 || n == 19 || n == 20 { out.append(.year) }  // spoken years
        if info.season != nil { out.append(.season) }
        if info.part != nil { out.append(info.partPlural ? .parts : .part) }
        if info.number != nil { out.append(.num) }
        if info.ordinal != nil { out.append(.ord) }
        if info.unit != nil { out += [.unit, .unit1, .units] }
        if info.pointMod != nil { out.append(.mod) }
        if info.partMod != nil { out.append(.modof) }
        if info.quantityMod != nil { out.append(.qmod) }
        if info.meridiem != nil { out.append(.ampm) }
        if info.clockMinutes != nil { out.append(.clockword) }
        return out
    }

    /// Elements `k..<upper` of a pattern against tokens from `i` (within `sentence`).
    private func match(_ k: Int, _ upper: Int, at i: Int, _ tokens: [TokenFacts], _ sentence: Range<Int>, _ caps: Captures) -> (Int, Captures)? {
        guard k < upper else { return (i, caps) }
        let element = elements[k]
        let end = sentence.upperBound
        if element.negative {
            if i < end, consume(element, at: i, tokens, end, caps) != nil { return nil }
            return match(k + 1, upper, at: i, tokens, sentence, caps)
        }
        if element.ahead {
            guard i < end, consume(element, at: i, tokens, end, caps) != nil else { return nil }
            return match(k + 1, upper, at: i, tokens, sentence, caps)
        }
        if element.behind {
            guard i > sentence.lowerBound, consume(element, at: i - 1, tokens, end, caps) != nil else { return nil }
            return match(k + 1, upper, at: i, tokens, sentence, caps)
        }
        if i < end, let (j, c2) = consume(element, at: i, tokens, end, caps), let r = match(k + 1, upper, at: j, tokens, sentence, c2) {
            return r
        }
        return element.optional ? match(k + 1, upper, at: i, tokens, sentence, caps) : nil
    }

    /// Consumes one element at token `i`; returns the next index and the updated captures.
    private func consume(_ element: CompiledElement, at i: Int, _ tokens: [TokenFacts], _ end: Int, _ caps: Captures) -> (Int, Captures)? {
        let t = tokens[i]
        guard let cls = element.cls else {
            guard t.entry >= 0, bits[element.set + Int(t.entry) >> 6] & (1 << UInt64(Int(t.entry) & 63)) != 0 else { return nil }
            // A literal part of the day (`last night`, `tonight`) dates the result to it.
            if let part = infos[Int(t.entry)].part {
                var c = caps
                c.part = part
                return (i + 1, c)
            }
            return (i + 1, caps)
        }
        var c = caps
        let info = self.info(t)
        switch cls {
        case .month:
            guard let m = info?.month, t.capitalized else { return nil }
            c.month = UInt8(m)
        case .weekday, .weekdays:
            guard let d = info?.weekday, t.capitalized, info?.weekdayPlural == (cls == .weekdays) else { return nil }
            c.weekday = UInt8(d)
        case .holiday:
            guard t.capitalized, let candidates = info?.holidays, !candidates.isEmpty else { return nil }
            var best: (Int, UInt8)?
            for h in candidates {
                let words = holidayEntries[Int(h)]
                guard i + words.count <= end else { continue }
                var k = 0
                while k < words.count, tokens[i + k].entry == words[k] { k += 1 }
                if k == words.count, words.count > (best?.0 ?? 0) { best = (words.count, h) }
            }
            guard let (n, h) = best else { return nil }
            c.holiday = h
            return (i + n, c)
        case .season:
            guard let s = info?.season else { return nil }
            c.season = s
        case .part, .parts:
            guard let p = info?.part, info?.partPlural == (cls == .parts) else { return nil }
            c.part = p
        case .mod:
            guard let m = info?.pointMod else { return nil }
            c.mod = m
        case .modof:
            guard let m = info?.partMod else { return nil }
            c.mod = m
        case .qmod:
            guard let m = info?.quantityMod else { return nil }
            c.quantityMod = m
        case .unit, .unit1, .units:
            guard let u = info?.unit else { return nil }
            let plural = info?.unitPlural ?? false
            if cls == .unit1 && plural || cls == .units && !plural { return nil }
            c.unit = UInt8(u)
            c.unitPlural = plural
        case .ord:
            if let o = info?.ordinal {
                c.ordinal = UInt8(o)
            } else if let n = t.number, n.suffix == .ordinal, !n.separated, n.value <= 255 {
                c.ordinal = UInt8(n.value)
            } else {
                return nil
            }
        case .day:
            guard let n = t.number, !n.separated, n.digits <= 2, n.suffix == .none || n.suffix == .ordinal, (1...31).contains(n.value) else { return nil }
            c.day = UInt8(n.value)
        case .monthnum:
            guard let n = t.number, !n.separated, n.digits == 2, n.suffix == .none, (1...12).contains(n.value) else { return nil }
            c.month = UInt8(n.value)
        case .year:
            guard let n = t.number else {
                guard let (stop, year) = spokenYear(at: i, tokens, end) else { return nil }
                c.year = Int16(year)
                return (stop, c)
            }
            guard !n.separated, n.digits == 4, n.suffix == .none, (1000...2199).contains(n.value) else { return nil }
            c.year = Int16(n.value)
        case .decade:
            guard let n = t.number, !n.separated, n.digits == 4, n.suffix == .plural, n.value % 10 == 0 else { return nil }
            c.decade = Int16(n.value)
        case .clock:
            guard let n = t.number, let minutes = n.clock else { return nil }
            c.clock = Int16(TimexMatcher.meridiem(minutes, n.suffix))
        case .hour:
            guard let n = t.number, !n.separated, n.digits <= 2, n.suffix == .none || n.suffix == .am || n.suffix == .pm,
                  (0...24).contains(n.value) else { return nil }
            c.clock = Int16(TimexMatcher.meridiem(n.value * 60, n.suffix))
        case .ampm:
            guard let m = info?.meridiem, let minutes = c.clock else { return nil }
            c.clock = Int16(TimexMatcher.meridiem(Int(minutes), m == 1 ? .am : .pm))
        case .clockword:
            guard let m = info?.clockMinutes else { return nil }
            c.clock = m
        case .tz:
            guard info?.zone == true else { return nil }
        case .num:
            guard let (stop, value) = number(at: i, tokens, end) else { return nil }
            if c.number == nil { c.number = .some(value) } else { c.secondNumber = .some(value) }
            return (stop, c)
        }
        return (i + 1, c)
    }

    /// A year said in words: `nineteen ninety-six`, `nineteen oh five`, `twenty ten`, `two thousand (and) one`.
    private func spokenYear(at i: Int, _ tokens: [TokenFacts], _ end: Int) -> (Int, Int)? {
        guard let first = info(tokens[i])?.number, i + 1 < end else { return nil }
        /// A number word 0…99 at `j` (`ninety`, `ninety-six`, `twelve`, `six`), with the index after it.
        func small(_ j: Int) -> (Int, Int)? {
            guard j < end, let inf = info(tokens[j]), let v = inf.number, let kind = inf.numberKind else { return nil }
            switch kind {
            case .unit, .teen: return (j + 1, v)
            case .ten:
                guard v < 100 else { return nil }
                var k = j + 1
                if k < end, tokens[k].entry == hyphenEntry { k += 1 }
                if k < end, let u = info(tokens[k]), u.numberKind == .unit, let uv = u.number { return (k + 1, v + uv) }
                return (j + 1, v)
            default: return nil
            }
        }
        if first == 2 {
            guard tokens[i + 1].entry == thousandEntry else { return nil }
            var j = i + 2
            if j < end, tokens[j].entry == andEntry { j += 1 }
            if let (stop, v) = small(j) { return (stop, 2000 + v) }
            return (i + 2, 2000)
        }
        guard first == 19 || first == 20 else { return nil }
        let next = tokens[i + 1]
        if next.entry == ohEntry, let (stop, v) = small(i + 2), v < 10 { return (stop, first * 100 + v) }
        guard let inf = info(next), let kind = inf.numberKind, kind == .ten || kind == .teen, inf.number != 100,
              let (stop, v) = small(i + 1) else { return nil }
        return (stop, first * 100 + v)
    }

    /// A clock time read with its a.m./p.m.: 10 p.m. = 22:00, 12 a.m. = 0:00 (an hour past 12 keeps its value).
    static func meridiem(_ minutes: Int, _ suffix: DigitNumber.Suffix) -> Int {
        let hour = minutes / 60
        switch suffix {
        case .pm where hour < 12: return minutes + 720
        case .am where hour == 12: return minutes - 720
        default: return minutes
        }
    }

    /// A count: digits, or number words (`twenty four`, `twenty-four`, `a`, `a few`, `a couple of`,
    /// `several`). The value is nil for an unstated count.
    private func number(at i: Int, _ tokens: [TokenFacts], _ end: Int) -> (Int, Int32?)? {
        let t = tokens[i]
        if let n = t.number {
            guard n.suffix == .none, !n.separated || n.digits <= 6 else { return nil }
            return n.separated ? nil : (i + 1, Int32(n.value))
        }
        guard let info = info(t), let value = info.number, let kind = info.numberKind else { return nil }
        let next = i + 1 < end ? tokens[i + 1].entry : -2
        switch kind {
        case .fuzzy:
            return (i + 1, nil)
        case .article:
            if next == fewEntry { return (i + 2, nil) }
            if next == coupleEntry {
                let afterOf = i + 2 < end && tokens[i + 2].entry == ofEntry ? i + 3 : i + 2
                return (afterOf, 2)
            }
            return (i + 1, 1)
        case .ten:
            var j = i + 1
            if j < end, tokens[j].entry == hyphenEntry { j += 1 }
            if j < end, let unitInfo = self.info(tokens[j]), unitInfo.numberKind == .unit, let u = unitInfo.number {
                return (j + 1, Int32(value + u))
            }
            return (i + 1, Int32(value))
        case .unit, .teen:
            if t.entry == coupleEntry, next == ofEntry { return (i + 2, Int32(value)) }
            if next == thousandEntry { return (i + 2, Int32(value * 1000)) }
            return (i + 1, Int32(value))
        case .ordinal, .multiplier, .spoken:
            return nil
        }
    }

    /// Checks on the words matched: a capitalised unit inside a sentence is part of a name (`60 Minutes`,
    /// `the Six-Day War`, `This Week` the programme) unless the name is a day's (`Thanksgiving Day`); a name standing alone needs its period when
    /// abbreviated (`Jan.`, `Wed.`), and an ambiguous month (`May`, `March`) a preposition before it.
    private func accept(_ p: Int, from i: Int, to end: Int, _ tokens: [TokenFacts], sentence: Range<Int>, heading: Bool) -> Bool {
        if !heading {
            for k in i..<end {
                let t = tokens[k]
                guard t.capitalized, t.flags & TokenFacts.allCapsFlag == 0, let info = info(t), info.unit != nil else { continue }
                if tokens[sentence.lowerBound..<k].contains(where: { $0.flags & TokenFacts.markFlag == 0 }) { return false }
            }
        }
        guard end - i == 1, let info = info(tokens[i]) else { return true }
        let sentenceStart = sentence.lowerBound
        var k = patternLower[p]
        while k < patternUpper[p], elements[k].isZeroWidth { k += 1 }
        guard k < patternUpper[p], let cls = elements[k].cls else { return true }
        switch cls {
        case .month:
            if info.monthAbbreviation && !tokens[i].endsWithPeriod { return false }
            if info.monthAmbiguous {
                return i > sentenceStart && self.info(tokens[i - 1])?.monthPreposition == true
            }
            return true
        case .weekday:
            return !info.weekdayAbbreviation || tokens[i].endsWithPeriod
        default:
            return true
        }
    }
}
