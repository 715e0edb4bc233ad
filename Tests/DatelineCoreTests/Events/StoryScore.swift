import Foundation
@testable import DatelineCore

/// The story gold of `Fixtures/gold/*.json`, the parts the event figures read.
struct StoryGold: Decodable {
    struct Actor: Decodable {
        var name: String
        var kind: String
        var aliases: [String]?
        var descriptions: [String]?
    }
    struct Evidence: Decodable {
        var file: String
        var text: String
    }
    struct Meeting: Decodable {
        var id: String
        var participants: [String]
        var date: String?
        var date_alt: String?
        var docs: [String]
        var evidence: [Evidence]
    }
    struct GoldEvent: Decodable {
        var id: String
        var date: String?
        var date_alt: String?
        var evidence: [Evidence]
    }
    var actors: [Actor]
    var meetings: [Meeting]
    var events: [GoldEvent]

    static func load(_ name: String) throws -> StoryGold {
        guard let url = Fixtures.url("gold/\(name).json") else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(StoryGold.self, from: Data(contentsOf: url))
    }

    /// The gold's actors as hand-built entities: names, aliases and descriptions all become mentions.
    var handEntities: HandEntities {
        var names: [(String, ActorKind)] = []
        var aliases: [String: String] = [:]
        for a in actors {
            let kind: ActorKind = a.kind == "person" ? .person : a.kind == "country" ? .country : a.kind == "place" ? .place : .organization
            names.append((a.name, kind))
            // Role phrases without another name in them (`the president`, not `U.S. envoy`).
            let openers: Set<String> = ["The", "A", "An", "His", "Her", "Their", "Its"]
            let plain = (a.descriptions ?? []).filter { d in
                !d.split(separator: " ").enumerated().contains { i, w in (w.first?.isUppercase ?? false) && !(i == 0 && openers.contains(String(w))) }
            }
            for x in (a.aliases ?? []) + plain where aliases[x] == nil && x != a.name { aliases[x] = a.name }
        }
        return HandEntities(names: names, aliases: aliases)
    }
}

/// The meeting and event figures of `../shared/tools/score.py` (`score_story`), computed the same way.
struct StoryScore {
    var meetingRecall = 0.0
    var meetingDateAccuracy = 0.0
    var meetingPrecision = 0.0
    var meetings = 0
    var eventRecall = 0.0
    var eventDateAccuracy = 0.0
    /// Gold meeting id → system event id.
    var matchedMeetings: [String: String] = [:]

    init(_ graph: EventGraph, gold: StoryGold) {
        let mapping = StoryScore.mapActors(gold.actors, graph.actors)
        let ms = graph.events.filter { $0.kind == "meeting" }
        meetings = ms.count
        var used = Set<Int>()
        var found = 0
        var dated = 0
        for gm in gold.meetings {
            let gp = Set(gm.participants)
            var best: Int?
            var bestKey: (Int, Int)?
            for (i, e) in ms.enumerated() where !used.contains(i) {
                var sp = Set<String>()
                for p in e.participants { sp.formUnion(mapping[p.actor] ?? []) }
                let overlap = gp.intersection(sp).count
                let fits = gm.date != nil && StoryScore.dateOK(gm.date, e.date, alt: gm.date_alt)
                if overlap >= 2 || (overlap >= 1 && fits) {
                    let key = (overlap + 2 * (fits ? 1 : 0), -i)
                    if bestKey.map({ key > $0 }) ?? true { best = i; bestKey = key }
                }
            }
            if let b = best {
                found += 1
                used.insert(b)
                matchedMeetings[gm.id] = ms[b].id
                if gm.date != nil && StoryScore.dateOK(gm.date, ms[b].date, alt: gm.date_alt) { dated += 1 }
            }
        }
        meetingRecall = Double(found) / Double(max(1, gold.meetings.count))
        meetingDateAccuracy = Double(dated) / Double(max(1, gold.meetings.filter { $0.date != nil }.count))
        meetingPrecision = ms.isEmpty ? 0 : Double(used.count) / Double(ms.count)

        var sents: [(doc: String, text: String, event: Event)] = []
        for e in graph.events { for s in e.sources { sents.append((s.doc, StoryScore.norm(s.text), e)) } }
        var eFound = 0
        var eDated = 0
        for g in gold.events {
            var ok = false
            for ev in g.evidence {
                let nt = StoryScore.norm(ev.text)
                let doc = (ev.file as NSString).deletingPathExtension
                for s in sents where s.doc == doc && !nt.isEmpty && (s.text.contains(nt) || nt.contains(s.text)) && s.text.count > 20 {
                    ok = true
                    if StoryScore.dateOK(g.date, s.event.date, alt: g.date_alt) { eDated += 1; break }
                }
                if ok { break }
            }
            if ok { eFound += 1 }
        }
        eventRecall = Double(eFound) / Double(max(1, gold.events.count))
        eventDateAccuracy = eFound == 0 ? 0 : Double(eDated) / Double(eFound)
    }

    static func mapActors(_ gold: [StoryGold.Actor], _ actors: [Actor]) -> [String: Set<String>] {
        var keys: [String: Set<String>] = [:]
        for g in gold { for n in [g.name] + (g.aliases ?? []) { let k = norm(n); if !k.isEmpty { keys[k, default: []].insert(g.name) } } }
        var out: [String: Set<String>] = [:]
        for a in actors {
            var hits = Set<String>()
            for n in [a.name] + a.aliases { hits.formUnion(keys[norm(n)] ?? []) }
            out[a.id] = hits
        }
        return out
    }

    /// score.py's `norm`: NFKC, lower case, curly apostrophes straight, other marks to spaces.
    static func norm(_ text: String) -> String {
        let t = text.precomposedStringWithCompatibilityMapping.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
        var out = ""
        var space = false
        for ch in t.unicodeScalars {
            let keep = ch.properties.isAlphabetic || ch.properties.numericType != nil || ch == "_" || ch == "'"
            if keep { out.unicodeScalars.append(ch); space = false } else if !space { out += " "; space = true }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// score.py's `date_range`: first and last day a TIMEX3 date value covers.
    static func range(_ value: String?) -> (Day, Day)? {
        guard let v = value?.uppercased(), v.count >= 4, let y = Int(v.prefix(4)) else { return nil }
        let parts = v.split(separator: "-")
        if parts.count >= 2, parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()), let monday = Day.monday(isoYear: y, week: w) {
            let weekend = parts.count >= 3 && parts[2] == "WE"
            return (weekend ? monday.adding(days: 5) : monday, monday.adding(days: 6))
        }
        if let d = Day(iso: v) { return (d, d) }
        if parts.count >= 2, let m = Int(parts[1].prefix(2)), let first = Day(year: y, month: m, day: 1) {
            return (first, first.adding(days: Day.daysIn(month: m, year: y) - 1))
        }
        guard parts.count == 1, v.count == 4, let first = Day(year: y, month: 1, day: 1), let last = Day(year: y, month: 12, day: 31) else { return nil }
        return (first, last)
    }

    static func dateOK(_ gold: String?, _ system: EventDate?, alt: String?) -> Bool {
        guard let gold else { return true }
        guard let s = range(system?.value) else { return false }
        for g in [gold, alt].compactMap({ $0 }) {
            if let r = range(g), r.0 <= s.0, s.1 <= r.1 { return true }
        }
        return false
    }
}

/// Runs the pipeline over the example articles with given entities (or the real recognizer).
enum ExampleRun {
    static let docs = ["000_53f04c900f36c02a", "001_0084c3c8aa87486c", "002_93293070636381bf", "003_e7c74bbc949ce25e", "004_b0b4cba4f37a9d74"]

    static func facts(entities: HandEntities?) throws -> [DocumentFacts] {
        let p = Fixtures.pipeline
        return try docs.map { id in
            let document = try Fixtures.exampleDocument(id)
            guard let hand = entities else { return p.analyze(document) }
            let seg = p.segmenter.segment(document)
            let timexes = p.tagger.tag(seg)
            var ents = hand.build(seg)
            let statements = p.quotes.extract(seg, entities: &ents, timexes: timexes)
            let events = p.events.extract(seg, entities: ents, timexes: timexes, statements: statements)
            return FactsBuilder.build(seg, timexes: timexes, entities: ents, events: events)
        }
    }

    static func graph(entities: HandEntities?) throws -> EventGraph { Fixtures.pipeline.merge(try facts(entities: entities)) }
}
