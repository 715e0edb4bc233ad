/// The size of a calendar period a timex names.
enum Grain: Int, Sendable, Comparable {
    case day, weekend, week, month, season, quarter, half, year, decade, century

    init?(name: String) {
        switch name {
        case "day": self = .day
        case "weekend": self = .weekend
        case "week": self = .week
        case "month": self = .month
        case "season": self = .season
        case "quarter": self = .quarter
        case "half": self = .half
        case "year": self = .year
        case "decade": self = .decade
        case "century": self = .century
        default: return nil
        }
    }

    static func < (a: Grain, b: Grain) -> Bool { a.rawValue < b.rawValue }

    var precision: DatePrecision {
        switch self {
        case .day: return .day
        case .weekend, .week: return .week
        case .month: return .month
        case .season, .quarter, .half: return .quarter
        case .year: return .year
        case .decade, .century: return .decade
        }
    }
}

/// A calendar period: a grain and its first day (a weekend starts on Saturday, winter on 1 December).
///
/// All arithmetic is on ``Day`` integers; nothing reads the clock or a time zone.
struct CalendarPoint: Hashable, Sendable {
    var grain: Grain
    var first: Day

    /// The period of `grain` that contains `day`.
    init(_ grain: Grain, containing day: Day) {
        self.grain = grain
        switch grain {
        case .day: first = day
        case .week: first = day.adding(days: 1 - day.weekday)
        case .weekend: first = day.adding(days: 6 - day.weekday)
        case .month: first = Day(year: day.year, month: day.month, day: 1) ?? day
        case .season:
            // Winter runs December–February and is named by its December's year.
            let startMonth = day.month == 12 ? 12 : day.month <= 2 ? 12 : ((day.month - 3) / 3) * 3 + 3
            let year = day.month <= 2 ? day.year - 1 : day.year
            first = Day(year: year, month: startMonth, day: 1) ?? day
        case .quarter: first = Day(year: day.year, month: ((day.month - 1) / 3) * 3 + 1, day: 1) ?? day
        case .half: first = Day(year: day.year, month: day.month <= 6 ? 1 : 7, day: 1) ?? day
        case .year: first = Day(year: day.year, month: 1, day: 1) ?? day
        case .decade: first = Day(year: CalendarPoint.floor(day.year, 10), month: 1, day: 1) ?? day
        case .century: first = Day(year: CalendarPoint.floor(day.year, 100), month: 1, day: 1) ?? day
        }
    }

    static func floor(_ n: Int, _ d: Int) -> Int { n >= 0 ? n / d * d : -((-n + d - 1) / d) * d }

    /// The period `n` grains of `unit` later (earlier when negative), at this point's grain.
    func shifted(by n: Int, _ unit: Grain) -> CalendarPoint {
        CalendarPoint(grain, containing: CalendarPoint.shift(first, by: n, unit))
    }

    static func shift(_ day: Day, by n: Int, _ unit: Grain) -> Day {
        switch unit {
        case .day: return day.adding(days: n)
        case .week, .weekend: return day.adding(days: 7 * n)
        case .month: return day.adding(months: n)
        case .season, .quarter: return day.adding(months: 3 * n)
        case .half: return day.adding(months: 6 * n)
        case .year: return day.adding(months: 12 * n)
        case .decade: return day.adding(months: 120 * n)
        case .century: return day.adding(months: 1200 * n)
        }
    }

    /// The last day of the period.
    var last: Day {
        switch grain {
        case .day: return first
        case .weekend: return first.adding(days: 1)
        case .week: return first.adding(days: 6)
        default: return CalendarPoint.shift(first, by: 1, grain).adding(days: -1)
        }
    }

    /// The TIMEX3 value of a timex naming this period: ``value``, except that a decade is written with
    /// its first three digits (`the 1990s` = `199`), as TimeML 1.2 (TIDES) writes it. The event date keeps
    /// ``value`` (`199X`), so dates, charts and the precision stay as they are.
    var timexValue: String {
        grain == .decade ? String(Day.pad(first.year, 4).dropLast()) : value
    }

    /// The event-date value: `2025-03-04`, `2025-W10`, `2025-W09-WE`, `2025-03`, `2025-SU`, `2025-Q3`, `2025-H2`, `2025`, `199X`, `19`.
    var value: String {
        let y = Day.pad(first.year, 4)
        switch grain {
        case .day: return first.description
        case .week: return first.isoWeekValue
        case .weekend: return first.isoWeekValue + "-WE"
        case .month: return y + "-" + Day.pad(first.month, 2)
        case .season:
            let code = ["", "", "", "SP", "", "", "SU", "", "", "FA", "", "", "WI"][first.month]
            return y + "-" + code
        case .quarter: return y + "-Q\((first.month - 1) / 3 + 1)"
        case .half: return y + "-H\(first.month <= 6 ? 1 : 2)"
        case .year: return y
        case .decade: return String(y.dropLast()) + "X"
        case .century: return String(y.dropLast(2))
        }
    }

    /// The date with its range of days. A START/MID/END hedge keeps the period's first, middle or last
    /// third (`late November` = 21-30, `the early 2000s` = 2000-2003, `mid-1997` = May-August); `side`
    /// -1/+1 keeps the days before/after `anchor` when it lies inside (`earlier this year`).
    func eventDate(basis: DateBasis, mod: String? = nil, side: Int = 0, anchor: Day? = nil) -> EventDate {
        var lo = first
        var hi = last
        if side != 0, let a = anchor, lo <= a, a <= hi {
            if side < 0, a > lo { hi = a.adding(days: -1) }
            if side > 0, a < hi { lo = a.adding(days: 1) }
        } else if let third = CalendarPoint.third(mod) {
            (lo, hi) = self.third(third)
        }
        return EventDate(value: value, precision: grain.precision, earliest: lo, latest: hi, basis: basis)
    }

    private static func third(_ mod: String?) -> Int? {
        switch mod {
        case "START": return 0
        case "MID": return 1
        case "END": return 2
        default: return nil
        }
    }

    /// Third `k` (0, 1, 2) of the period, cut at month or year boundaries where the period has them.
    private func third(_ k: Int) -> (Day, Day) {
        func years(_ n: Int) -> (Day, Day) {
            // n years from `first`: thirds of 4, 3 and 3 years for a decade (0-3, 4-6, 7-9), by 34/33/33 for a century.
            let cuts = n == 10 ? [0, 4, 7, 10] : [0, n * 34 / 100, n * 67 / 100, n]
            let lo = first.adding(months: 12 * cuts[k])
            let hi = first.adding(months: 12 * cuts[k + 1]).adding(days: -1)
            return (lo, hi)
        }
        func months(_ n: Int) -> (Day, Day) {
            let cuts = [0, (n + 2) / 3, n - n / 3, n]
            let lo = first.adding(months: cuts[k])
            let hi = first.adding(months: cuts[k + 1]).adding(days: -1)
            return (lo, max(lo, hi))
        }
        switch grain {
        case .century: return years(100)
        case .decade: return years(10)
        case .year: return months(12)
        case .half: return months(6)
        case .quarter, .season: return months(3)
        case .month:
            let lo = first.adding(days: 10 * k)
            return (lo, k == 2 ? last : lo.adding(days: 9))
        case .week:
            let cuts = [0, 2, 4, 7]
            return (first.adding(days: cuts[k]), first.adding(days: cuts[k + 1] - 1))
        case .day, .weekend:
            return (first, last)
        }
    }

    /// The TIMEX3 value of this grain when the date cannot be known (no publication date).
    static func unknownValue(_ grain: Grain) -> String {
        switch grain {
        case .day: return "XXXX-XX-XX"
        case .week: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .month: return "XXXX-XX"
        case .season: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .half: return "XXXX-HX"
        case .year: return "XXXX"
        case .decade: return "XXX"
        case .century: return "XX"
        }
    }
}
