/// What a token looks like; stages match on these rather than re-reading bytes.
public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation, quote, symbol
}

/// A word, number or mark, as a byte range of the document.
public struct Token: Hashable, Sendable {
    public var range: TextRange
    public var kind: TokenKind
    /// First letter is upper case.
    public var isCapitalized: Bool
    /// Every letter is upper case (and there are at least two).
    public var isAllCaps: Bool

    public init(range: TextRange, kind: TokenKind, isCapitalized: Bool = false, isAllCaps: Bool = false) {
        self.range = range
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }
}

/// A sentence (or a heading line) with its tokens.
public struct Sentence: Hashable, Sendable {
    /// Position in the document, from 0.
    public var index: Int
    public var range: TextRange
    /// Indices into ``SegmentedDocument/tokens``.
    public var tokens: Range<Int>
    /// Index of the paragraph (a block of lines between blank lines, or one line) it belongs to.
    public var paragraph: Int
    /// A short line without final punctuation: a headline or section heading.
    public var isHeading: Bool
    /// Site furniture (donation appeals, link lists, share buttons): kept for provenance, ignored by extraction.
    public var isBoilerplate: Bool

    public init(index: Int, range: TextRange, tokens: Range<Int>, paragraph: Int, isHeading: Bool = false, isBoilerplate: Bool = false) {
        self.index = index
        self.range = range
        self.tokens = tokens
        self.paragraph = paragraph
        self.isHeading = isHeading
        self.isBoilerplate = isBoilerplate
    }
}

/// A document cut into paragraphs, sentences and tokens.
public struct SegmentedDocument: Sendable {
    public let document: Document
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var paragraphs: [TextRange]

    public init(document: Document, tokens: [Token], sentences: [Sentence], paragraphs: [TextRange]) {
        self.document = document
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The text of a token.
    public func text(of token: Token) -> String { document.string(token.range) }

    /// The text of a range.
    public func text(_ range: TextRange) -> String { document.string(range) }

    /// The sentence containing a byte offset, by binary search.
    public func sentenceIndex(containing byte: Int) -> Int? {
        var lo = 0
        var hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].range
            if byte < r.start { hi = mid - 1 } else if byte >= r.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}
