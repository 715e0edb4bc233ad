/// A short readable line for an event, from its parts: who, what, whom, where.
///
/// `Adam Boehler held talks with Hamas and Khalil al-Hayya in Doha`; planned: `Steve Witkoff to visit
/// Qatar`; denied: `United States not to negotiate with Hamas`; reported: `… (reported)`. Statements:
/// `Speaker: “first words of the quotation…”`. Without a named actor: the kind and the trigger
/// (`Ceasefire phase: expired`).
struct EventSummary {
    let names: [String: String]
    let kinds: [String: EventKindInfo]

    /// Roles that come before the verb, in order of preference.
    static let front = ["participant", "agent", "visitor", "host", "speaker", "source", "mediator", "subject"]

    func line(_ e: Event) -> String {
        if e.kind == "statement" { return statement(e) }
        let detail = e.detail ?? EventDetail()
        let passive = detail.verb.hasPrefix("were ") || detail.verb.hasPrefix("was ")
        let actors = e.participants.filter { $0.role != "affiliation" }
        var subject: ActorRole?
        if passive {
            subject = actors.first { $0.role == "patient" || $0.role == "target" } ?? actors.first
        } else {
            for role in EventSummary.front {
                if let a = actors.first(where: { $0.role == role }) { subject = a; break }
            }
        }
        var others = actors.filter { $0.actor != subject?.actor }.map { name($0.actor) }
        if others.isEmpty, let u = detail.unnamed.first { others = [EventSummary.clip(u, words: 6)] }
        var out: String
        if let s = subject {
            let verb: String
            switch e.status {
            case .planned: verb = "to " + detail.verbBase
            case .denied: verb = "not to " + detail.verbBase
            case .happened, .reported: verb = detail.verb
            }
            out = name(s.actor) + " " + verb
            if !others.isEmpty { out += " " + EventSummary.list(others) }
        } else {
            let label = kinds[e.kind]?.label ?? e.kind
            out = label + (detail.trigger.isEmpty ? "" : ": " + detail.trigger.lowercased())
            if !others.isEmpty { out += " (" + EventSummary.list(others) + ")" }
            if e.status == .planned { out += " (planned)" }
            if e.status == .denied { out += " (denied)" }
        }
        if let p = e.place, !e.participants.contains(where: { $0.actor == p && $0.role != "affiliation" }) {
            out += " in " + name(p)
        }
        if detail.series { out += " (several sessions)" }
        if e.status == .reported { out += " (reported)" }
        return out
    }

    func statement(_ e: Event) -> String {
        let who = e.participants.first { $0.role == "speaker" }.map { name($0.actor) } ?? e.anonymousSpeaker ?? "Unattributed"
        if let q = e.quote, !q.isEmpty { return "\(who): “\(EventSummary.clip(q, words: 12))”" }
        let text = e.sources.first?.text ?? ""
        return "\(who): \(EventSummary.clip(text, words: 14))"
    }

    func name(_ id: String) -> String { names[id] ?? id }

    static func list(_ xs: [String]) -> String {
        switch xs.count {
        case 0: return ""
        case 1: return xs[0]
        default: return xs.dropLast().joined(separator: ", ") + " and " + (xs.last ?? "")
        }
    }

    /// The first `words` words, with `…` when cut.
    static func clip(_ s: String, words n: Int) -> String {
        var parts: [Substring] = []
        var rest = s[...]
        while parts.count <= n {
            rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            guard !rest.isEmpty else { break }
            let word = rest.prefix { !($0 == " " || $0 == "\n" || $0 == "\t") }
            parts.append(word)
            rest = rest[word.endIndex...]
        }
        if parts.count <= n { return parts.joined(separator: " ") }
        return parts.prefix(n).joined(separator: " ") + "…"
    }
}
