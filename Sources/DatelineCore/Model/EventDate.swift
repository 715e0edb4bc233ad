/// How precisely a date is known.
public enum DatePrecision: String, Sendable, Codable, CaseIterable, Comparable {
    case day, week, month, quarter, year, decade, unknown

    /// Finer precisions sort first.
    public static func < (a: DatePrecision, b: DatePrecision) -> Bool {
        let order = DatePrecision.allCases
        return (order.firstIndex(of: a) ?? 0) < (order.firstIndex(of: b) ?? 0)
    }
}

/// Where a date came from.
public enum DateBasis: String, Sendable, Codable {
    /// Written out in the sentence (`March 4, 2025`).
    case stated
    /// Resolved from a relative expression against an anchor (`Thursday`, `a week earlier`).
    case relative
    /// No date in the sentence: the article's publication date stands in.
    case publication
    /// Guessed from context (a neighbouring sentence, an inferred publication date).
    case inferred
}

/// The date of an event: a TIMEX3-style value with its precision and the first and last day it covers.
///
/// A year-only date is `2025` with precision `year` and the range 2025-01-01…2025-12-31; it is never
/// pinned to 1 January.
public struct EventDate: Hashable, Sendable, Codable {
    public var value: String
    public var precision: DatePrecision
    public var earliest: Day?
    public var latest: Day?
    public var basis: DateBasis

    public init(value: String, precision: DatePrecision, earliest: Day?, latest: Day?, basis: DateBasis) {
        self.value = value
        self.precision = precision
        self.earliest = earliest
        self.latest = latest
        self.basis = basis
    }

    /// A single known day.
    public static func day(_ d: Day, basis: DateBasis) -> EventDate {
        EventDate(value: d.description, precision: .day, earliest: d, latest: d, basis: basis)
    }

    /// The ISO week containing `d`.
    public static func week(containing d: Day, basis: DateBasis) -> EventDate {
        let monday = d.adding(days: 1 - d.weekday)
        return EventDate(value: d.isoWeekValue, precision: .week, earliest: monday, latest: monday.adding(days: 6), basis: basis)
    }

    /// A whole month.
    public static func month(year: Int, month: Int, basis: DateBasis) -> EventDate? {
        guard let first = Day(year: year, month: month, day: 1) else { return nil }
        let last = first.adding(days: Day.daysIn(month: month, year: year) - 1)
        return EventDate(value: "\(Day.pad(year, 4))-\(Day.pad(month, 2))", precision: .month, earliest: first, latest: last, basis: basis)
    }

    /// A whole year.
    public static func year(_ year: Int, basis: DateBasis) -> EventDate? {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return nil }
        return EventDate(value: Day.pad(year, 4), precision: .year, earliest: first, latest: last, basis: basis)
    }

    /// The middle day of the range, used to place the date on a time axis.
    public var midpoint: Day? {
        guard let e = earliest, let l = latest else { return earliest ?? latest }
        return Day(ordinal: (e.ordinal + l.ordinal) / 2)
    }

    /// Length of the covered range in days (1 for a single day).
    public var spanDays: Int {
        guard let e = earliest, let l = latest else { return 0 }
        return l.ordinal - e.ordinal + 1
    }
}
