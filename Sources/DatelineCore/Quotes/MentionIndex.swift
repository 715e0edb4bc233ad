/// Finds a document's mentions by position without scanning them all, so that resolving a speaker
/// costs the same at the end of a 50 MB text as at the start of a short one.
///
/// Mentions are bucketed by the byte their range starts at (``bucketBytes`` per bucket, each bucket in
/// the order the mentions were added); every query answers exactly as a scan of the whole mention
/// array in array order would. The index only knows the mentions added through ``add(_:at:)``.
///
/// Cost: building is O(mentions); ``firstOverlapping(_:)`` and ``contained(in:)`` read the buckets the
/// range covers (plus the longest mention's length before it); ``latest(before:where:)`` reads buckets
/// backwards from the byte until one holds a match.
struct MentionIndex: Sendable {
    static let bucketBytes = 512

    private var buckets: [[Int32]]
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var longest = 0
    /// Per entity: the highest sentence index of its mentions, -1 when none.
    private var lastSentence: [Int] = []

    init(_ mentions: [Mention], bytes: Int) {
        buckets = Array(repeating: [], count: bytes / MentionIndex.bucketBytes + 1)
        starts.reserveCapacity(mentions.count)
        ends.reserveCapacity(mentions.count)
        for (i, m) in mentions.enumerated() { add(m, at: i) }
    }

    private func bucket(_ byte: Int) -> Int { max(0, min(buckets.count - 1, byte / MentionIndex.bucketBytes)) }

    /// Records mention `m`, which is element `i` of the mention array (always the next one).
    mutating func add(_ m: Mention, at i: Int) {
        starts.append(m.range.start)
        ends.append(m.range.end)
        longest = max(longest, m.range.length)
        let b = bucket(m.range.start)
        buckets[b].append(Int32(truncatingIfNeeded: i))
        if m.entity >= 0 {
            if lastSentence.count <= m.entity { lastSentence += [Int](repeating: -1, count: m.entity + 1 - lastSentence.count) }
            lastSentence[m.entity] = max(lastSentence[m.entity], m.sentence)
        }
    }

    /// The first mention (in array order) that overlaps `r`, as `mentions.first { $0.range.overlaps(r) }`.
    func firstOverlapping(_ r: TextRange) -> Int? {
        var best: Int?
        let lo = bucket(r.start - longest)
        let hi = bucket(max(r.start, r.end - 1))
        for b in lo...hi {
            for j in buckets[b] {
                let i = Int(j)
                if let found = best, i >= found { continue }
                if starts[i] < r.end && r.start < ends[i] { best = i }
            }
        }
        return best
    }

    /// The mentions whose range lies inside `r`, in array order.
    func contained(in r: TextRange) -> [Int] {
        guard r.start < r.end else { return contains(emptyAt: r.start) }
        var out: [Int] = []
        // An empty mention at `r.end` is inside too.
        for b in bucket(r.start)...bucket(r.end) {
            for j in buckets[b] {
                let i = Int(j)
                if r.start <= starts[i] && ends[i] <= r.end { out.append(i) }
            }
        }
        out.sort()
        return out
    }

    /// Empty mentions at `byte` (the only ones an empty range contains).
    private func contains(emptyAt byte: Int) -> [Int] {
        var out: [Int] = []
        for j in buckets[bucket(byte)] where starts[Int(j)] == byte && ends[Int(j)] == byte { out.append(Int(j)) }
        return out
    }

    /// The mentions inside any of `ranges`, in array order, each once.
    func contained(inAny ranges: [TextRange]) -> [Int] {
        if ranges.count == 1, let r = ranges.first { return contained(in: r) }
        var seen = Set<Int>()
        var out: [Int] = []
        for r in ranges { for i in contained(in: r) where seen.insert(i).inserted { out.append(i) } }
        out.sort()
        return out
    }

    /// Of the mentions that end at or before `byte` and pass `test`, the one that starts last (the
    /// first in array order among equal starts), as a scan keeping the greatest start would find.
    func latest(before byte: Int, where test: (Int) -> Bool) -> Int? {
        var b = bucket(byte)
        while b >= 0 {
            var best: Int?
            for j in buckets[b] {
                let i = Int(j)
                guard ends[i] <= byte else { continue }
                if let found = best, starts[i] <= starts[found] { continue }
                if test(i) { best = i }
            }
            if let best { return best }
            b -= 1
        }
        return nil
    }

    /// The highest sentence index among entity `e`'s mentions, or nil.
    func lastSentence(of e: Int) -> Int? {
        guard e >= 0, e < lastSentence.count, lastSentence[e] >= 0 else { return nil }
        return lastSentence[e]
    }
}
