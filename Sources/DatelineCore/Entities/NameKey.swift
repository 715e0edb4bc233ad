/// A word's identity for table lookups: a 64-bit FNV-1a hash of its bytes, lower-cased (ASCII and
/// Latin-1 capitals) with curly apostrophes folded to `'`.
///
/// Lexicons are hashed once when loaded and a document's tokens once when read, so matching a token
/// against a table is one integer lookup and no `String` is made in the scan (see STYLE.md).
struct NameKey: Hashable, Sendable {
    let raw: UInt64

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    static let none = NameKey(raw: 0)

    init(raw: UInt64) { self.raw = raw }

    /// The key of `bytes[range]`.
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        raw = bytes.withUnsafeBufferPointer { NameKey.hash($0, range) }
    }

    /// The key of a string, folded the same way as document bytes.
    init(_ text: String) {
        var text = text
        raw = text.withUTF8 { NameKey.hash($0, 0..<$0.count) }
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = NameKey.offset
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, b.count)
        while i < end {
            var c = b[i]
            if c >= 0x41 && c <= 0x5A {
                c |= 0x20
            } else if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x98 || b[i + 2] == 0x99 {
                c = 0x27
                i += 2
            } else if c == 0xC3, i + 1 < end, b[i + 1] >= 0x80, b[i + 1] <= 0x9E, b[i + 1] != 0x97 {
                h = (h ^ UInt64(c)) &* NameKey.prime
                c = b[i + 1] | 0x20
                i += 1
            }
            h = (h ^ UInt64(c)) &* NameKey.prime
            i += 1
        }
        return h
    }
}

extension NameKeySet {
    /// Keys of every first cell of a lexicon.
    init(lexicon: Lexicon) {
        self.init(lexicon.rows.compactMap { $0.first.map(NameKey.init) })
    }

    /// Keys of the first cells of the rows whose second cell is `flag` (`surname` in
    /// `entities-place-name-heads.tsv`, `prefix` in `entities-company-suffixes.tsv`).
    init(lexicon: Lexicon, flagged flag: String) {
        self.init(lexicon.rows.filter { $0.count > 1 && $0[1] == flag }.map { NameKey($0[0]) })
    }
}

/// A set of ``NameKey``s with open addressing on the key's bits (already a hash): a lookup is a
/// multiply, a shift and a probe or two, with no `Hasher` and no retain.
struct NameKeySet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    init<S: Sequence>(_ keys: S) where S.Element == NameKey {
        self.init(capacity: 64)
        for k in keys { insert(k) }
    }

    @inline(__always) static func stored(_ k: NameKey) -> UInt64 { k.raw == 0 ? 1 : k.raw }
    @inline(__always) func slot(_ v: UInt64) -> Int { Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    func contains(_ k: NameKey) -> Bool {
        let v = NameKeySet.stored(k)
        var i = slot(v)
        return slots.withUnsafeBufferPointer { s in
            while true {
                let x = s[i]
                if x == v { return true }
                if x == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    mutating func insert(_ k: NameKey) {
        if (count + 1) * 2 > slots.count { grow() }
        let v = NameKeySet.stored(k)
        var i = slot(v)
        while true {
            let x = slots[i]
            if x == v { return }
            if x == 0 { slots[i] = v; count += 1; return }
            i = (i + 1) & mask
        }
    }

    mutating func formUnion(_ other: NameKeySet) { for v in other.slots where v != 0 { insert(NameKey(raw: v)) } }

    func union(_ other: NameKeySet) -> NameKeySet {
        var out = self
        out.formUnion(other)
        return out
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for v in old where v != 0 { insert(NameKey(raw: v)) }
    }
}

/// A map from ``NameKey`` to small integers, built the same way as ``NameKeySet``.
struct NameKeyMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    /// For a large map (a lexicon's, read for every word of a text): a bit per value of other bits of
    /// the key's mixed hash (eight bits a slot), read before the slots, which are too many to stay in
    /// the first-level cache — most words looked up are not in the map. Empty for a small map.
    private var filter: BitFilter?
    /// Slots from which a map keeps a filter.
    private static let filteredFrom = 1024

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
        makeFilter()
    }

    private mutating func makeFilter() {
        filter = keys.count >= NameKeyMap.filteredFrom ? BitFilter(bits: keys.count * 8) : nil
    }

    @inline(__always) func slot(_ v: UInt64) -> Int { Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }
    /// Bits 16 up of the mixed hash (the slot is from bits 40 up).
    @inline(__always) static func filterValue(_ v: UInt64) -> Int { Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 16) }

    subscript(_ k: NameKey) -> Int? {
        get {
            let v = NameKeySet.stored(k)
            if let filter, !filter.mayContain(NameKeyMap.filterValue(v)) { return nil }
            var i = slot(v)
            while true {
                let x = keys[i]
                if x == v { return Int(values[i]) }
                if x == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let value = newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            let v = NameKeySet.stored(k)
            var i = slot(v)
            while true {
                let x = keys[i]
                if x == v { values[i] = Int32(value); return }
                if x == 0 {
                    keys[i] = v
                    values[i] = Int32(value)
                    count += 1
                    filter?.insert(NameKeyMap.filterValue(v))
                    return
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        makeFilter()
        for (i, v) in oldKeys.enumerated() where v != 0 { self[NameKey(raw: v)] = Int(oldValues[i]) }
    }
}
