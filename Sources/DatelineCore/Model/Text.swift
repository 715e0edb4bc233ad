/// A range of a document's UTF-8 bytes, end exclusive. Stages work on bytes; spans that leave the
/// pipeline are converted to Unicode code points (``SourceSpan``).
public struct TextRange: Hashable, Comparable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextRange, b: TextRange) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// Where a fact came from: a document, a code-point range in it (end exclusive) and the exact text.
///
/// Prints like `000_53f0.txt:[1204..<1219) s14`.
///
/// Offsets and the sentence index are stored in 32 bits (48 bytes a span instead of 64: a corpus holds
/// millions of spans); values beyond ``largestOffset`` are clamped to it, and ``CorpusReader`` reads no
/// article that long.
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The largest offset a span stores.
    public static let largestOffset = Int(Int32.max)

    /// Document id (the file name without its extension).
    public var doc: String
    /// Exactly the document's text from `start` to `end`.
    public var text: String
    private var start32: Int32
    private var end32: Int32
    private var sentence32: Int32?

    /// First Unicode code point, counted from 0.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }

    /// One past the last code point.
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }

    /// Index of the sentence the span lies in, when known (not part of the JSON contract).
    public var sentence: Int? {
        get { sentence32.map { Int($0) } }
        set { sentence32 = newValue.map { Int32(clamping: $0) } }
    }

    public init(doc: String, start: Int, end: Int, text: String, sentence: Int? = nil) {
        self.doc = doc
        self.text = text
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
        sentence32 = sentence.map { Int32(clamping: $0) }
    }

    enum CodingKeys: String, CodingKey { case doc, start, end, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(doc: try c.decode(String.self, forKey: .doc), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end), text: try c.decode(String.self, forKey: .text))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
    }

    public var description: String {
        "\(doc):[\(start)..<\(end))" + (sentence.map { " s\($0)" } ?? "")
    }
}
