/// A fixed set of lexicon words → entry numbers, looked up straight from a document's bytes.
///
/// Most tokens of a text are not temporal words, so the table is built to say "no" fast: a token
/// whose lower-cased first byte and length no lexicon word shares is rejected by one table read,
/// before any key is built. The rest are packed into a ``WordKey`` (no allocation) and found by open
/// addressing with a multiplicative hash.
///
/// Cost: O(1) per token; one 256-entry mask read for most tokens, a key of ≤ 16 bytes and one or two
/// probes for the others.
struct WordKeyTable: Sendable {
    /// Bit `n` of `lengths[b]` is set when some word starts with lower-case byte `b` and has `n` bytes.
    private var lengths = [UInt32](repeating: 0, count: 256)
    private var keys: [WordKey?]
    private var values: [Int32]
    private let mask: Int
    /// A bit per value of bits 16–31 of a key's slot hash (65,536 bits), read before the slots: most
    /// keys looked up are in no table, and the slots are too many to stay in the first-level cache.
    private var filter = BitFilter(bits: 65536)

    /// A table of `words[i]` → `i`.
    init(_ words: [WordKey]) {
        var capacity = 16
        while capacity < words.count * 4 { capacity *= 2 }
        keys = [WordKey?](repeating: nil, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (index, key) in words.enumerated() {
            lengths[Int(key.firstByte)] |= 1 << UInt32(key.count)
            var slot = key.hashSlot & mask
            while let k = keys[slot], k != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = Int32(index)
            filter.insert(WordKeyTable.filterValue(key))
        }
    }

    @inline(__always)
    static func filterValue(_ key: WordKey) -> Int { key.hashSlot >> 16 }

    /// Could `bytes[range]` (without a trailing period) be a word of the table? Cheap and never wrong
    /// when it says no.
    @inline(__always)
    func mayContain(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        var n = range.length
        guard n > 0 else { return false }
        if n > 1, bytes[range.end - 1] == 0x2E { n -= 1 }
        guard n <= 16 else { return false }
        var first = bytes[range.start]
        if first >= 0x41 && first <= 0x5A { first += 32 }
        return lengths[Int(first)] & (1 << UInt32(n)) != 0
    }

    /// The entry of a key, or -1.
    @inline(__always)
    func entry(_ key: WordKey) -> Int32 {
        if !filter.mayContain(WordKeyTable.filterValue(key)) { return -1 }
        var slot = key.hashSlot & mask
        while let k = keys[slot] {
            if k == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return -1
    }
}
