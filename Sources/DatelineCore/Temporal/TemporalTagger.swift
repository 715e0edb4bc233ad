/// Finds temporal expressions and normalises them against the document's publication date.
public struct TemporalTagger: Sendable {
    public init() throws(LexiconError) {}

    /// Timexes of a document, in text order.
    public func tag(_ doc: SegmentedDocument) -> [Timex] { [] }
}
