/// A calendar day in the proleptic Gregorian calendar, with no time zone.
///
/// Dateline never asks the machine's clock or time zone: every date is computed from the texts and
/// their publication dates with this type's integer arithmetic (days since 0000-03-01).
///
/// Stored in 8 bytes (a 32-bit year, a byte each for month and day) instead of 24: every event date
/// holds two days, and a corpus holds millions of events.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private let year32: Int32
    private let month8: UInt8
    private let day8: UInt8

    public var year: Int { Int(year32) }
    public var month: Int { Int(month8) }
    public var day: Int { Int(day8) }

    /// A validated day, or nil when the month or day is out of range (or the year beyond ±2^31).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year), let y = Int32(exactly: year) else { return nil }
        year32 = y
        month8 = UInt8(month)
        day8 = UInt8(day)
    }

    /// Parses `YYYY-MM-DD` (the first ten characters; anything after is ignored).
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `ordinal` days after 0000-03-01 (see ``ordinal``).
    public init(ordinal: Int) {
        // Civil-from-days (H. Hinnant), shifted so that day 0 is 0000-03-01.
        let z = ordinal
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        // Month and day are in range by construction; a year beyond ±2^31 is clamped.
        year32 = Int32(clamping: y)
        month8 = UInt8(clamping: m)
        day8 = UInt8(clamping: d)
    }

    /// Days since 0000-03-01; differences of ordinals are differences in days.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// The same day `n` months later, clamped to the month's last day.
    public func adding(months n: Int) -> Day {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        let d = min(day, Day.daysIn(month: m, year: y))
        return Day(year: y, month: m, day: d) ?? self
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 0000-03-01 was a Wednesday (ISO 3).
        let w = (ordinal + 2) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1) ?? thursday
        return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// `YYYY-Www`, the TIMEX3 value of the ISO week containing this day.
    public var isoWeekValue: String {
        let w = isoWeek
        return "\(Day.pad(w.year, 4))-W\(Day.pad(w.week, 2))"
    }

    /// Monday of the given ISO week.
    public static func monday(isoYear: Int, week: Int) -> Day? {
        guard let jan4 = Day(year: isoYear, month: 1, day: 4) else { return nil }
        let mondayOfWeek1 = jan4.adding(days: 1 - jan4.weekday)
        return mondayOfWeek1.adding(days: (week - 1) * 7)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))" }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        return n < 0 ? "-" + padded : padded
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
