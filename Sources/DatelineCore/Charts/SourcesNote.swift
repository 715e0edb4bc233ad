/// The footnote naming where a chart's facts come from: each article's publisher and date when there
/// are few, publishers with counts and the date range when there are many.
public enum SourcesNote {
    /// - Parameters:
    ///   - documents: the documents cited by what the chart draws.
    ///   - limit: at most this many publishers are named.
    public static func text(_ documents: [DocumentRecord], limit: Int = 12) -> String {
        guard !documents.isEmpty else { return "Sources: none." }
        let sorted = documents.sorted { ($0.published ?? "", $0.id) < ($1.published ?? "", $1.id) }
        if sorted.count <= 8 {
            let parts = sorted.map { d -> String in
                let who = d.publisher.map(TextMetrics.collapse).flatMap { $0.isEmpty ? nil : $0 } ?? d.id
                let when = d.published.flatMap(Day.init(iso:)).map { DateText.day($0) } ?? "undated"
                return "\(who) (\(when))"
            }
            return "Sources: " + parts.joined(separator: "; ") + "."
        }
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (i, d) in sorted.enumerated() {
            let who = d.publisher.map(TextMetrics.collapse).flatMap { $0.isEmpty ? nil : $0 } ?? "unnamed publishers"
            counts[who, default: 0] += 1
            if firstSeen[who] == nil { firstSeen[who] = i }
        }
        let publishers = counts.keys.sorted { a, b in
            counts[a] != counts[b] ? (counts[a] ?? 0) > (counts[b] ?? 0) : (firstSeen[a] ?? 0) < (firstSeen[b] ?? 0)
        }
        let named = publishers.prefix(limit).map { "\($0) (\(counts[$0] ?? 0))" }
        var text = "Sources: \(DateText.count(sorted.count)) articles from " + named.joined(separator: ", ")
        if publishers.count > limit { text += " and \(publishers.count - limit) other publishers" }
        let days = sorted.compactMap { $0.published.flatMap(Day.init(iso:)) }
        if let lo = days.min(), let hi = days.max() {
            text += "; published " + (lo == hi ? DateText.day(lo) : DateText.range(lo, hi))
        }
        return text + "."
    }

    /// The documents that the given events cite, in the graph's order.
    public static func cited(by events: [Event], in graph: EventGraph) -> [DocumentRecord] {
        var ids: Set<String> = []
        for e in events { for s in e.sources { ids.insert(s.doc) } }
        return graph.documents.filter { ids.contains($0.id) }
    }
}
