/// The one place where the stages are wired together.
///
/// ```
/// Document ─▶ Segmenter ─▶ TemporalTagger ─▶ EntityRecognizer ─▶ QuoteExtractor ─▶ EventExtractor ─▶ DocumentFacts
/// [DocumentFacts] ─▶ CorpusMerger ─▶ EventGraph
/// ```
/// ``analyze(_:)`` is per document and pure, so documents can be analysed in parallel; the merge is
/// the only step that sees the whole corpus.
public struct Pipeline: Sendable {
    public let segmenter: Segmenter
    public let tagger: TemporalTagger
    public let recognizer: EntityRecognizer
    public let quotes: QuoteExtractor
    public let events: EventExtractor
    public let merger: CorpusMerger

    /// Loads every stage's lexicons once.
    public init() throws(LexiconError) {
        segmenter = try Segmenter()
        tagger = try TemporalTagger()
        recognizer = try EntityRecognizer()
        quotes = try QuoteExtractor()
        events = try EventExtractor()
        merger = CorpusMerger()
    }

    /// Runs every per-document stage and returns the document's facts with code-point spans.
    public func analyze(_ document: Document) -> DocumentFacts {
        var timings = StageTimings()
        return analyze(document, timings: &timings)
    }

    /// As ``analyze(_:)``, adding the time spent in each stage to `timings`.
    public func analyze(_ document: Document, timings: inout StageTimings) -> DocumentFacts {
        var clock = StageClock()
        var segmented = segmenter.segment(document)
        timings.add(.segmentation, clock.lap())
        let matches = tagger.find(segmented)
        var timexes = tagger.resolve(matches, in: segmented)
        if let inferred = PublicationDateInference().infer(segmented, timexes: timexes) {
            var dated = document
            dated.metadata.published = inferred.day
            dated.metadata.publishedBasis = .inferred
            dated.warnings = dated.warnings.filter { !$0.hasPrefix("no publication date") } +
                ["publication date \(inferred.day) inferred from \"\(inferred.text)\" near the top of the text"]
            segmented = SegmentedDocument(document: dated, tokens: segmented.tokens, sentences: segmented.sentences,
                                          paragraphs: segmented.paragraphs)
            timexes = tagger.resolve(matches, in: segmented)
        }
        timings.add(.dates, clock.lap())
        var entities = recognizer.recognize(segmented)
        timings.add(.actors, clock.lap())
        let statements = quotes.extract(segmented, entities: &entities, timexes: timexes)
        timings.add(.quotes, clock.lap())
        let found = events.extract(segmented, entities: entities, timexes: timexes, statements: statements)
        timings.add(.events, clock.lap())
        let facts = FactsBuilder.build(segmented, timexes: timexes, entities: entities, events: found)
        timings.add(.facts, clock.lap())
        return facts
    }

    /// Merges the facts of a corpus into one graph.
    public func merge(_ facts: [DocumentFacts], curation: Curation? = nil) -> EventGraph { merger.merge(facts, curation: curation) }
}
