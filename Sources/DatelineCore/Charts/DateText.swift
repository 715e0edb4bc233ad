/// Dates as a reader sees them on a chart: `4 Mar 2025`, `March 2025`, `week of 3 Mar 2025`.
public enum DateText {
    public static let monthShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public static let monthLong = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static func short(_ month: Int) -> String { monthShort[max(1, min(12, month)) - 1] }
    static func long(_ month: Int) -> String { monthLong[max(1, min(12, month)) - 1] }

    /// `4 Mar 2025`.
    public static func day(_ d: Day) -> String { "\(d.day) \(short(d.month)) \(d.year)" }

    /// `4 Mar`.
    public static func dayMonth(_ d: Day) -> String { "\(d.day) \(short(d.month))" }

    /// A range of days: `4–6 Mar 2025`, `28 Feb – 2 Mar 2025`, `Dec 2024 – Jan 2025` style as needed.
    public static func range(_ a: Day, _ b: Day) -> String {
        if a == b { return day(a) }
        if a.year == b.year && a.month == b.month { return "\(a.day)–\(b.day) \(short(a.month)) \(a.year)" }
        if a.year == b.year { return "\(dayMonth(a)) – \(dayMonth(b)) \(a.year)" }
        return "\(day(a)) – \(day(b))"
    }

    /// An event date as written on a chart, by its precision.
    public static func eventDate(_ date: EventDate?) -> String {
        guard let date, let first = date.earliest ?? date.latest else { return "date unknown" }
        // Known from one side only (`PAST_REF`, `FUTURE_REF`): say which side.
        if date.precision == .unknown, date.earliest == nil, let l = date.latest { return "before \(day(l))" }
        if date.precision == .unknown, date.latest == nil { return "after \(day(first))" }
        let last = date.latest ?? first
        switch date.precision {
        case .day: return day(first)
        case .week: return "week of \(day(first))"
        case .month: return "\(long(first.month)) \(first.year)"
        case .quarter: return "Q\((first.month - 1) / 3 + 1) \(first.year)"
        case .year: return String(first.year)
        case .decade: return "\(first.year)s"
        case .unknown: return range(first, last)
        }
    }

    /// `3 years`, `14 months`, `5 weeks`, `12 days`: the length of a compressed gap.
    public static func duration(days: Int) -> String {
        if days >= 730 { return "\(Int((Double(days) / 365.25).rounded())) years" }
        if days >= 60 { return "\(Int((Double(days) / 30.44).rounded())) months" }
        if days >= 14 { return "\(Int((Double(days) / 7).rounded())) weeks" }
        return days == 1 ? "1 day" : "\(days) days"
    }

    /// `1,234`.
    public static func count(_ n: Int) -> String {
        let s = String(abs(n))
        var out = ""
        for (i, c) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }

    /// `1 event`, `3 events`.
    public static func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(count(n)) \(n == 1 ? one : many)" }
}
