/// A bit per value of some bits of a key's hash, read before a large hash table: the table's slots are
/// too many to stay in the first-level cache, and most words looked up are in no table, so a clear bit
/// turns them away without reading a slot. Each table chooses which bits of its hash to give (other
/// bits than its slot's); the filter keeps the low bits of that value that its size covers.
struct BitFilter: Sendable {
    private var words: [UInt64]
    private let mask: Int

    /// A filter of the least power of two bits that is at least `minimum` and `perKey` bits for each of
    /// `keys` keys.
    init(keys: Int, perKey: Int, minimum: Int = 64) {
        var bits = max(64, minimum)
        while bits < keys * perKey { bits <<= 1 }
        self.init(bits: bits)
    }

    /// A filter of `bits` bits (a power of two, at least 64).
    init(bits: Int) {
        words = [UInt64](repeating: 0, count: max(1, bits / 64))
        mask = max(64, bits) - 1
    }

    @inline(__always)
    mutating func insert(_ value: Int) {
        let b = value & mask
        words[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// False when no key inserted has this value (true may be a key or a collision).
    @inline(__always)
    func mayContain(_ value: Int) -> Bool {
        let b = value & mask
        return words[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// `body` given a reader over the filter's storage, for loops that read it for every token.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        words.withUnsafeBufferPointer { body(Reader(words: $0, mask: mask)) }
    }

    struct Reader {
        let words: UnsafeBufferPointer<UInt64>
        let mask: Int

        @inline(__always)
        func mayContain(_ value: Int) -> Bool {
            let b = value & mask
            return words[b >> 6] & (1 << UInt64(b & 63)) != 0
        }
    }
}
