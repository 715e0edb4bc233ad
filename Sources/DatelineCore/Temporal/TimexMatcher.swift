/// A number token read off its bytes: `19`, `4th`, `1990s`, `10:30`.
struct DigitNumber: Sendable {
    enum Suffix: Sendable { case none, ordinal, plural, other }
    var value: Int
    var digits: Int
    var suffix: Suffix
    /// Has an inner `,` `.` or `:` (`2,000`, `10:30`).
    var separated: Bool

    init?(_ bytes: [UInt8], _ range: TextRange) {
        var value = 0
        var digits = 0
        var i = range.start
        var separated = false
        while i < range.end {
            let c = bytes[i]
            if c >= 0x30 && c <= 0x39 {
                if digits < 9 { value = value * 10 + Int(c - 0x30) }
                digits += 1
            } else if c == 0x2C || c == 0x2E || c == 0x3A {
                separated = true
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        var suffixBytes = [UInt8](bytes[i..<range.end])
        for k in suffixBytes.indices where suffixBytes[k] >= 0x41 && suffixBytes[k] <= 0x5A { suffixBytes[k] += 32 }
        switch suffixBytes {
        case []: suffix = .none
        case Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8): suffix = .ordinal
        case Array("s".utf8): suffix = .plural
        default: suffix = .other
        }
        self.value = value
        self.digits = digits
        self.separated = separated
    }
}

/// What the matcher knows about one token of the sentence being scanned.
struct TokenFacts: Sendable {
    var key: WordKey?
    var info: WordInfo?
    var number: DigitNumber?
    var capitalized: Bool
    var endsWithPeriod: Bool
    /// A lower-case word of five or more bytes ending in `ed` (`reported`, `agreed`): past tense.
    var pastShaped = false
    /// Index of the word's lexicon entry, or -1.
    var entry: Int32 = -1
    /// Bytes of a possessive ending (`'s`, `’s`) left out of the key and of a timex's span.
    var possessive = 0
}

/// Matches the pattern table over a sentence's tokens.
///
/// Cost: per token one dictionary look-up; patterns are tried only at tokens that can start one
/// (indexed by their first literal word or word class), so ordinary words cost nothing more.
struct TimexMatcher: Sendable {
    let lexicon: TemporalLexicon
    /// Word → index into ``wordInfos`` and ``wordStarts``: one look-up per token gives both.
    private var entries: [WordKey: Int32] = [:]
    private var wordInfos: [WordInfo?] = []
    /// Patterns (sorted indices) that may start at a word, by entry.
    private var wordStarts: [[Int]] = []
    /// Patterns that may start at a number token.
    private var numberStarts: [Int] = []
    private let ofKey = WordKey("of")
    private let coupleKey = WordKey("couple")
    private let fewKey = WordKey("few")
    private let hyphenKey = WordKey("-")

    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        var byWord: [WordKey: [Int]] = [:]
        var byClass: [TokenClass: [Int]] = [:]
        for (index, pattern) in lexicon.patterns.enumerated() {
            for element in pattern.elements where !element.negative {
                switch element.test {
                case .words(let keys): for k in keys { byWord[k, default: []].append(index) }
                case .word(let cls): byClass[cls, default: []].append(index)
                }
                if !element.optional { break }
            }
        }
        let keys = Set(byWord.keys).union(lexicon.words.keys)
        for key in keys.sorted(by: { $0.hashValue < $1.hashValue }) {
            let info = lexicon.words[key]
            var starts = byWord[key] ?? []
            if let info { for cls in TimexMatcher.classes(of: info) { starts += byClass[cls] ?? [] } }
            entries[key] = Int32(wordInfos.count)
            wordInfos.append(info)
            wordStarts.append(Array(Set(starts)).sorted())
        }
        let numberClasses: [TokenClass] = [.num, .day, .year, .decade, .ord, .monthnum]
        numberStarts = Array(Set(numberClasses.flatMap { byClass[$0] ?? [] })).sorted()
    }

    struct Match: Sendable {
        var pattern: Int
        var end: Int
        var captures: Captures
    }

    /// Facts for tokens `range` of the document.
    func facts(_ doc: SegmentedDocument, _ range: Range<Int>) -> [TokenFacts] {
        let bytes = doc.document.utf8
        var out: [TokenFacts] = []
        out.reserveCapacity(range.count)
        for t in range {
            let token = doc.tokens[t]
            let possessive = token.kind == .word ? TimexMatcher.possessiveLength(bytes, token.range) : 0
            let key = WordKey(bytes, TextRange(token.range.start, token.range.end - possessive))
            let entry = key.flatMap { entries[$0] } ?? -1
            var facts = TokenFacts(key: key, info: entry >= 0 ? wordInfos[Int(entry)] : nil, number: nil,
                                   capitalized: token.isCapitalized || token.isAllCaps,
                                   endsWithPeriod: token.range.length > 1 && bytes[token.range.end - 1] == 0x2E)
            facts.possessive = possessive
            facts.entry = entry
            if token.kind == .number { facts.number = DigitNumber(bytes, token.range) }
            if token.kind == .word, !token.isCapitalized, token.range.length >= 5,
               bytes[token.range.end - 2] == 0x65, bytes[token.range.end - 1] == 0x64 { facts.pastShaped = true }
            out.append(facts)
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

    /// The longest match starting at token `i` of `tokens` (ties: the earlier pattern).
    func longestMatch(at i: Int, _ tokens: [TokenFacts]) -> Match? {
        if tokens[i].number != nil { return longestMatch(at: i, tokens, among: numberStarts) }
        let entry = tokens[i].entry
        guard entry >= 0 else { return nil }
        return longestMatch(at: i, tokens, among: wordStarts[Int(entry)])
    }

    private func longestMatch(at i: Int, _ tokens: [TokenFacts], among candidates: [Int]) -> Match? {
        var best: Match?
        for p in candidates {
            let elements = lexicon.patterns[p].elements[...]
            if let (end, caps) = match(elements, at: i, tokens, Captures()), end > i, end > (best?.end ?? i) {
                if accept(p, from: i, to: end, tokens) { best = Match(pattern: p, end: end, captures: caps) }
            }
        }
        return best
    }

    /// Classes a lexicon word may begin.
    private static func classes(of info: WordInfo) -> [TokenClass] {
        var out: [TokenClass] = []
        if info.month != nil { out.append(.month) }
        if info.weekday != nil { out.append(.weekday) }
        if info.season != nil { out.append(.season) }
        if info.part != nil { out.append(.part) }
        if info.number != nil { out.append(.num) }
        if info.ordinal != nil { out.append(.ord) }
        if info.unit != nil { out += [.unit, .unit1, .units] }
        if info.pointMod != nil { out.append(.mod) }
        if info.partMod != nil { out.append(.modof) }
        if info.quantityMod != nil { out.append(.qmod) }
        return out
    }

    private func match(_ elements: ArraySlice<PatternElement>, at i: Int, _ tokens: [TokenFacts], _ caps: Captures) -> (Int, Captures)? {
        guard let element = elements.first else { return (i, caps) }
        let rest = elements.dropFirst()
        if element.negative {
            if i < tokens.count, consume(element.test, at: i, tokens, caps) != nil { return nil }
            return match(rest, at: i, tokens, caps)
        }
        if i < tokens.count, let (j, c2) = consume(element.test, at: i, tokens, caps), let r = match(rest, at: j, tokens, c2) {
            return r
        }
        return element.optional ? match(rest, at: i, tokens, caps) : nil
    }

    /// Consumes one element at token `i`; returns the next index and the updated captures.
    private func consume(_ test: PatternElement.Test, at i: Int, _ tokens: [TokenFacts], _ caps: Captures) -> (Int, Captures)? {
        var c = caps
        switch test {
        case .words(let keys):
            guard let k = tokens[i].key, keys.contains(k) else { return nil }
            return (i + 1, c)
        case .word(let cls):
            let info = tokens[i].info
            switch cls {
            case .month:
                guard let m = info?.month, tokens[i].capitalized else { return nil }
                c.month = m
            case .weekday:
                guard let d = info?.weekday, tokens[i].capitalized else { return nil }
                c.weekday = d
            case .season:
                guard let s = info?.season else { return nil }
                c.season = s
            case .part:
                guard let p = info?.part else { return nil }
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
                c.unit = u
                c.unitPlural = plural
            case .ord:
                if let o = info?.ordinal {
                    c.ordinal = o
                } else if let n = tokens[i].number, n.suffix == .ordinal, !n.separated {
                    c.ordinal = n.value
                } else {
                    return nil
                }
            case .day:
                guard let n = tokens[i].number, !n.separated, n.digits <= 2, n.suffix == .none || n.suffix == .ordinal, (1...31).contains(n.value) else { return nil }
                c.day = n.value
            case .monthnum:
                guard let n = tokens[i].number, !n.separated, n.digits == 2, n.suffix == .none, (1...12).contains(n.value) else { return nil }
                c.month = n.value
            case .year:
                guard let n = tokens[i].number, !n.separated, n.digits == 4, n.suffix == .none, (1000...2199).contains(n.value) else { return nil }
                c.year = n.value
            case .decade:
                guard let n = tokens[i].number, !n.separated, n.digits == 4, n.suffix == .plural, n.value % 10 == 0 else { return nil }
                c.decade = n.value
            case .num:
                guard let (end, value) = number(at: i, tokens) else { return nil }
                if c.number == nil { c.number = .some(value) } else { c.secondNumber = .some(value) }
                return (end, c)
            }
            return (i + 1, c)
        }
    }

    /// A count: digits, or number words (`twenty four`, `twenty-four`, `a`, `a few`, `a couple of`,
    /// `several`). The value is nil for an unstated count.
    private func number(at i: Int, _ tokens: [TokenFacts]) -> (Int, Int?)? {
        let t = tokens[i]
        if let n = t.number {
            guard n.suffix == .none, !n.separated || n.digits <= 6 else { return nil }
            return n.separated ? nil : (i + 1, n.value)
        }
        guard let info = t.info, let value = info.number, let kind = info.numberKind else { return nil }
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        switch kind {
        case .fuzzy:
            return (i + 1, nil)
        case .article:
            if let k = next?.key, k == fewKey { return (i + 2, nil) }
            if let k = next?.key, k == coupleKey {
                let afterOf = i + 2 < tokens.count && tokens[i + 2].key == ofKey ? i + 3 : i + 2
                return (afterOf, 2)
            }
            return (i + 1, 1)
        case .ten:
            var j = i + 1
            if j < tokens.count, tokens[j].key == hyphenKey { j += 1 }
            if j < tokens.count, let unitInfo = tokens[j].info, unitInfo.numberKind == .unit, let u = unitInfo.number {
                return (j + 1, value + u)
            }
            return (i + 1, value)
        case .unit, .teen:
            if t.key == coupleKey, let k = next?.key, k == ofKey { return (i + 2, value) }
            return (i + 1, value)
        case .ordinal:
            return nil
        }
    }

    /// Checks that apply to a name standing alone: an abbreviation needs its period (`Jan.`, `Wed.`),
    /// an ambiguous month (`May`, `March`) needs a preposition before it.
    private func accept(_ p: Int, from i: Int, to end: Int, _ tokens: [TokenFacts]) -> Bool {
        guard end - i == 1, let info = tokens[i].info else { return true }
        let elements = lexicon.patterns[p].elements
        guard let first = elements.first(where: { !$0.negative }), case .word(let cls) = first.test else { return true }
        switch cls {
        case .month:
            if info.monthAbbreviation && !tokens[i].endsWithPeriod { return false }
            if info.monthAmbiguous {
                return i > 0 && tokens[i - 1].info?.monthPreposition == true
            }
            return true
        case .weekday:
            return !info.weekdayAbbreviation || tokens[i].endsWithPeriod
        default:
            return true
        }
    }
}
