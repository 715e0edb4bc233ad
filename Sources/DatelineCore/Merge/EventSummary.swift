/// A short readable line for an event, from its parts: who, what, whom, where.
///
/// `Adam Boehler held talks with Hamas and Khalil al-Hayya in Doha`; planned: `Steve Witkoff to visit
/// Qatar`; denied: `United States not to negotiate with Hamas`; reported: `… (reported)`. Statements:
/// `Speaker: “first words of the quotation…”`. Without a named actor: the kind and the trigger
/// (`Ceasefire phase: expired`).
struct EventSummary {
    let names: [String: String]
    let kinds: [String: EventKindInfo]

    static let prepositions = ["with", "against", "to", "on", "of", "for", "between", "by", "from", "alongside", "via", "through", "before", "in"]

    /// Roles that come before the verb, in order of preference.
    static let front = ["participant", "agent", "visitor", "host", "speaker", "source", "mediator", "subject"]

    func line(_ e: Event) -> String {
        if e.kind == "statement" { return statement(e) }
        let detail = e.detail ?? EventDetail()
        let passive = detail.verb.hasPrefix("were ") || detail.verb.hasPrefix("was ")
        let actors = e.participants.filter { $0.role != "affiliation" }
        var frontRole: String?
        if passive {
            frontRole = actors.first { $0.role == "patient" || $0.role == "target" }?.role
        } else if let sr = detail.subjectRole {
            // The trigger's subject leads (`X visited Y`, never `Y visited`).
            frontRole = actors.contains { $0.role == sr } ? sr : nil
        } else {
            frontRole = EventSummary.front.first { r in actors.contains { $0.role == r } }
        }
        var out: String
        if let role = frontRole {
            // Co-agents go together (`Qatar, the US and Egypt brokered …`); of symmetric participants
            // the first leads (`X held talks with Y`).
            let lead = role == "participant" ? Array(actors.filter { $0.role == role }.prefix(1)) : actors.filter { $0.role == role }
            let leadIDs = Set(lead.map(\.actor))
            let verb: String
            switch e.status {
            case .planned: verb = "to " + detail.verbBase
            case .denied: verb = "not to " + detail.verbBase
            case .happened, .reported: verb = detail.verb
            }
            out = EventSummary.list(lead.map { name($0.actor) }) + " " + verb
            var roles: [String] = []
            for p in actors where !leadIDs.contains(p.actor) && !roles.contains(p.role) { roles.append(p.role) }
            let object = detail.object ?? (roles.isEmpty ? detail.unnamed.first : nil)
            if let o = object { out += " " + EventSummary.clip(o, words: 6) }
            // The first group is the verb's object (`threatened Hamas`, `held talks with Hamas`) unless
            // an unnamed object took that place (`imposed a deadline on Hamas`).
            let verbTakesPreposition = EventSummary.prepositions.contains { verb.hasSuffix(" " + $0) }
            for (n, r) in roles.enumerated() {
                let names = actors.filter { $0.role == r && !leadIDs.contains($0.actor) }.map { name($0.actor) }
                var part = EventSummary.list(names)
                let direct = n == 0 && object == nil
                if let prep = detail.prepositions[r], !direct, !(n == 0 && verbTakesPreposition), !(r == role && prep == "between") {
                    part = prep + " " + part
                }
                out += " " + part
            }
        } else {
            let label = kinds[e.kind]?.label ?? e.kind
            out = label + (detail.trigger.isEmpty ? "" : ": " + detail.trigger.lowercased())
            let others = actors.map { name($0.actor) } + (actors.isEmpty ? detail.unnamed.prefix(1).map { EventSummary.clip($0, words: 6) } : [])
            if !others.isEmpty { out += " (" + EventSummary.list(others) + ")" }
            if e.status == .planned { out += " (planned)" }
            if e.status == .denied { out += " (denied)" }
        }
        if let p = e.place, !e.participants.contains(where: { $0.actor == p && $0.role != "affiliation" }) {
            out += " in " + name(p)
        }
        if detail.series { out += e.kind == "meeting" ? " (several sessions)" : " (repeatedly)" }
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
        // On UTF-8 bytes: spaces, tabs and newlines are single ASCII bytes.
        var parts: [String] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count && parts.count <= n {
            while i < u.count, u[i] == 0x20 || u[i] == 0x0A || u[i] == 0x09 || u[i] == 0x0D { i += 1 }
            guard i < u.count else { break }
            let start = i
            while i < u.count, !(u[i] == 0x20 || u[i] == 0x0A || u[i] == 0x09 || u[i] == 0x0D) { i += 1 }
            parts.append(String(decoding: u[start..<i], as: UTF8.self))
        }
        if parts.count <= n { return parts.joined(separator: " ") }
        return parts.prefix(n).joined(separator: " ") + "…"
    }
}
