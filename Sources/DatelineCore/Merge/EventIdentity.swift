/// Stable, readable event ids and a fixed output order.
///
/// An id is `kind-date-hash`: the kind, the date value (`undated` when none) and six hex digits of a
/// hash of the event's first source (document and start offset, after sorting), e.g.
/// `meeting-2025-03-04-3fa2c1`. The same input always gives the same ids, and adding unrelated
/// articles does not change them.
enum EventIdentity {
    /// By first day (else last day), kind, first source.
    static func sorted(_ events: [Event]) -> [Event] { order(events).map { events[$0] } }

    /// The indices of ``sorted(_:)``.
    ///
    /// Kinds and documents are compared by their rank among the distinct values (the same order as
    /// comparing the strings, without comparing strings in the sort).
    static func order(_ events: [Event]) -> [Int] {
        // Fields read through the buffer: an event is not copied (a retain of each of its references).
        events.withUnsafeBufferPointer { buffer in
            let kindRank = sortedRanks(buffer.count) { buffer[$0].kind }
            let docRank = sortedRanks(buffer.count) { buffer[$0].sources.first?.doc ?? "" }
            let keys = buffer.indices.map { i in
                (buffer[i].date?.earliest?.ordinal ?? buffer[i].date?.latest?.ordinal ?? Int.max, kindRank[i], docRank[i],
                 buffer[i].sources.first?.start ?? 0)
            }
            return buffer.indices.sorted { keys[$0] < keys[$1] }
        }
    }

    static func assignIDs(_ events: [Event]) -> [Event] {
        var out = events
        assignIDs(&out, parallelism: 1)
        return out
    }

    /// Gives each event its id, in order (a repeated id gets `-2`, `-3` …); the ids' parts are made on
    /// up to `parallelism` threads.
    static func assignIDs(_ events: inout [Event], parallelism: Int) {
        let bases: [String] = events.withUnsafeBufferPointer { buffer in
            // Kinds and date values repeat: each slugged once, and looked up once per event.
            var slugs: [String: String] = [:]
            func slugged(_ s: String) -> String {
                if let known = slugs[s] { return known }
                let made = slug(s)
                slugs[s] = made
                return made
            }
            let parts = buffer.indices.map { i in (slugged(buffer[i].kind), slugged(buffer[i].date?.value ?? "undated")) }
            return Parallel.map(buffer.count, parallelism: parallelism) { i in
                let hash = buffer[i].sources.first.map { hex6(doc: $0.doc, start: $0.start) } ?? hex6(buffer[i].summary)
                let (kind, value) = parts[i]
                var id = ""
                id.reserveCapacity(kind.utf8.count + value.utf8.count + 8)
                id += kind
                id += "-"
                id += value
                id += "-"
                id += hash
                return id
            }
        }
        var taken = Set<String>()
        taken.reserveCapacity(events.count)
        for i in events.indices {
            let base = bases[i]
            var id = base
            var n = 2
            // One hash per id tried: the insert says whether it was taken.
            while !taken.insert(id).inserted {
                id = "\(base)-\(n)"
                n += 1
            }
            events[i].id = id
        }
    }

    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for c in s.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                out.unicodeScalars.append(c)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// FNV-1a over the UTF-8 bytes, case kept.
    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// `hex6("\(doc):\(start)")` without making that string.
    static func hex6(doc: String, start: Int) -> String {
        var h = fnv(doc)
        h = (h ^ 0x3A) &* 0x0000_0100_0000_01B3
        for b in String(start).utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return hex6(hash: h)
    }

    static func hex6(_ s: String) -> String { hex6(hash: fnv(s)) }

    /// The low 24 bits of `h` as six lower-case hex digits (a string short enough to be kept inline).
    static func hex6(hash h: UInt64) -> String {
        String(unsafeUninitializedCapacity: 6) { out in
            for k in 0..<6 {
                let nibble = UInt8(truncatingIfNeeded: h >> UInt64(4 * (5 - k))) & 0xF
                out[k] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return 6
        }
    }
}
