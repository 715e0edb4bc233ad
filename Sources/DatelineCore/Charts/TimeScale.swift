/// A left-to-right time axis on a true scale, with long empty gaps cut out and marked.
///
/// Time is split into segments around the days that hold events; within a segment a day has a fixed
/// width, and between segments a gap longer than ``Options/minimumGapDays`` (or a fortieth of the whole
/// span) is drawn as a narrow break saying how long it is. Each segment gets its own ticks, so a
/// segment of a few days next to one of a few years stay readable. Long imprecise dates (a month, a
/// year) do not stretch a segment that holds precise ones: they run across it instead.
public struct TimeScale: Sendable, Equatable {
    /// A stretch of time drawn at one scale: days `start..<end` (ordinals) across `x0...x1`.
    public struct Segment: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var x0: Double
        public var x1: Double
        /// Points per day.
        public var scale: Double { (x1 - x0) / Double(max(1, end - start)) }
        public var days: Int { end - start }
    }

    /// A compressed gap between two segments.
    public struct Break: Sendable, Equatable {
        public var x0: Double
        public var x1: Double
        /// Days left out.
        public var days: Int
    }

    public var segments: [Segment]
    public var breaks: [Break]

    public struct Options: Sendable {
        /// Gaps shorter than this are never cut.
        public var minimumGapDays = 14
        /// At most this many segments: the largest gaps are cut first.
        public var maximumSegments = 6
        public var breakWidth = 26.0
        /// The narrowest a segment gets (one with a single event: 56 points).
        public var minimumSegmentWidth = 64.0
        public init() {}
    }

    /// Fits intervals of days (ordinals, inclusive) into `x0...x1`.
    ///
    /// - Parameters:
    ///   - intervals: every event to draw: first and last day (a week or less counts as precise) and a
    ///     weight (how many events it stands for).
    public static func fit(_ intervals: [(first: Int, last: Int, weight: Int)], x0: Double, x1: Double, options: Options = Options()) -> TimeScale {
        guard !intervals.isEmpty, x1 > x0 else {
            return TimeScale(segments: [Segment(start: 0, end: 1, x0: x0, x1: max(x0 + 1, x1))], breaks: [])
        }
        let fine = intervals.filter { $0.last - $0.first < 7 }
        let coarse = intervals.filter { $0.last - $0.first >= 7 }
        let threshold = options.minimumGapDays

        // Precise items make the segments; imprecise ones make segments only where nothing precise is.
        var clusters = merge(fine.map { ($0.first, $0.last) }, gap: threshold)
        let lonely = coarse.filter { c in !clusters.contains { $0.0 <= c.last && c.first <= $0.1 } }
        clusters = merge(clusters + merge(lonely.map { ($0.first, $0.last) }, gap: threshold), gap: threshold)
        // Too many segments: close the gap that wastes least room — its share of the joined segment,
        // weighed by the events there (joining two sparse stretches costs little, stretching a dense
        // one costs much).
        func events(_ c: (Int, Int)) -> Int { intervals.filter { $0.first <= c.1 && $0.last >= c.0 }.count }
        while clusters.count > max(1, options.maximumSegments) {
            var best = 1
            var bestCost = Double.infinity
            for i in 1..<clusters.count {
                let gap = Double(clusters[i].0 - clusters[i - 1].1)
                let joined = Double(clusters[i].1 - clusters[i - 1].0 + 1)
                let cost = gap / joined * pow(Double(events(clusters[i - 1]) + events(clusters[i])), 0.8)
                if cost < bestCost {
                    bestCost = cost
                    best = i
                }
            }
            clusters[best - 1].1 = max(clusters[best - 1].1, clusters[best].1)
            clusters.remove(at: best)
        }

        // Pad each segment so nothing sits on its edge.
        var domains: [(Int, Int)] = clusters.map { c in
            let days = c.1 - c.0 + 1
            let pad = max(1, min(Int((Double(days) * 0.03).rounded()), threshold / 3))
            return (c.0 - pad, c.1 + 1 + pad)
        }
        // Padding must not make neighbours overlap.
        for i in domains.indices.dropFirst() where domains[i].0 < domains[i - 1].1 {
            let mid = (domains[i].0 + domains[i - 1].1) / 2
            domains[i - 1].1 = max(domains[i - 1].0 + 1, mid)
            domains[i].0 = domains[i - 1].1
        }

        // Width: a floor per segment, the rest shared by the events each holds (sub-linearly).
        let weights: [Double] = domains.map { d in
            let n = intervals.filter { $0.first < d.1 && $0.last >= d.0 }.reduce(0) { $0 + max(1, $1.weight) }
            return pow(Double(max(1, n)), 0.8) * max(1, log2(Double(d.1 - d.0)))
        }
        let counts: [Int] = domains.map { d in intervals.filter { $0.first < d.1 && $0.last >= d.0 }.count }
        let floors: [Double] = counts.map { $0 <= 1 ? options.minimumSegmentWidth - 8 : options.minimumSegmentWidth }
        let breaksWidth = options.breakWidth * Double(domains.count - 1)
        let available = x1 - x0 - breaksWidth
        let shrink = min(1, available / max(1, floors.reduce(0, +)))
        let spare = max(0, available - floors.reduce(0, +) * shrink)
        let total = weights.reduce(0, +)
        var segments: [Segment] = []
        var breaks: [Break] = []
        var x = x0
        for (i, d) in domains.enumerated() {
            let w = floors[i] * shrink + spare * (total > 0 ? weights[i] / total : 1 / Double(domains.count))
            if i > 0, let prev = segments.last {
                breaks.append(Break(x0: x, x1: x + options.breakWidth, days: d.0 - prev.end))
                x += options.breakWidth
            }
            segments.append(Segment(start: d.0, end: d.1, x0: x, x1: x + w))
            x += w
        }
        return TimeScale(segments: segments, breaks: breaks)
    }

    /// Joins intervals whose gap is at most `gap` days; returns them sorted.
    static func merge(_ intervals: [(Int, Int)], gap: Int) -> [(Int, Int)] {
        let sorted = intervals.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var out: [(Int, Int)] = []
        for iv in sorted {
            if let last = out.last, iv.0 - last.1 - 1 <= gap {
                out[out.count - 1].1 = max(last.1, iv.1)
            } else {
                out.append(iv)
            }
        }
        return out
    }

    public var x0: Double { segments.first?.x0 ?? 0 }
    public var x1: Double { segments.last?.x1 ?? 0 }

    /// The x of a moment given in days (ordinal plus a fraction: `d.ordinal` is the start of day `d`).
    /// Moments inside a cut gap map into its break; moments outside the axis clamp to its ends.
    public func x(_ t: Double) -> Double {
        guard let first = segments.first, let last = segments.last else { return 0 }
        if t <= Double(first.start) { return first.x0 }
        if t >= Double(last.end) { return last.x1 }
        for (i, s) in segments.enumerated() {
            if t < Double(s.start), i > 0 {
                let prev = segments[i - 1]
                let f = (t - Double(prev.end)) / Double(max(1, s.start - prev.end))
                return prev.x1 + f * (s.x0 - prev.x1)
            }
            if t <= Double(s.end) { return s.x0 + (t - Double(s.start)) * s.scale }
        }
        return last.x1
    }

    /// The centre of a day.
    public func x(center d: Day) -> Double { x(Double(d.ordinal) + 0.5) }

    /// Whether a moment lies inside a segment (not in a break, not off the ends).
    public func isDrawn(_ t: Double) -> Bool { segments.contains { Double($0.start) <= t && t <= Double($0.end) } }

    /// The segment a day falls in, if any.
    public func segment(containing ordinal: Int) -> Segment? { segments.first { $0.start <= ordinal && ordinal < $0.end } }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
