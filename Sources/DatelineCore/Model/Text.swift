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
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Document id (the file name without its extension).
    public var doc: String
    /// First Unicode code point, counted from 0.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// Exactly the document's text from `start` to `end`.
    public var text: String
    /// Index of the sentence the span lies in, when known (not part of the JSON contract).
    public var sentence: Int?

    public init(doc: String, start: Int, end: Int, text: String, sentence: Int? = nil) {
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
    }

    enum CodingKeys: String, CodingKey { case doc, start, end, text }

    public var description: String {
        "\(doc):[\(start)..<\(end))" + (sentence.map { " s\($0)" } ?? "")
    }
}
