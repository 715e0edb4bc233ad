/// How a document's publication date was learnt.
public enum PublishedBasis: String, Sendable, Codable {
    /// From `sources.json`.
    case metadata
    /// From `--published` on the command line.
    case option
    /// Read off the text (a dateline, a "Published" line) — trust it less.
    case inferred
    /// Not known: relative dates in this document stay unresolved.
    case none
}

/// What `sources.json` (or the command line) says about one article.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var published: Day?
    public var publishedBasis: PublishedBasis

    public init(title: String? = nil, publisher: String? = nil, url: String? = nil, published: Day? = nil,
                publishedBasis: PublishedBasis = .none) {
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
        self.publishedBasis = published == nil ? .none : publishedBasis
    }
}

/// One article as read from disk: decoded text, its UTF-8 bytes and a code-point index over them.
///
/// Stages scan ``utf8`` (fast, see STYLE.md); facts leaving the pipeline get code-point offsets from
/// ``span(_:sentence:)``.
public struct Document: Sendable {
    /// The file name without its extension.
    public let id: String
    /// The path it was read from, as given.
    public let path: String
    /// The whole text as read (UTF-8 decoded, no normalisation).
    public let text: String
    /// The same text as UTF-8 bytes.
    public let utf8: [UInt8]
    public var metadata: DocumentMetadata
    /// Problems noticed while reading that did not stop it (shown in the JSON `warnings`).
    public var warnings: [String]
    private let index: CodePointIndex

    public init(id: String, path: String, text: String, metadata: DocumentMetadata = DocumentMetadata(), warnings: [String] = []) {
        self.init(id: id, path: path, text: text, utf8: Array(text.utf8), metadata: metadata, warnings: warnings)
    }

    /// A document from already validated UTF-8 bytes and their decoded text (no second copy is made).
    init(id: String, path: String, text: String, utf8: [UInt8], metadata: DocumentMetadata, warnings: [String]) {
        self.id = id
        self.path = path
        self.text = text
        self.utf8 = utf8
        self.metadata = metadata
        self.warnings = warnings
        self.index = CodePointIndex(utf8)
    }

    /// The text of a byte range (ranges produced by the stages always lie on scalar boundaries).
    public func string(_ range: TextRange) -> String {
        let lo = max(0, min(range.start, utf8.count))
        let hi = max(lo, min(range.end, utf8.count))
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }

    /// The code-point offset of a byte offset.
    public func codePointOffset(ofByte byte: Int) -> Int { index.codePoint(ofByte: byte, in: utf8) }

    /// A provenance span for a byte range.
    public func span(_ range: TextRange, sentence: Int? = nil) -> SourceSpan {
        SourceSpan(doc: id, start: codePointOffset(ofByte: range.start), end: codePointOffset(ofByte: range.end),
                   text: string(range), sentence: sentence)
    }
}

/// Maps byte offsets to code-point offsets in O(1) amortised: a checkpoint every 256 bytes holds the
/// code points before it; the rest is counted in at most 255 bytes.
struct CodePointIndex: Sendable {
    private static let stride = 256
    private let checkpoints: [Int]

    init(_ bytes: [UInt8]) {
        var marks: [Int] = []
        marks.reserveCapacity(bytes.count / CodePointIndex.stride + 1)
        var count = 0
        bytes.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count {
                if i % CodePointIndex.stride == 0 { marks.append(count) }
                if buf[i] & 0xC0 != 0x80 { count += 1 }
            }
        }
        marks.append(count)
        checkpoints = marks
    }

    func codePoint(ofByte byte: Int, in bytes: [UInt8]) -> Int {
        let b = max(0, min(byte, bytes.count))
        let block = b / CodePointIndex.stride
        var count = checkpoints[min(block, checkpoints.count - 1)]
        var i = block * CodePointIndex.stride
        while i < b {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
