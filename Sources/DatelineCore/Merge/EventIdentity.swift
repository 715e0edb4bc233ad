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
        // Fields read by index: an event is not copied (a retain of each of its references).
        var kindSet = Set<String>()
        var docSet = Set<String>()
        for i in events.indices {
            kindSet.insert(events[i].kind)
            docSet.insert(events[i].sources.first?.doc ?? "")
        }
        let kindRank = Dictionary(uniqueKeysWithValues: kindSet.sorted().enumerated().map { ($1, $0) })
        let docRank = Dictionary(uniqueKeysWithValues: docSet.sorted().enumerated().map { ($1, $0) })
        let keys = events.indices.map { i in
            (events[i].date?.earliest?.ordinal ?? events[i].date?.latest?.ordinal ?? Int.max, kindRank[events[i].kind] ?? 0,
             docRank[events[i].sources.first?.doc ?? ""] ?? 0, events[i].sources.first?.start ?? 0)
        }
        return events.indices.sorted { keys[$0] < keys[$1] }
    }

    static func assignIDs(_ events: [Event]) -> [Event] {
        var out = events
        assignIDs(&out, parallelism: 1)
        return out
    }

    /// Gives each event its id, in order (a repeated id gets `-2`, `-3` …); the ids' parts are made on
    /// up to `parallelism` threads.
    static func assignIDs(_ events: inout [Event], parallelism: Int) {
        // Kinds and date values repeat: each slugged once.
        var slugs: [String: String] = [:]
        for i in events.indices {
            let kind = events[i].kind
            if slugs[kind] == nil { slugs[kind] = slug(kind) }
            let v = events[i].date?.value ?? "undated"
            if slugs[v] == nil { slugs[v] = slug(v) }
        }
        let bases = Parallel.map(events.count, parallelism: parallelism) { i in
            let hash = events[i].sources.first.map { hex6(doc: $0.doc, start: $0.start) } ?? hex6(events[i].summary)
            let kind = events[i].kind
            let v = events[i].date?.value ?? "undated"
            return "\(slugs[kind] ?? slug(kind))-\(slugs[v] ?? slug(v))-\(hash)"
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

    static func hex6(hash h: UInt64) -> String {
        let hex = String(h & 0xFF_FFFF, radix: 16)
        return String(repeating: "0", count: max(0, 6 - hex.count)) + hex
    }
}
