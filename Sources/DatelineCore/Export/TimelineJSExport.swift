import Foundation

/// The dated events as TimelineJS 3 JSON (Knight Lab), to put the timeline on a web page:
/// `new TL.Timeline('timeline', data)`. Dates keep their precision (a month-precise event has no
/// day); ranges get an end date; events dated only by their article say so. TimelineJS reads
/// `headline` and `text` as HTML, so every piece of article text is escaped and only `http(s)` links
/// are written.
public enum TimelineJSExport {
    struct Document: Encodable {
        var title: Slide
        var events: [Slide]
    }

    struct Slide: Encodable {
        var start_date: DateParts?
        var end_date: DateParts?
        var display_date: String?
        var text: Text
        var group: String?
        var unique_id: String?
    }

    struct DateParts: Encodable {
        var year: Int
        var month: Int?
        var day: Int?
    }

    struct Text: Encodable {
        var headline: String
        var text: String
    }

    public static func data(_ chart: ChartData) throws -> Data {
        var slides: [Slide] = []
        for c in chart.events {
            let e = c.event
            let precision = c.placedByPublication ? .day : (e.date?.precision ?? .day)
            var start: DateParts
            var end: DateParts?
            switch precision {
            case .day:
                start = DateParts(year: c.first.year, month: c.first.month, day: c.first.day)
                if c.last != c.first { end = DateParts(year: c.last.year, month: c.last.month, day: c.last.day) }
            case .week, .unknown:
                start = DateParts(year: c.first.year, month: c.first.month, day: c.first.day)
                end = DateParts(year: c.last.year, month: c.last.month, day: c.last.day)
            case .month:
                start = DateParts(year: c.first.year, month: c.first.month, day: nil)
            case .quarter:
                start = DateParts(year: c.first.year, month: c.first.month, day: nil)
                end = DateParts(year: c.last.year, month: c.last.month, day: nil)
            case .year:
                start = DateParts(year: c.first.year, month: nil, day: nil)
            case .decade:
                start = DateParts(year: c.first.year, month: nil, day: nil)
                end = DateParts(year: c.last.year, month: nil, day: nil)
            }
            let display = c.placedByPublication ? "\(DateText.day(c.first)) (article date)" : DateText.eventDate(e.date)
            slides.append(Slide(start_date: start, end_date: end, display_date: display,
                                text: Text(headline: esc(TextMetrics.truncate(c.label, maxWidth: 900, size: 10)), text: body(c, chart)),
                                group: c.style.label, unique_id: DOTWriter.safeID(e.id)))
        }
        let docs = SourcesNote.cited(by: chart.events.map(\.event), in: chart.graph)
        var intro = "<p>\(esc(DateText.plural(chart.events.count, "event", "events"))) from \(esc(DateText.plural(docs.count, "article", "articles"))).</p>"
        for n in chart.notes { intro += "<p>\(esc(n))</p>" }
        intro += "<p>\(esc(SourcesNote.text(docs)))</p>"
        let doc = Document(title: Slide(start_date: nil, end_date: nil, display_date: nil, text: Text(headline: esc(chart.title), text: intro),
                                        group: nil, unique_id: "title"), events: slides)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var out = try encoder.encode(doc)
        out.append(0x0A)
        return out
    }

    /// The slide's HTML: who, the quote, and each source sentence with its publisher and link.
    static func body(_ c: ChartEvent, _ chart: ChartData) -> String {
        let e = c.event
        var html = ""
        if !e.participants.isEmpty {
            html += "<p><b>Who:</b> " + esc(e.participants.map { "\(chart.name($0.actor)) (\($0.role))" }.joined(separator: ", ")) + "</p>"
        }
        if let q = e.quote, !q.isEmpty { html += "<blockquote>" + esc(TextMetrics.collapse(q)) + "</blockquote>" }
        html += "<ul>"
        for s in e.sources {
            let cite = esc(EventLabel.citation(s.doc, chart.documentsByID))
            let link = chart.documentsByID[s.doc]?.url.flatMap(DOTWriter.plainURL)
            let sentence = "“" + esc(TextMetrics.collapse(s.text)) + "”"
            html += "<li>" + (link.map { "<a href=\"\(esc($0))\" target=\"_blank\" rel=\"noopener\">\(cite)</a>" } ?? cite) + ": " + sentence + "</li>"
        }
        return html + "</ul>"
    }

    static func esc(_ s: String) -> String { DOTWriter.xmlEscape(s) }
}
