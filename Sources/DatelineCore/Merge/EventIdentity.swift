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
    static func order(_ events: [Event]) -> [Int] {
        let keys = events.map { e in
            (e.date?.earliest?.ordinal ?? e.date?.latest?.ordinal ?? Int.max, e.kind, e.sources.first?.doc ?? "", e.sources.first?.start ?? 0)
        }
        return events.indices.sorted { keys[$0] < keys[$1] }
    }

    static func assignIDs(_ events: [Event]) -> [Event] {
        var taken = Set<String>()
        return events.map { e in
            var e = e
            let source = e.sources.first.map { "\($0.doc):\($0.start)" } ?? e.summary
            let base = "\(slug(e.kind))-\(slug(e.date?.value ?? "undated"))-\(hex6(source))"
            var id = base
            var n = 2
            while taken.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            taken.insert(id)
            e.id = id
            return e
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

    static func hex6(_ s: String) -> String {
        let h = fnv(s)
        let hex = String(h & 0xFF_FFFF, radix: 16)
        return String(repeating: "0", count: max(0, 6 - hex.count)) + hex
    }
}
