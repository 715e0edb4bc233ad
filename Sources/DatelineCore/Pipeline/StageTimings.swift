#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pipeline's stages, for timing.
public enum Stage: String, CaseIterable, Sendable {
    case ingest, segmentation, dates, actors, quotes, events, facts, merge
}

/// Seconds spent per stage (summed over documents and threads).
public struct StageTimings: Sendable {
    public private(set) var seconds: [Stage: Double] = [:]

    public init() {}

    public mutating func add(_ stage: Stage, _ s: Double) { seconds[stage, default: 0] += s }

    public mutating func add(_ other: StageTimings) {
        for (k, v) in other.seconds { seconds[k, default: 0] += v }
    }
}

/// A monotonic stopwatch (CLOCK_MONOTONIC; never the wall clock).
public struct StageClock: Sendable {
    private var last: Double

    public init() { last = StageClock.now() }

    /// Seconds since the last lap (or since creation).
    public mutating func lap() -> Double {
        let t = StageClock.now()
        defer { last = t }
        return t - last
    }

    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
