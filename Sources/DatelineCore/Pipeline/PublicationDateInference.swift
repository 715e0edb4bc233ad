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
    ///
    /// A date on a line of its own (a dateline, "Published …", read as a heading) wins over one in a
    /// lead sentence, which may name a past event ("On September 11, 2001, …").
    func infer(_ doc: SegmentedDocument, timexes: [Timex]) -> (day: Day, text: String)? {
        guard doc.document.metadata.published == nil else { return nil }
        let lead = doc.sentences.prefix(leadSentences)
        let headings = Set(lead.filter(\.isHeading).map(\.index))
        let all = Set(lead.map(\.index))
        var first: (day: Day, text: String)?
        for t in timexes where all.contains(t.sentence) {
            guard let d = t.date, d.precision == .day, d.basis == .stated, let day = d.earliest else { continue }
            if headings.contains(t.sentence) { return (day, doc.text(t.range)) }
            if first == nil { first = (day, doc.text(t.range)) }
        }
        return first
    }
}
