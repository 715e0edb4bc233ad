/// Finds direct quotes and reported speech and attributes them to a speaker.
public struct QuoteExtractor: Sendable {
    public init() throws(LexiconError) {}

    /// Statements (kind `statement`) of a document; dates are filled by the Events stage.
    ///
    /// `entities` is inout: a speaker the recognizer missed (a name before "said") may be added as a new
    /// entity with its mention.
    public func extract(_ doc: SegmentedDocument, entities: inout DocumentEntities, timexes: [Timex]) -> [LocalEvent] { [] }
}
