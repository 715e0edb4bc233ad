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
    /// `cls.bit`, or 0 for literal words.
    var classBit: UInt32 = 0
    /// Offset of the element's entry bit set in ``TimexMatcher`` `bits` (literal elements).
    var set: Int
    var optional: Bool
    var negative: Bool
    var ahead: Bool
    var behind: Bool

    var isZeroWidth: Bool { negative || ahead || behind }
}

/// The identity of a compiled element, for sharing trie nodes.
private struct ElementKey: Hashable {
    var cls: TokenClass?
    var set: Int
    var negative: Bool
    var ahead: Bool

    init(_ e: CompiledElement) {
        cls = e.cls
        set = e.cls == nil ? e.set : -1
        negative = e.negative
        ahead = e.ahead
    }
}

/// An edge of the pattern trie: the element to pass and the node it leads to.
struct TrieEdge: Sendable {
    var element: CompiledElement
    var child: Int32
}

/// Matches the pattern table over a sentence's tokens.
///
/// The patterns are compiled into a trie of elements (each optional element taken or left), so that a
/// prefix shared by many rows (`the`, a count) is tested once per token.
///
/// Cost: per token one byte-table read (most words stop there) or one hash probe; the trie is entered
/// only at tokens that can start a pattern, through the root edges that can take that token.
/// Everything the hot loop touches is plain data in flat arrays: no allocation, no reference counting.
struct TimexMatcher: Sendable {
    let lexicon: TemporalLexicon
    private let table: WordKeyTable
    /// What the lexicons say about each entry (all-nil for words that only patterns name).
    private var infos: [WordInfo] = []
    /// The pattern trie, flat: node `n`'s edges are `edges[edgeLower[n]..<edgeUpper[n]]`, the patterns
    /// that end at it `terminals[terminalLower[n]..<terminalUpper[n]]` (pattern << 8 | variant, sorted).
    private var edges: [TrieEdge] = []
    private var edgeLower: [Int32] = []
    private var edgeUpper: [Int32] = []
    private var terminals: [Int32] = []
    private var terminalLower: [Int32] = []
    private var terminalUpper: [Int32] = []
    /// The root edges that may take entry `e`: `rootEdges[rootLower[e]..<rootUpper[e]]`; and a number token.
    private var rootEdges: [Int32] = []
    private var rootLower: [Int32] = []
    private var rootUpper: [Int32] = []
    private var numberRootEdges: [Int32] = []
    /// Per pattern: the test of the token before the match (`<X`), and the class of its first element.
    private var before: [CompiledElement?] = []
    private var firstClass: [TokenClass?] = []
    private var bits: [UInt64] = []
    /// The classes each entry's word may take, and those a number token may take (as ``TokenClass/bit``s).
    private var classMasks: [UInt32] = []
    private let numberClassMask: UInt32
    /// The entries of each holiday's words, and the holidays whose name begins with each entry.
    private var holidayEntries: [[Int32]] = []
    private var holidaysByEntry: [[UInt8]] = []
    private let ofEntry: Int32
    private let coupleEntry: Int32
    private let fewEntry: Int32
    private let hyphenEntry: Int32
    private let thousandEntry: Int32
    private let ohEntry: Int32
    private let andEntry: Int32
    /// The entries of `'` and `’` (`'80s`).
    private let apostrophes: [Int32]
    private let commaEntry: Int32
    private let endedEntry: Int32
    private let endingEntry: Int32
    /// The entry of `to` (`set to`, `is to` tell a future).
    let toEntry: Int32
    let inEntry: Int32

    init(lexicon: TemporalLexicon) {
        self.lexicon = lexicon
        // Every word a pattern names or a lexicon describes gets an entry; entries are numbered in a
        // fixed order so that runs are reproducible.
        var literal = Set<WordKey>()
        for pattern in lexicon.patterns {
            for element in pattern.elements { if case .words(let keys) = element.test { literal.formUnion(keys) } }
        }
        let keys = literal.union(lexicon.words.keys).sorted { $0.sortKey < $1.sortKey }
        let entryOf = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Int32($0)) })
        table = WordKeyTable(keys)
        infos = keys.map { lexicon.words[$0] ?? WordInfo() }
        classMasks = infos.map { TimexMatcher.classes(of: $0).reduce(0) { $0 | $1.bit } }
        numberClassMask = [TokenClass.num, .day, .year, .decade, .ord, .monthnum, .clock, .hour].reduce(0) { $0 | $1.bit }

        // Literal word sets as bit sets over entries, one copy per distinct set.
        let words = (keys.count + 63) / 64
        var setOffset: [[Int32]: Int] = [:]
        var bitRows: [UInt64] = []
        func compile(_ element: PatternElement) -> CompiledElement {
            var compiled = CompiledElement(cls: nil, set: 0, optional: false, negative: element.negative,
                                           ahead: element.ahead, behind: false)
            switch element.test {
            case .word(let cls):
                compiled.cls = cls
                compiled.classBit = cls.bit
            case .words(let set):
                let members = set.compactMap { entryOf[$0] }.sorted()
                if let offset = setOffset[members] {
                    compiled.set = offset
                } else {
                    var row = [UInt64](repeating: 0, count: words)
                    for e in members { row[Int(e) >> 6] |= 1 << UInt64(Int(e) & 63) }
                    compiled.set = bitRows.count
                    setOffset[members] = bitRows.count
                    bitRows += row
                }
            }
            return compiled
        }

        // The trie: every pattern with each optional element taken or left (taken first), shared prefixes
        // tested once per token.
        var children: [[ElementKey: Int]] = [[:]]
        var childOrder: [[(CompiledElement, Int)]] = [[]]
        var ends: [[Int32]] = [[]]
        for (index, pattern) in lexicon.patterns.enumerated() {
            var elements = pattern.elements[...]
            if let first = elements.first, first.behind {
                var b = compile(first)
                b.behind = true
                before.append(b)
                elements = elements.dropFirst()
            } else {
                before.append(nil)
            }
            firstClass.append(elements.first(where: { !$0.isZeroWidth }).flatMap { e -> TokenClass? in
                if case .word(let cls) = e.test { return cls } else { return nil }
            })
            var variants: [[CompiledElement]] = [[]]
            for element in elements {
                let c = compile(element)
                variants = element.optional ? variants.flatMap { [$0 + [c], $0] } : variants.map { $0 + [c] }
            }
            for (rank, variant) in variants.enumerated() where variant.contains(where: { !$0.isZeroWidth }) && rank < 256 {
                guard let first = variant.first, !first.isZeroWidth else { continue }
                var node = 0
                for element in variant {
                    let key = ElementKey(element)
                    if let next = children[node][key] {
                        node = next
                    } else {
                        children.append([:])
                        childOrder.append([])
                        ends.append([])
                        children[node][key] = children.count - 1
                        childOrder[node].append((element, children.count - 1))
                        node = children.count - 1
                    }
                }
                ends[node].append(Int32(index << 8 | rank))
            }
        }
        for n in 0..<children.count {
            edgeLower.append(Int32(edges.count))
            edges += childOrder[n].map { TrieEdge(element: $0.0, child: Int32($0.1)) }
            edgeUpper.append(Int32(edges.count))
            terminalLower.append(Int32(terminals.count))
            terminals += ends[n].sorted()
            terminalUpper.append(Int32(terminals.count))
        }
        bits = bitRows

        // Which root edges can take each entry, and a number.
        let numberClasses: Set<TokenClass> = [.num, .day, .year, .decade, .ord, .monthnum, .clock, .hour]
        for (e, info) in infos.enumerated() {
            let classes = Set(TimexMatcher.classes(of: info))
            rootLower.append(Int32(rootEdges.count))
            for (k, edge) in childOrder[0].enumerated() {
                let el = edge.0
                let takes: Bool
                if let cls = el.cls { takes = classes.contains(cls) } else { takes = bitRows[el.set + e >> 6] & (1 << UInt64(e & 63)) != 0 }
                if takes { rootEdges.append(Int32(k)) }
            }
            rootUpper.append(Int32(rootEdges.count))
        }
        for (k, edge) in childOrder[0].enumerated() {
            if let cls = edge.0.cls, numberClasses.contains(cls) { numberRootEdges.append(Int32(k)) }
        }
        func entry(_ w: String) -> Int32 { WordKey(w).flatMap { entryOf[$0] } ?? -1 }
        holidayEntries = lexicon.holidays.map { h in h.words.map { entryOf[$0] ?? -1 } }
        holidaysByEntry = [[UInt8]](repeating: [], count: keys.count)
        for (index, h) in lexicon.holidays.enumerated() {
            if let e = entryOf[h.words[0]] { holidaysByEntry[Int(e)].append(UInt8(index)) }
        }
        thousandEntry = entry("thousand")
        ohEntry = entry("oh")
        andEntry = entry("and")
        ofEntry = entry("of")
        coupleEntry = entry("couple")
        fewEntry = entry("few")
        hyphenEntry = entry("-")
        toEntry = entry("to")
        inEntry = entry("in")
        apostrophes = [entry("'"), entry("’")]
        commaEntry = entry(",")
        endedEntry = entry("ended")
        endingEntry = entry("ending")
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

    /// Can a pattern start at this token? (The cheap test before ``longestMatch(at:_:sentence:heading:)``.)
    @inline(__always)
    func mayStart(_ t: TokenFacts) -> Bool {
        if t.isNumber { return true }
        return t.entry >= 0 && rootLower[Int(t.entry)] < rootUpper[Int(t.entry)]
    }

    /// The longest match starting at token `i` of the sentence `sentence` of `tokens` (ties: the earlier
    /// pattern). `heading`: the sentence is a headline, where every word may be capitalised.
    func longestMatch(at i: Int, _ tokens: [TokenFacts], sentence: Range<Int>, heading: Bool) -> Match? {
        let t = tokens[i]
        let roots: ArraySlice<Int32>
        if t.isNumber {
            roots = numberRootEdges[...]
        } else {
            guard t.entry >= 0 else { return nil }
            roots = rootEdges[Int(rootLower[Int(t.entry)])..<Int(rootUpper[Int(t.entry)])]
        }
        var best: Match?
        let base = Int(edgeLower[0])
        for k in roots {
            let edge = edges[base + Int(k)]
            guard let (j, caps) = consume(edge.element, at: i, tokens, sentence.upperBound, Captures()) else { continue }
            walk(Int(edge.child), at: j, from: i, tokens, sentence, heading, caps, &best)
        }
        return best
    }

    /// Depth-first through the trie from `node` at token `i` (the match began at `start`), keeping the best match.
    private func walk(_ node: Int, at i: Int, from start: Int, _ tokens: [TokenFacts], _ sentence: Range<Int>, _ heading: Bool,
                      _ caps: Captures, _ best: inout Match?) {
        if terminalLower[node] < terminalUpper[node], i >= (best?.end ?? i) {
            for t in terminals[Int(terminalLower[node])..<Int(terminalUpper[node])] {
                let p = Int(t >> 8)
                if let b = best, b.end == i, b.pattern <= p { break }
                if let test = before[p], !(start > sentence.lowerBound && consume(test, at: start - 1, tokens, sentence.upperBound, caps) != nil) {
                    continue
                }
                if accept(p, from: start, to: i, tokens, sentence: sentence, heading: heading || caps.holiday != nil) {
                    best = Match(pattern: p, end: i, captures: caps)
                    break
                }
            }
        }
        let end = sentence.upperBound
        for k in Int(edgeLower[node])..<Int(edgeUpper[node]) {
            let edge = edges[k]
            let element = edge.element
            if element.negative {
                if i < end, consume(element, at: i, tokens, end, caps) != nil { continue }
                walk(Int(edge.child), at: i, from: start, tokens, sentence, heading, caps, &best)
            } else if element.ahead {
                guard i < end, consume(element, at: i, tokens, end, caps) != nil else { continue }
                walk(Int(edge.child), at: i, from: start, tokens, sentence, heading, caps, &best)
            } else if i < end, let (j, c2) = consume(element, at: i, tokens, end, caps) {
                walk(Int(edge.child), at: j, from: start, tokens, sentence, heading, c2, &best)
            }
        }
    }

    /// Classes a lexicon word may begin.
    private static func classes(of info: WordInfo) -> [TokenClass] {
        var out: [TokenClass] = []
        if info.month != nil { out.append(.month) }
        if info.weekday != nil { out.append(info.weekdayPlural ? .weekdays : .weekday) }
        if info.startsHoliday { out.append(.holiday) }
        if let n = info.number, n == 2 || n == 19 || n == 20 { out.append(.year) }  // spoken years
        if info.season != nil { out.append(.season) }
        if info.part != nil { out.append(info.partPlural ? .parts : .part) }
        if info.number != nil { out.append(.num) }
        if info.ordinal != nil { out.append(.ord) }
        if info.decadeWord != nil { out.append(.decade) }
        if info.unit != nil { out += [.unit, .unit1, .units] }
        if info.pointMod != nil { out.append(.mod) }
        if info.partMod != nil { out.append(.modof) }
        if info.quantityMod != nil { out.append(.qmod) }
        if info.meridiem != nil { out.append(.ampm) }
        if info.clockMinutes != nil { out.append(.clockword) }
        if info.zone { out.append(.tz) }
        return out
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
        // Most class tests fail on a word that cannot take the class at all: say so before anything is copied.
        let mask = (t.entry >= 0 ? classMasks[Int(t.entry)] : 0) | (t.isNumber ? numberClassMask : 0)
        guard mask & element.classBit != 0 else { return nil }
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
            guard t.capitalized, info?.startsHoliday == true else { return nil }
            var best: (Int, UInt8)?
            for h in holidaysByEntry[Int(t.entry)] {
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
            c.modSide = info?.pointModSide ?? 0
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
            if let d = info?.decadeWord {
                c.decade = Int16(d)  // `the nineties`
            } else if let n = t.number, !n.separated, n.suffix == .plural, n.value % 10 == 0,
                      n.digits == 4 || (n.digits == 2 && i > 0 && TimexMatcher.isApostrophe(tokens[i - 1], apostrophes)) {
                c.decade = Int16(n.value)  // `1990s`, `'80s`
            } else {
                return nil
            }
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

    /// Is the token `ended` or `ending`?
    @inline(__always)
    func endsPeriod(_ t: TokenFacts) -> Bool { t.entry >= 0 && (t.entry == endedEntry || t.entry == endingEntry) }

    /// Is the token a comma?
    @inline(__always)
    func isComma(_ t: TokenFacts) -> Bool { t.entry >= 0 && t.entry == commaEntry }

    @inline(__always)
    static func isApostrophe(_ t: TokenFacts, _ entries: [Int32]) -> Bool { t.entry >= 0 && entries.contains(t.entry) }

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
        case .ordinal, .multiplier, .spoken, .decade:
            return nil
        }
    }

    /// Checks on the words matched: a capitalised unit inside a sentence is part of a name (`60 Minutes`,
    /// `the Six-Day War`, `This Week` the programme) unless the name is a day's (`Thanksgiving Day`); a name standing alone needs its period when
    /// abbreviated (`Jan.`, `Wed.`), and an ambiguous month (`May`, `March`) a preposition before it.
    private func accept(_ p: Int, from i: Int, to end: Int, _ tokens: [TokenFacts], sentence: Range<Int>, heading: Bool) -> Bool {
        if !heading {
            // A capitalised unit or part of the day in the match, or right after it (`Saturday Night Live`).
            for k in i..<min(end + 1, sentence.upperBound) {
                let t = tokens[k]
                guard t.capitalized, t.flags & TokenFacts.allCapsFlag == 0, let info = info(t),
                      info.unit != nil || (k == end && info.part != nil) else { continue }
                var w = sentence.lowerBound
                while w < k, tokens[w].flags & TokenFacts.markFlag != 0 { w += 1 }
                if w < k { return false }  // a word comes before it: mid-sentence
            }
        }
        guard end - i == 1, let info = info(tokens[i]) else { return true }
        let sentenceStart = sentence.lowerBound
        guard let cls = firstClass[p] else { return true }
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
