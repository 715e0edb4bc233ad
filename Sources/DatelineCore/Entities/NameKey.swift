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
        var h = NameKey.offset
        var i = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        while i < end {
            var c = bytes[i]
            if c >= 0x41 && c <= 0x5A {
                c |= 0x20
            } else if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 {
                c = 0x27
                i += 2
            } else if c == 0xC3, i + 1 < end, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
                h = (h ^ UInt64(c)) &* NameKey.prime
                c = bytes[i + 1] | 0x20
                i += 1
            }
            h = (h ^ UInt64(c)) &* NameKey.prime
            i += 1
        }
        raw = h
    }

    /// The key of a string, folded the same way as document bytes.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        self.init(bytes, 0..<bytes.count)
    }
}

extension Set where Element == NameKey {
    /// Keys of every first cell of a lexicon.
    init(lexicon: Lexicon) {
        self.init(lexicon.rows.compactMap { $0.first.map(NameKey.init) })
    }
}
