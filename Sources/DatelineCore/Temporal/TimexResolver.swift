/// The tense of the clause around a timex, as far as cue words tell.
enum ClauseTense: Sendable {
    case past, present, future
}

/// Turns a pattern match into a TIMEX3 value and a calendar range.
///
/// Relative expressions are resolved against the publication date (`anchor`) or the narrative's
/// reference time (the last day- or quarter-precise date the document mentioned). With no anchor
/// they keep `X` placeholders and no calendar range: nothing is guessed.
struct TimexResolver: Sendable {
    var anchor: Day?
    /// The anchor was read off the text rather than given: resolved dates are `inferred`.
    var anchorInferred: Bool
    var reference: CalendarPoint?
    /// The reference was named in a past-tense clause (`reported fourth-quarter earnings`): a quarter
    /// already reported, which has ended even when it is a fiscal one whose calendar quarter has not.
    var referenceReported = false
    /// The clause speaks of a run of months that is no quarter (`in the first nine months`): a year
    /// back from it is a year, not the quarter under discussion a year back.
    var monthsUnderDiscussion = false
    /// The expression follows `since`: it lies on or before publication, however near the next one is.
    var strictPast = false
    /// A past verb of the expression's own clause tells its tense: a month or season lies on or before
    /// publication, however near the next one is.
    var pastVerb = false
    /// The expression follows `in` in a future clause: a month or season that has ended is next year's.
    var futureIn = false
    /// The latest calendar dates the document stated or resolved against its publication date, newest
    /// last: `that year`, `the following month`, `at 10 p.m.` take the latest one fine enough.
    private(set) var mentions: [CalendarPoint] = []
    let units: [TimeUnit]
    /// The lexicon's interned names (season and part-of-day codes, mods).
    let names: [String]
    let holidays: [Holiday]

    init(anchor: Day?, anchorInferred: Bool, reference: CalendarPoint?, lexicon: TemporalLexicon) {
        self.anchor = anchor
        self.anchorInferred = anchorInferred
        self.reference = reference
        self.units = lexicon.units
        self.names = lexicon.names
        self.holidays = lexicon.holidays
    }

    /// Notes a date the text named, for later narrative references.
    mutating func remember(_ p: CalendarPoint) {
        if mentions.count == 8 { mentions.removeFirst() }
        mentions.append(p)
    }

    /// The latest mention of grain `grain` or finer, else the publication date.
    private func base(finerThan grain: Grain) -> CalendarPoint? {
        if let m = mentions.last(where: { $0.grain <= grain }) { return m }
        return anchor.map { CalendarPoint(.day, containing: $0) }
    }

    struct Resolved {
        var type: TimexType
        var value: String
        var mod: String?
        var point: CalendarPoint?
        var basis: DateBasis
        /// The side of the publication date a hedge keeps (`earlier this year`), 0 for none.
        var side: Int = 0
        /// Read off the quarter under discussion (`the 1988 period`): it does not become the next reference.
        var derived = false

        /// The calendar range: the point's days, narrowed by the hedge.
        func eventDate(anchor: Day?) -> EventDate? {
            point?.eventDate(basis: basis, mod: mod, side: side, anchor: anchor)
        }
    }

    /// Resolves a match; nil when the words do not make a valid date (`February 30`).
    func resolve(_ pattern: TimexPattern, _ captured: Captures, tense: ClauseTense?, backward: Bool) -> Resolved? {
        let c = Captured(captured)
        var type = pattern.type
        let relative: DateBasis = anchorInferred ? .inferred : .relative
        var out = Resolved(type: type, value: "", mod: (c.mod ?? c.quantityMod).map { names[Int($0)] } ?? pattern.mod, point: nil, basis: relative,
                           side: c.mod != nil ? Int(captured.modSide) : 0)
        let unitIndex: (Int?) -> Int? = { $0 ?? c.unit }

        func finish(_ found: CalendarPoint?, unknown grain: Grain, basis: DateBasis? = nil) -> Resolved {
            var r = out
            var point = found
            if let g = pattern.resultGrain, let p = point { point = CalendarPoint(g, containing: p.first) }
            if let point {
                r.point = point
                r.value = point.timexValue
                r.basis = basis ?? relative
            } else {
                r.value = CalendarPoint.unknownValue(grain)
            }
            if var clock = c.clock, type == .date || type == .time {
                // `4 in the afternoon`: the part of the day says which half.
                if let part = c.part.map({ names[Int($0)] }), clock < 720,
                   part == "AF" || part == "EV" || (part == "NI" && clock >= 360) { clock += 720 }
                if r.value.count == 10 { r.value += "T" + Day.pad(clock / 60, 2) + ":" + Day.pad(clock % 60, 2) }
                r.type = .time
            } else if let part = c.part.map({ names[Int($0)] }), type == .date || type == .time {
                if r.value.count == 10 { r.value += "T" + part }
                r.type = .time
            }
            return r
        }
        let count: (TimexAction.Count) -> Int? = { spec in
            switch spec {
            case .fixed(let n): return n
            case .captured(let sign):
                let magnitude: Int
                switch c.number {
                case .none: magnitude = 1
                case .some(.none): return nil
                case .some(.some(let n)): magnitude = n
                }
                return (sign == 0 ? (backward ? -1 : 1) : sign) * magnitude
            }
        }

        switch pattern.action {
        case .value(let v):
            out.value = v
            return out

        case .date:
            if var decade = c.decade {
                if decade < 100 {
                    // `the nineties`, `'80s`: the latest such decade that has begun by the publication date.
                    guard let anchor else { return finish(nil, unknown: .decade) }
                    decade += CalendarPoint.floor(anchor.year, 100)
                    if decade > anchor.year { decade -= 100 }
                    return finish(Day(year: decade, month: 1, day: 1).map { CalendarPoint(.decade, containing: $0) }, unknown: .decade)
                }
                return finish(Day(year: decade, month: 1, day: 1).map { CalendarPoint(.decade, containing: $0) }, unknown: .decade, basis: .stated)
            }
            if let year = c.year {
                if let month = c.month {
                    if let day = c.day {
                        guard let d = Day(year: year, month: month, day: day) else { return nil }
                        return finish(CalendarPoint(.day, containing: d), unknown: .day, basis: .stated)
                    }
                    return finish(Day(year: year, month: month, day: 1).map { CalendarPoint(.month, containing: $0) }, unknown: .month, basis: .stated)
                }
                if let season = c.season.map({ names[Int($0)] }) {
                    return finish(seasonStart(season, year: year).map { CalendarPoint(.season, containing: $0) }, unknown: .season, basis: .stated)
                }
                return finish(Day(year: year, month: 1, day: 1).map { CalendarPoint(.year, containing: $0) }, unknown: .year, basis: .stated)
            }
            guard let month = c.month else { return nil }
            if let day = c.day, Day(year: 2000, month: month, day: day) == nil { return nil }
            guard let anchor else {
                out.value = "XXXX-" + Day.pad(month, 2) + (c.day.map { "-" + Day.pad($0, 2) } ?? "")
                return out
            }
            let grain: Grain = c.day == nil ? .month : .day
            let point = pick(tense: tense, around: anchor) { year in
                Day(year: year, month: month, day: c.day ?? 1).map { CalendarPoint(grain, containing: $0) }
            }
            return finish(point, unknown: grain)

        case .anchor(let u, let n):
            guard let index = unitIndex(u), let n = count(n) else { return nil }
            let grain = units[index].grain
            if grain == .weekend { return resolveWeekend(n, tense: tense, finish: finish) }
            guard let anchor else { return finish(nil, unknown: grain) }
            let shift = clockDays(index, n) ?? n
            return finish(CalendarPoint(grain, containing: anchor).shifted(by: shift, grain == .day ? .day : grain), unknown: grain)

        case .ago(let u, let n), .ref(let u, let n, _):
            guard let index = unitIndex(u) else { return nil }
            guard let n = count(n) else {
                out.value = backward ? "PAST_REF" : "FUTURE_REF"
                return out
            }
            let unit = units[index]
            let unitGrain: Grain = unit.grain == .weekend ? .week : unit.grain
            var base: CalendarPoint?
            var named: Grain?
            if case .ref(_, _, let g) = pattern.action {
                // `last year's quarter`: a year back from the quarter under discussion, not from a year named.
                base = self.base(finerThan: g.map { min($0, unitGrain) } ?? unitGrain)
                named = g
                // `year-earlier results` in a quarterly report: a year back from the quarter under
                // discussion, not from a whole year named since (`last year, losses were …`).
                if g == nil, n < 0, unit.grain == .year, let reference, reference.grain == .quarter,
                   let b = base, b.grain > .quarter, b.first.year <= reference.first.year { base = reference }
            } else if unit.grain == .year, reference?.grain == .quarter {
                base = reference  // `a year ago` in a quarterly report: that quarter a year back
            } else {
                base = anchor.map { CalendarPoint(.day, containing: $0) }
            }
            // `For the nine months, … compared with a year earlier`: the months so far of the year under
            // discussion, which no TIMEX3 value names; a year back from them is the year before.
            if monthsUnderDiscussion, n < 0, unit.grain == .year, named == nil || named == .quarter,
               let year = (reference ?? anchor.map { CalendarPoint(.day, containing: $0) }) {
                let back = CalendarPoint.shift(year.first, by: n * unit.factor, unit.letterGrain)
                return finish(CalendarPoint(.year, containing: back), unknown: .year)
            }
            guard let base else { return finish(nil, unknown: named ?? max(unit.grain, .day)) }
            // A day-precise base gives the unit's own grain (`a week earlier` → a week), at most a year;
            // a coarser base keeps its grain (`a year earlier` than a quarter → that quarter a year back).
            // `that year`, `the same month` (no shift) name the unit's period around the base.
            var grain = named ?? (base.grain == .day || n == 0 ? min(unitGrain, .year) : base.grain)
            if n == 0, unit.grain == .weekend, named == nil { grain = .weekend }
            let shifted: Day
            if let days = clockDays(index, n) {
                shifted = base.first.adding(days: days)
            } else {
                shifted = CalendarPoint.shift(base.first, by: n * unit.factor, unit.letterGrain)
            }
            let found = CalendarPoint(grain, containing: shifted)
            if case .ref = pattern.action, n > 0, aheadOfPublication(found, tense: tense) { return finish(nil, unknown: grain) }
            return finish(found, unknown: grain)

        case .time:
            guard c.clock != nil else { return nil }
            guard let day = base(finerThan: .day) else { return finish(nil, unknown: .day) }
            return finish(CalendarPoint(.day, containing: day.first), unknown: .day)

        case .refWeekday(let n):
            guard let wd = c.weekday else { return nil }
            guard let base = base(finerThan: .day) else { return finish(nil, unknown: .day) }
            let from = base.first
            let days = n < 0 ? -((from.weekday - wd + 6) % 7 + 1) : (wd - from.weekday + 6) % 7 + 1
            let found = CalendarPoint(.day, containing: from.adding(days: days))
            if n > 0, aheadOfPublication(found, tense: tense) { return finish(nil, unknown: .day) }
            return finish(found, unknown: .day)

        case .skip:
            return nil

        case .weekday(let n):
            guard let wd = c.weekday else { return nil }
            guard let anchor else { return finish(nil, unknown: .day) }
            let back = (anchor.weekday - wd + 7) % 7  // days back to the latest such weekday on or before the anchor
            let day: Day
            switch n {
            case -1: day = anchor.adding(days: back == 0 ? -7 : -back)
            case 1: day = anchor.adding(days: (wd - anchor.weekday + 7) % 7 == 0 ? 7 : (wd - anchor.weekday + 7) % 7)
            default:
                if tense == .future {
                    day = anchor.adding(days: (wd - anchor.weekday + 7) % 7)
                } else {
                    day = anchor.adding(days: -back)
                }
            }
            return finish(CalendarPoint(.day, containing: day), unknown: .day)

        case .weekend(let n):
            return resolveWeekend(n, tense: tense, finish: finish)

        case .season(let n):
            guard let code = c.season.map({ names[Int($0)] }) else { return nil }
            guard let anchor else { return finish(nil, unknown: .season) }
            let make: (Int) -> CalendarPoint? = { y in seasonStart(code, year: y).map { CalendarPoint(.season, containing: $0) } }
            return finish(relativeChoice(n, tense: tense, anchor: anchor, make), unknown: .season)

        case .month(let n):
            guard let month = c.month else { return nil }
            let grain: Grain = c.day == nil ? .month : .day
            guard let anchor else { return finish(nil, unknown: grain) }
            let make: (Int) -> CalendarPoint? = { y in Day(year: y, month: month, day: c.day ?? 1).map { CalendarPoint(grain, containing: $0) } }
            if n == -1, grain == .month {
                // `last February` said in March is a year back: the month just ended is `last month`.
                let previous = CalendarPoint(.month, containing: anchor).shifted(by: -1, .month)
                return finish(relativeChoice(n, tense: tense, anchor: previous.first, make), unknown: grain)
            }
            return finish(relativeChoice(n, tense: tense, anchor: anchor, make), unknown: grain)

        case .holiday(let n):
            guard let index = c.holiday, index < holidays.count else { return nil }
            let holiday = holidays[index]
            if let year = c.year {
                return finish(holiday.day(in: year).map { CalendarPoint(.day, containing: $0) }, unknown: .day, basis: .stated)
            }
            guard let anchor else { return finish(nil, unknown: .day) }
            let make: (Int) -> CalendarPoint? = { y in holiday.day(in: y).map { CalendarPoint(.day, containing: $0) } }
            return finish(relativeChoice(n, tense: tense, anchor: anchor, make), unknown: .day)

        case .seasonYear(let n):
            guard let code = c.season.map({ names[Int($0)] }) else { return nil }
            guard let anchor else { return finish(nil, unknown: .season) }
            // `this winter` said in January is the winter under way, which began the December before.
            if n == 0, let under = seasonStart(code, year: anchor.year - 1).map({ CalendarPoint(.season, containing: $0) }),
               under.first <= anchor, anchor <= under.last {
                return finish(under, unknown: .season)
            }
            return finish(seasonStart(code, year: anchor.year + n).map { CalendarPoint(.season, containing: $0) }, unknown: .season)

        case .monthYear(let n):
            guard let month = c.month else { return nil }
            guard let anchor else { return finish(nil, unknown: .month) }
            return finish(Day(year: anchor.year + n, month: month, day: 1).map { CalendarPoint(.month, containing: $0) }, unknown: .month)

        case .quarterYear(let n), .halfYear(let n):
            let isQuarter: Bool
            if case .quarterYear = pattern.action { isQuarter = true } else { isQuarter = false }
            guard let ordinal = c.ordinal, ordinal >= 1, ordinal <= (isQuarter ? 4 : 2) else { return nil }
            let grain: Grain = isQuarter ? .quarter : .half
            guard let anchor else {
                out.value = isQuarter ? "XXXX-Q\(ordinal)" : "XXXX-H\(ordinal)"
                return out
            }
            let startMonth = (ordinal - 1) * (isQuarter ? 3 : 6) + 1
            return finish(Day(year: anchor.year + n, month: startMonth, day: 1).map { CalendarPoint(grain, containing: $0) }, unknown: grain)

        case .century:
            guard let ordinal = c.ordinal, ordinal >= 1, ordinal <= 30 else { return nil }
            // The 20th century is 1900-1999 here (TIMEX3 writes it 19).
            return finish(Day(year: (ordinal - 1) * 100, month: 1, day: 1).map { CalendarPoint(.century, containing: $0) },
                          unknown: .century, basis: .stated)

        case .quarter(let fixed), .half(let fixed):
            guard let ordinal = fixed ?? c.ordinal else { return nil }
            let isQuarter: Bool
            if case .quarter = pattern.action { isQuarter = true } else { isQuarter = false }
            guard ordinal >= 1, ordinal <= (isQuarter ? 4 : 2) else { return nil }
            let grain: Grain = isQuarter ? .quarter : .half
            let startMonth = (ordinal - 1) * (isQuarter ? 3 : 6) + 1
            if let year = c.year {
                return finish(Day(year: year, month: startMonth, day: 1).map { CalendarPoint(grain, containing: $0) }, unknown: grain, basis: .stated)
            }
            guard let anchor else {
                out.value = isQuarter ? "XXXX-Q\(ordinal)" : "XXXX-H\(ordinal)"
                return out
            }
            // A quarter or half without a year is the publication year's, unless the tense says it is
            // over (a future one that ended more than a season ago lies next year) or to come (a past
            // one not yet begun lies last year). Results just reported stay this year's.
            var year = anchor.year
            if let p = Day(year: year, month: startMonth, day: 1).map({ CalendarPoint(grain, containing: $0) }) {
                if tense == .future, p.last.ordinal < anchor.ordinal - 90 { year += 1 }
                if tense == .past, p.first > anchor { year -= 1 }
            }
            return finish(Day(year: year, month: startMonth, day: 1).map { CalendarPoint(grain, containing: $0) }, unknown: grain)

        case .refQuarter(let ended):
            if let year = c.year {
                // `the 1988 period`: the quarter under discussion, in that year; else the year.
                if let reference, reference.grain == .quarter {
                    var r = finish(Day(year: year, month: reference.first.month, day: 1).map { CalendarPoint(.quarter, containing: $0) },
                                   unknown: .quarter, basis: .stated)
                    r.derived = true
                    return r
                }
                return finish(Day(year: year, month: 1, day: 1).map { CalendarPoint(.year, containing: $0) }, unknown: .year, basis: .stated)
            }
            if let reference, reference.grain == .quarter, !ended || referenceReported || anchor.map({ reference.last < $0 }) ?? true {
                return finish(reference, unknown: .quarter)
            }
            guard let anchor else { return finish(nil, unknown: .quarter) }
            return finish(CalendarPoint(.quarter, containing: anchor).shifted(by: -1, .quarter), unknown: .quarter)

        case .duration(let half):
            guard let index = c.unit else { return nil }
            // A range of counts (`12, 13 months`, `two to three years`) runs upwards from a small count;
            // `In 1998, 13 months later` is no range.
            if case .some(let second) = captured.secondNumber {
                guard let second, case .some(.some(let n)) = c.number, n < 1000, Int(second) > n else { return nil }
            }
            let unit = units[index]
            let amount: String
            switch c.number {
            case .none: amount = c.unitPlural ? "X" : "\(unit.factor)"
            case .some(.none): amount = "X"
            case .some(.some(let n)): amount = "\(n * unit.factor)"
            }
            type = .duration
            out.type = .duration
            out.value = "P" + (unit.isClock ? "T" : "") + amount + unit.letter
            if half {
                switch c.number {
                case .none: out.value = halfMore(1, unit) ?? out.value  // `a minute and a half`
                case .some(.some(let n)): out.value = halfMore(n, unit) ?? out.value
                case .some(.none): break
                }
            }
            return out

        case .set:
            out.type = .set
            if let wd = c.weekday {
                out.value = "XXXX-WXX-\(wd)" + (c.part.map { "T" + names[Int($0)] } ?? "")
            } else if let month = c.month {
                out.value = "XXXX-" + Day.pad(month, 2)
            } else if let index = c.unit {
                let unit = units[index]
                var n = unit.factor
                if case .some(.some(let k)) = c.number { n *= k }
                out.value = "P" + (unit.isClock ? "T" : "") + "\(n)" + unit.letter
            } else {
                return nil
            }
            return out
        }
    }

    /// A time counted forward from the narrative's reference (`two months later`, `the next day`) that
    /// lands after publication in a past clause (`the judge died four days later`): the reference was not
    /// the time the clause counts from, so the day is unknown rather than guessed. (A present clause may
    /// speak of what lies ahead: `the state votes in the next week`.)
    private func aheadOfPublication(_ p: CalendarPoint, tense: ClauseTense?) -> Bool {
        guard let anchor, tense == .past else { return false }
        return p.first > anchor
    }

    /// `n` and a half units as a TIMEX3 duration: the half in the next smaller unit (P2Y6M, PT5H30M).
    private func halfMore(_ n: Int, _ u: TimeUnit) -> String? {
        if u.factor % 2 == 0 { return "P" + (u.isClock ? "T" : "") + "\(n * u.factor + u.factor / 2)" + u.letter }
        switch (u.letter, u.isClock) {
        case ("Y", false): return "P\(n * u.factor)Y6M"
        case ("M", false): return "P\(n)M15D"
        case ("W", false): return "P\(7 * n + 3)DT12H"
        case ("D", false): return "P\(n)DT12H"
        case ("H", true): return "PT\(n)H30M"
        case ("M", true): return "PT\(n)M30S"
        default: return nil
        }
    }

    /// Whole days for a clock unit (`24 hours` → 1), nil for calendar units.
    private func clockDays(_ unit: Int, _ n: Int) -> Int? {
        let u = units[unit]
        guard u.isClock else { return nil }
        let perDay = u.letter == "H" ? 24 : u.letter == "M" ? 1440 : 86_400
        return n * u.factor / perDay
    }

    private func resolveWeekend(_ n: Int, tense: ClauseTense?, finish: (CalendarPoint?, Grain, DateBasis?) -> Resolved) -> Resolved {
        guard let anchor else { return finish(nil, .weekend, nil) }
        let thisSaturday = anchor.adding(days: 6 - anchor.weekday)
        let inWeekend = anchor.weekday >= 6
        let saturday: Day
        switch n {
        case -1: saturday = thisSaturday.adding(days: -7)
        case 1: saturday = inWeekend ? thisSaturday.adding(days: 7) : thisSaturday
        default: saturday = inWeekend || tense == .future ? thisSaturday : thisSaturday.adding(days: -7)
        }
        return finish(CalendarPoint(.weekend, containing: saturday), .weekend, nil)
    }

    /// The period of year anchor.year-1…+1 nearest the anchor, unless the tense contradicts it by
    /// more than a season: a past clause moves a date more than 90 days ahead back a year, a future
    /// clause moves one more than 90 days behind forward a year. (Tense cues are weak; nearness is strong.)
    private func pick(tense: ClauseTense?, around anchor: Day, _ make: (Int) -> CalendarPoint?) -> CalendarPoint? {
        let candidates = (-1...1).compactMap { make(anchor.year + $0) }
        guard let nearest = candidates.min(by: { distance($0, anchor) < distance($1, anchor) }) else { return nil }
        if strictPast || (pastVerb && nearest.grain != .day), nearest.first > anchor {
            return candidates.last(where: { $0.first <= anchor }) ?? nearest
        }
        if tense == .past, nearest.first.ordinal > anchor.ordinal + 90 {
            return candidates.last(where: { $0.first <= anchor }) ?? nearest
        }
        if tense == .future, nearest.last.ordinal < anchor.ordinal - (futureIn && nearest.grain != .day ? 0 : 90) {
            return candidates.first(where: { $0.last >= anchor }) ?? nearest
        }
        return nearest
    }

    /// `last X` (-1), `next X` (+1) or `this X` / bare (0, by tense) for a named period that recurs yearly.
    private func relativeChoice(_ n: Int, tense: ClauseTense?, anchor: Day, _ make: (Int) -> CalendarPoint?) -> CalendarPoint? {
        let candidates = (-2...2).compactMap { make(anchor.year + $0) }
        switch n {
        case -1: return candidates.last(where: { $0.last < CalendarPoint(.day, containing: anchor).first && !($0.first <= anchor && anchor <= $0.last) })
        case 1: return candidates.first(where: { $0.first > anchor })
        default: return pick(tense: tense, around: anchor, make)
        }
    }

    private func distance(_ p: CalendarPoint, _ d: Day) -> Int {
        if d < p.first { return p.first.ordinal - d.ordinal }
        if d > p.last { return d.ordinal - p.last.ordinal }
        return 0
    }

    /// The captures widened to `Int` for arithmetic.
    private struct Captured {
        var month, day, year, decade, weekday, ordinal, unit, clock, holiday: Int?
        var season, part, mod, quantityMod: NameCode?
        var number: Int??
        var unitPlural: Bool

        init(_ c: Captures) {
            month = c.month.map(Int.init)
            day = c.day.map(Int.init)
            year = c.year.map(Int.init)
            decade = c.decade.map(Int.init)
            weekday = c.weekday.map(Int.init)
            ordinal = c.ordinal.map(Int.init)
            unit = c.unit.map(Int.init)
            clock = c.clock.map(Int.init)
            holiday = c.holiday.map(Int.init)
            season = c.season
            part = c.part
            mod = c.mod
            quantityMod = c.quantityMod
            number = c.number.map { $0.map(Int.init) }
            unitPlural = c.unitPlural
        }
    }

    private func seasonStart(_ code: String, year: Int) -> Day? {
        switch code {
        case "SP": return Day(year: year, month: 3, day: 1)
        case "SU": return Day(year: year, month: 6, day: 1)
        case "FA": return Day(year: year, month: 9, day: 1)
        case "WI": return Day(year: year, month: 12, day: 1)
        default: return nil
        }
    }
}
