/// Ticks and labels for each segment of a ``TimeScale``, at a unit that suits its scale: days, weeks,
/// months, quarters or years (a year step of 1, 2, 5, 10 …), with a second row naming the month or year.
public struct TimeAxis: Sendable, Equatable {
    public enum Unit: String, Sendable, Equatable { case day, week, month, year }

    /// A gridline at `x`, with a label centred at `labelX` (nil when there is no room).
    public struct Tick: Sendable, Equatable {
        public var x: Double
        public var label: String?
        public var labelX: Double
        /// The first day of the tick's unit (an id for the SVG).
        public var day: Day
    }

    /// A label of the second row (`March 2025`, `2025`), left-aligned at `x`.
    public struct Major: Sendable, Equatable {
        public var x: Double
        public var label: String
    }

    public var ticks: [Tick] = []
    public var majors: [Major] = []
    /// The unit chosen per segment, for tests and the legend.
    public var units: [(unit: Unit, step: Int)] { segmentUnits.map { ($0.0, $0.1) } }
    private var segmentUnits: [(Unit, Int)] = []

    public static func == (a: TimeAxis, b: TimeAxis) -> Bool { a.ticks == b.ticks && a.majors == b.majors }

    /// Steps tried in order, finest first.
    static let steps: [(Unit, Int)] = [
        (.day, 1), (.day, 2), (.week, 1), (.week, 2), (.month, 1), (.month, 3), (.month, 6),
        (.year, 1), (.year, 2), (.year, 5), (.year, 10), (.year, 20), (.year, 50), (.year, 100),
    ]

    /// - Parameters:
    ///   - scale: the time scale.
    ///   - size: the font size of tick labels.
    public init(scale: TimeScale, size: Double) {
        for seg in scale.segments {
            let (unit, step) = TimeAxis.choose(seg, size: size)
            segmentUnits.append((unit, step))
            if seg.days <= 4 {
                // A few days around one event: one tick, the full date, in the middle.
                let mid = Day(ordinal: seg.start + seg.days / 2)
                ticks.append(Tick(x: scale.x(Double(mid.ordinal)), label: DateText.day(mid), labelX: (seg.x0 + seg.x1) / 2, day: mid))
                continue
            }
            let boundaries = TimeAxis.boundaries(seg, unit: unit, step: step)
            var lastLabelEnd = -Double.infinity
            for (i, b) in boundaries.enumerated() {
                let x = scale.x(Double(b.ordinal))
                let next = i + 1 < boundaries.count ? boundaries[i + 1].ordinal : TimeAxis.advance(b, unit: unit, step: step).ordinal
                // Interval labels (one unit) sit in the middle of the visible part of their interval.
                let a = max(b.ordinal, seg.start)
                let z = min(next, seg.end)
                var text = TimeAxis.label(b, unit: unit, step: step, segment: seg)
                var labelX = step == 1 || unit == .week ? (unit == .week ? x : scale.x(Double(a + z) / 2)) : x
                if seg.days <= 3, unit == .day {
                    text = DateText.day(b)
                    labelX = scale.x(Double(a + z) / 2)
                }
                let w = TextMetrics.width(text, size: size)
                let fits = labelX - w / 2 >= lastLabelEnd + 4 && labelX - w / 2 >= seg.x0 - 2 && labelX + w / 2 <= seg.x1 + 2
                let inside = b.ordinal >= seg.start && b.ordinal <= seg.end
                if b.ordinal >= seg.start {
                    ticks.append(Tick(x: x, label: fits ? text : nil, labelX: labelX, day: b))
                } else if fits {
                    // The unit began before the segment: no gridline, but its label still names it.
                    ticks.append(Tick(x: seg.x0, label: text, labelX: labelX, day: b))
                }
                if fits && (inside || b.ordinal < seg.start) { lastLabelEnd = labelX + w / 2 }
            }
            // The second row: months under days and weeks, years under months and quarters; a unit
            // that begins before the segment is named at its start when enough of it is shown.
            if unit == .day || unit == .week || unit == .month {
                var d = Day(ordinal: seg.start)
                d = unit == .month ? (Day(year: d.year, month: 1, day: 1) ?? d) : (Day(year: d.year, month: d.month, day: 1) ?? d)
                var lastEnd = -Double.infinity
                while d.ordinal < seg.end {
                    let next = unit == .month
                        ? (Day(year: d.year + 1, month: 1, day: 1) ?? d.adding(days: 366))
                        : d.adding(months: 1)
                    let text = unit == .month ? String(d.year) : "\(DateText.long(d.month)) \(d.year)"
                    let x = max(seg.x0, scale.x(Double(d.ordinal))) + 1
                    let visible = min(seg.x1, scale.x(Double(next.ordinal))) - x
                    let w = TextMetrics.width(text, size: size, bold: true)
                    if x >= lastEnd + 8 && x + w <= seg.x1 + 6 && (d.ordinal >= seg.start || visible >= w) {
                        majors.append(Major(x: x, label: text))
                        lastEnd = x + w
                    }
                    d = next
                }
            }
        }
    }

    /// The finest step whose labels do not crowd each other in this segment.
    static func choose(_ seg: TimeScale.Segment, size: Double) -> (Unit, Int) {
        for (unit, step) in steps {
            let days: Double
            switch unit {
            case .day: days = Double(step)
            case .week: days = 7 * Double(step)
            case .month: days = 30.44 * Double(step)
            case .year: days = 365.25 * Double(step)
            }
            let sample: String
            switch unit {
            case .day: sample = "28"
            case .week: sample = "28 Mar"
            case .month: sample = "Mar"
            case .year: sample = "2025"
            }
            if days * seg.scale >= TextMetrics.width(sample, size: size) + max(10, size * 1.4) { return (unit, step) }
        }
        return (.year, 100)
    }

    /// Unit boundaries covering the segment, starting with the one at or before its start.
    static func boundaries(_ seg: TimeScale.Segment, unit: Unit, step: Int) -> [Day] {
        let start = Day(ordinal: seg.start)
        var d: Day
        switch unit {
        case .day:
            d = start
        case .week:
            d = start.adding(days: 1 - start.weekday)
        case .month:
            let m0 = ((start.month - 1) / step) * step + 1
            d = Day(year: start.year, month: m0, day: 1) ?? start
        case .year:
            let y0 = Int((Double(start.year) / Double(step)).rounded(.down)) * step
            d = Day(year: y0, month: 1, day: 1) ?? start
        }
        var out: [Day] = []
        var guardCount = 0
        while d.ordinal < seg.end, guardCount < 2000 {
            out.append(d)
            d = advance(d, unit: unit, step: step)
            guardCount += 1
        }
        return out
    }

    static func advance(_ d: Day, unit: Unit, step: Int) -> Day {
        switch unit {
        case .day: return d.adding(days: step)
        case .week: return d.adding(days: 7 * step)
        case .month: return d.adding(months: step)
        case .year: return Day(year: d.year + step, month: 1, day: 1) ?? d.adding(days: 365 * step)
        }
    }

    static func label(_ d: Day, unit: Unit, step: Int, segment: TimeScale.Segment) -> String {
        switch unit {
        case .day: return String(d.day)
        case .week: return DateText.dayMonth(d)
        case .month:
            return step == 3 ? "Q\((d.month - 1) / 3 + 1)" : DateText.short(d.month)
        case .year: return String(d.year)
        }
    }
}
