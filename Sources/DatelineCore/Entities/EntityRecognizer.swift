/// Recognises actors (people, organisations, countries, places) and links their mentions in one document.
public struct EntityRecognizer: Sendable {
    public init() throws(LexiconError) {}

    public func recognize(_ doc: SegmentedDocument) -> DocumentEntities { DocumentEntities() }
}
