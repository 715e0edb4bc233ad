/// Reads a publication date off an article that came without one.
///
/// A date written out to the day (`March 6, 2025`, `2025-03-06`) in the article's first lines — a
/// dateline, a "Published" line, the lead — is taken as the publication date and marked `inferred`.
/// Anything less (a weekday, a month, a date deep in the text) is not a publication date: the article
/// then keeps no anchor and its relative dates stay unresolved, with a warning.
struct PublicationDateInference: Sendable {
    /// How many sentences from the top may hold the date.
    var leadSentences = 3

    /// The inferred date and the text it was read from, or nil.
    func infer(_ doc: SegmentedDocument, timexes: [Timex]) -> (day: Day, text: String)? {
        guard doc.document.metadata.published == nil else { return nil }
        let lead = Set(doc.sentences.prefix(leadSentences).map(\.index))
        for t in timexes where lead.contains(t.sentence) {
            if let d = t.date, d.precision == .day, d.basis == .stated, let day = d.earliest {
                return (day, doc.text(t.range))
            }
        }
        return nil
    }
}
