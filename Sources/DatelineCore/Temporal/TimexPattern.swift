/// A word class a pattern element can ask for.
enum TokenClass: String, Sendable, CaseIterable {
    case month, monthnum, day, year, decade, weekday, season, part, num, ord
    case unit, unit1, units, mod, modof, qmod
    case clock, hour, ampm, clockword, tz
    case holiday, weekdays, parts

    /// A bit of its own, for class masks.
    var bit: UInt32 { 1 << UInt32(TokenClass.allCases.firstIndex(of: self) ?? 31) }
}

/// One element of a pattern: literal words or a class, optionally optional, or a zero-width test of
/// the next token (`!X` must not be X, `&X` must be X) or of the token before the match (`<X`).
struct PatternElement: Sendable {
    enum Test: Sendable {
        case words(Set<WordKey>)
        case word(TokenClass)
    }
    var test: Test
    var optional = false
    var negative = false
    var ahead = false
    var behind = false

    /// Takes no token of the match.
    var isZeroWidth: Bool { negative || ahead || behind }
}

/// What a pattern's match means, resolved by ``TimexResolver``.
enum TimexAction: Sendable, Equatable {
    /// How far to move: a fixed count, or the captured number with a sign (0 = from the words).
    enum Count: Sendable, Equatable {
        case fixed(Int)
        case captured(sign: Int)
    }
    case date
    case anchor(unit: Int?, Count)
    /// `grain`: the period the result names when the words say so (`the year-ago quarter`).
    case ref(unit: Int?, Count, grain: Grain?)
    case ago(unit: Int?, Count)
    case weekday(Int), weekend(Int), season(Int), month(Int), monthYear(Int), seasonYear(Int), holiday(Int)
    /// The captured ordinal quarter or half of the publication year + N (`last year's third quarter`).
    case quarterYear(Int), halfYear(Int)
    /// The captured ordinal, or a fixed one (`the latter half` = 2).
    case quarter(Int?), half(Int?)
    /// The quarter under discussion; `ended`: the latest one that has ended by the publication date
    /// (`the latest quarter` is a reported one, not a quarter just forecast).
    case refQuarter(ended: Bool)
    /// The captured ordinal century (`the 20th century` = 19).
    case century
    /// `half`: and a half unit more (`2 1/2 years` = P2Y6M).
    case duration(half: Bool)
    case set
    case value(String)
    /// A clock time on the day under discussion (`at 10 p.m.`).
    case time
    /// The captured weekday before (-1) or after (+1) the day under discussion (`the previous Friday`,
    /// `the following Monday`).
    case refWeekday(Int)
    /// Words that look temporal but are not (`as soon as`, `three-quarters of`): consumed, no timex.
    case skip

    /// Resolved against the reference time: such a date does not become the next reference
    /// (`the quarter` after `a year earlier` is still the quarter under discussion).
    var isNarrative: Bool {
        switch self {
        case .ref, .ago, .refWeekday: return true
        default: return false
        }
    }
}

/// A row of `temporal-patterns.tsv`: elements, the TIMEX3 type, the action and an optional mod.
struct TimexPattern: Sendable {
    var elements: [PatternElement]
    var type: TimexType
    var action: TimexAction
    var mod: String?
    /// The period the words name around the date found (`the week of March 6`, `Easter week`).
    var resultGrain: Grain?
    /// A loose time (`overnight`): it names no day under discussion for later `the previous Friday`.
    var vague = false
    var source: String

    init?(row: [String], unitByName: [String: Int]) {
        guard row.count >= 3 else { return nil }
        let skip = row[2] == "skip"
        guard let type = skip && row[1] == "-" ? .date : TimexType(rawValue: row[1]) else { return nil }
        var elements: [PatternElement] = []
        for raw in row[0].split(separator: " ") {
            var text = Substring(raw)
            var element = PatternElement(test: .words([]))
            if text.count > 1, text.hasSuffix("?") { element.optional = true; text = text.dropLast() }
            if text.count > 1, text.hasPrefix("!") { element.negative = true; text = text.dropFirst() }
            if text.count > 1, text.hasPrefix("&") { element.ahead = true; text = text.dropFirst() }
            if text.count > 1, text.hasPrefix("<") { element.behind = true; text = text.dropFirst() }
            if text.hasPrefix("@") {
                guard let cls = TokenClass(rawValue: String(text.dropFirst())) else { return nil }
                element.test = .word(cls)
            } else {
                element.test = .words(Set(text.split(separator: "|").compactMap { WordKey(String($0)) }))
            }
            elements.append(element)
        }
        // A look-behind may only open a pattern, and something must be matched.
        guard elements.contains(where: { !$0.isZeroWidth }),
              !elements.dropFirst().contains(where: { $0.behind }) else { return nil }
        var parts = row[2].split(separator: " ").map(String.init)
        // `date week`, `holiday 0 week`: the result is the week around the date.
        var resultGrain: Grain?
        if let last = parts.last, ["date", "holiday"].contains(parts.first ?? ""), parts.count >= 2, let g = Grain(name: last) {
            resultGrain = g
            parts.removeLast()
        }
        func unit(_ s: String) -> Int?? { s == "@" ? .some(nil) : unitByName[s].map { .some($0) } }
        func count(_ s: String) -> TimexAction.Count? {
            switch s {
            case "n": return .captured(sign: 0)
            case "-n": return .captured(sign: -1)
            case "+n": return .captured(sign: 1)
            default: return Int(s).map { .fixed($0) }
            }
        }
        let action: TimexAction
        switch (parts.first ?? "", parts.count) {
        case ("date", 1): action = .date
        case ("quarter", 1): action = .quarter(nil)
        case ("half", 1): action = .half(nil)
        case ("quarter", 2), ("half", 2):
            guard let n = Int(parts[1]) else { return nil }
            action = parts[0] == "quarter" ? .quarter(n) : .half(n)
        case ("refquarter", 1): action = .refQuarter(ended: false)
        case ("refquarter", 2):
            guard parts[1] == "ended" else { return nil }
            action = .refQuarter(ended: true)
        case ("century", 1): action = .century
        case ("duration", 1): action = .duration(half: false)
        case ("duration", 2):
            guard parts[1] == "half" else { return nil }
            action = .duration(half: true)
        case ("set", 1): action = .set
        case ("value", 2): action = .value(parts[1])
        case ("time", 1): action = .time
        case ("refweekday", 2):
            guard let n = Int(parts[1]), n == -1 || n == 1 else { return nil }
            action = .refWeekday(n)
        case ("skip", 1): action = .skip
        case ("ref", 4):
            guard let u = unit(parts[1]), let c = count(parts[2]), let g = Grain(name: parts[3]) else { return nil }
            action = .ref(unit: u, c, grain: g)
        case ("anchor", 3), ("ref", 3), ("ago", 3):
            guard let u = unit(parts[1]), let c = count(parts[2]) else { return nil }
            action = parts[0] == "anchor" ? .anchor(unit: u, c) : parts[0] == "ref" ? .ref(unit: u, c, grain: nil) : .ago(unit: u, c)
        case ("weekday", 2), ("weekend", 2), ("season", 2), ("month", 2), ("monthyear", 2), ("seasonyear", 2), ("holiday", 2),
             ("quarteryear", 2), ("halfyear", 2):
            guard let n = Int(parts[1]) else { return nil }
            switch parts[0] {
            case "holiday": action = .holiday(n)
            case "weekday": action = .weekday(n)
            case "weekend": action = .weekend(n)
            case "season": action = .season(n)
            case "monthyear": action = .monthYear(n)
            case "seasonyear": action = .seasonYear(n)
            case "quarteryear": action = .quarterYear(n)
            case "halfyear": action = .halfYear(n)
            default: action = .month(n)
            }
        default: return nil
        }
        self.elements = elements
        self.type = type
        self.action = action
        self.resultGrain = resultGrain
        self.mod = row.count > 3 && !row[3].isEmpty ? row[3] : nil
        self.vague = row.count > 4 && row[4] == "vague"
        self.source = row[0]
    }
}

/// What a match captured: small plain fields, copied freely while the matcher backtracks.
struct Captures: Sendable {
    var month: UInt8?
    var day: UInt8?
    var year: Int16?
    var decade: Int16?
    var weekday: UInt8?
    var season: NameCode?
    var part: NameCode?
    /// Present when a count was matched; `.some(nil)` for an unstated count (`several`, bare plural).
    var number: Int32??
    var secondNumber: Int32??
    var ordinal: UInt8?
    var unit: UInt8?
    var unitPlural = false
    var mod: NameCode?
    var quantityMod: NameCode?
    /// Minutes after midnight of a clock time (`10:35 a.m.` = 635, `noon` = 720).
    var clock: Int16?
    /// Index of a named day (``TemporalLexicon/holidays``).
    var holiday: UInt8?
    /// The side of the publication date a hedge keeps (see `temporal-modifiers.tsv`).
    var modSide: Int8 = 0
}
