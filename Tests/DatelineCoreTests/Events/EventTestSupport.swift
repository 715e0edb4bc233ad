import Foundation
@testable import DatelineCore

/// Hand-built entities for event tests: every occurrence (on word boundaries) of each listed name
/// becomes a mention; `aliases` map a short form to its entity's name.
struct HandEntities {
    var names: [(String, ActorKind)]
    var aliases: [String: String] = [:]

    func build(_ doc: SegmentedDocument) -> DocumentEntities {
        var entities: [LocalEntity] = []
        var index: [String: Int] = [:]
        for (name, kind) in names {
            index[name] = entities.count
            entities.append(LocalEntity(index: entities.count, name: name, kind: kind))
        }
        let bytes = doc.document.utf8
        var taken = [Bool](repeating: false, count: bytes.count)
        var mentions: [Mention] = []
        var forms: [(String, Int, MentionForm)] = names.compactMap { n in index[n.0].map { (n.0, $0, .name) } }
        for (alias, target) in aliases { if let e = index[target] { forms.append((alias, e, .alias)) } }
        forms.sort { $0.0.utf8.count > $1.0.utf8.count }
        for (form, entity, how) in forms {
            let f = Array(form.utf8)
            guard !f.isEmpty, f.count <= bytes.count else { continue }
            var i = 0
            while i + f.count <= bytes.count {
                if bytes[i] == f[0], bytes[i..<(i + f.count)].elementsEqual(f), !taken[i..<(i + f.count)].contains(true),
                   i == 0 || !HandEntities.isWordByte(bytes[i - 1]),
                   i + f.count == bytes.count || !HandEntities.isWordByte(bytes[i + f.count]),
                   let s = doc.sentenceIndex(containing: i) {
                    mentions.append(Mention(range: TextRange(i, i + f.count), sentence: s, form: how, entity: entity))
                    for k in i..<(i + f.count) { taken[k] = true }
                    i += f.count
                } else {
                    i += 1
                }
            }
        }
        mentions.sort { $0.range < $1.range }
        return DocumentEntities(entities: entities, mentions: mentions)
    }

    static func isWordByte(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
}

/// What the event stage made of a text with hand-built entities.
struct EventRun {
    let doc: SegmentedDocument
    let entities: DocumentEntities
    let events: [LocalEvent]

    init(_ text: String, _ names: [(String, ActorKind)], aliases: [String: String] = [:], published: String? = "2025-03-06") {
        doc = Fixtures.segment(text, published: published)
        var entities = HandEntities(names: names, aliases: aliases).build(doc)
        let timexes = Fixtures.pipeline.tagger.tag(doc)
        let statements = Fixtures.pipeline.quotes.extract(doc, entities: &entities, timexes: timexes)
        self.entities = entities
        events = Fixtures.pipeline.events.extract(doc, entities: entities, timexes: timexes, statements: statements)
    }

    /// Events other than statements.
    var found: [LocalEvent] { events.filter { $0.kind != "statement" } }

    func events(_ kind: String) -> [LocalEvent] { events.filter { $0.kind == kind } }

    func name(_ entity: Int?) -> String? { entity.flatMap { entities.entities.indices.contains($0) ? entities.entities[$0].name : nil } }

    /// `name:role` for every participant, in order.
    func roles(_ e: LocalEvent) -> [String] { e.participants.compactMap { p in name(p.entity).map { "\($0):\(p.role)" } } }

    func trigger(_ e: LocalEvent) -> String { e.trigger.map { doc.text($0) } ?? "" }

    /// One line per event, for failure messages.
    var dump: String {
        events.map { e in
            "\(e.kind) [\(trigger(e))] \(roles(e)) place=\(name(e.place) ?? "-") \(e.status.rawValue) \(e.date?.value ?? "nil")/\(e.date?.basis.rawValue ?? "-")"
        }.joined(separator: "\n")
    }
}
