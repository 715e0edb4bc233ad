/// How a summary names one kind of event's participants (a row of `events-summaries.tsv`).
struct SummaryFrame: Sendable, Equatable {
    /// Roles that may be a summary sentence's subject, in order of preference.
    var lead: [String]
    /// Roles written after the event as a noun, in order, with their preposition.
    var phrase: [Slot]

    struct Slot: Sendable, Equatable {
        var role: String
        var preposition: String
        /// In a sentence the role is the verb's object (`Hamas attacked Israel` for `the raid on Israel
        /// by Hamas`); `*` after the role in the TSV.
        var direct = false
    }

    /// `agent|participant` and `patient:of agent:brokered by` as in the TSV.
    init(lead: String, phrase: String) {
        self.lead = lead.split(separator: "|").map(String.init)
        var slots: [Slot] = []
        // Preposition words run on until the next `role:` token.
        for token in phrase.split(separator: " ") {
            if let colon = token.firstIndex(of: ":") {
                var role = String(token[..<colon])
                let direct = role.hasSuffix("*")
                if direct { role.removeLast() }
                slots.append(Slot(role: role, preposition: String(token[token.index(after: colon)...]), direct: direct))
            } else if var last = slots.popLast() {
                last.preposition += " " + token
                slots.append(last)
            }
        }
        self.phrase = slots
    }

    /// For kinds without a row and a missing table.
    static let fallback = SummaryFrame(lead: "agent|participant|speaker|source|host|visitor|mediator",
                                       phrase: "patient:of target:against participant:between subject:about speaker:by source:by agent:by")
}

/// A short readable line for an event, from its parts: who, what, whom, where.
///
/// Two forms, chosen by what the text gave (the table of `events-summaries.tsv` says, by kind, who may
/// lead a sentence and which preposition each role takes after a noun):
/// - a sentence when someone leads and the trigger is a verb or a noun after a light verb:
///   `Anna Meyer held talks with Hamas in Doha`; planned `Mark Ellison to visit Qatar`; denied
///   `United States not to hold talks with Hamas`; reported `… (reported)`;
/// - a noun phrase when nobody leads, when the trigger is a noun on its own, or when a verb that takes
///   an object has none: `Release of Sean Alexander`, `Attack on Israel by Hamas`, `Ceasefire’s first
///   phase (planned)`, `Israel’s decision to withhold aid deliveries`, `Threat by Donald Trump`; a bare
///   noun carries its date (`Attacks (11 Sep 2001)`).
///
/// Statements: `Speaker: “first words of the quotation…”`. A summary's core is at most
/// ``maxCore`` characters (cut at a word, with `…`); the status notes follow it.
struct EventSummary {
    let names: [String: String]
    let kinds: [String: EventKindInfo]
    var frames: [String: SummaryFrame] = EventSummary.bundledFrames

    /// Longest core (before ` (planned)`, ` (reported)` …), in characters.
    static let maxCore = 72

    /// `events-summaries.tsv`; without it every kind uses ``SummaryFrame/fallback``.
    static let bundledFrames: [String: SummaryFrame] = {
        guard let lex = try? Lexicon.bundled("events-summaries") else { return [:] }
        var out: [String: SummaryFrame] = [:]
        for row in lex.rows where row.count >= 3 { out[row[0]] = SummaryFrame(lead: row[1], phrase: row[2]) }
        return out
    }()

    static let prepositions = ["with", "against", "to", "on", "of", "for", "between", "by", "from", "alongside", "via", "through", "before", "in"]

    func frame(_ kind: String) -> SummaryFrame { frames[kind] ?? frames["*"] ?? SummaryFrame.fallback }

    func line(_ e: Event) -> String {
        if e.kind == "statement" { return statement(e) }
        let detail = e.detail ?? EventDetail()
        let actors = e.participants.filter { $0.role != "affiliation" }
        let frame = frame(e.kind)
        var core: String
        if let role = leadRole(actors, detail, frame), saysAsSentence(actors, detail, lead: role) {
            core = sentence(e, actors: actors, lead: role, detail: detail, frame: frame)
        } else {
            core = nounPhrase(e, actors: actors, detail: detail, frame: frame)
            if core.unicodeScalars.count > EventSummary.maxCore, detail.isNoun, !detail.trigger.isEmpty {
                // Too long with the text's modifiers (`Lower-level talks between …`): the trigger alone.
                var bare = detail
                bare.nominal = detail.trigger.lowercased()
                core = nounPhrase(e, actors: actors, detail: bare, frame: frame)
            }
        }
        core = EventSummary.clip(core, characters: EventSummary.maxCore)
        var out = core
        // (A noun says a series itself: `recent threats`.)
        if detail.series, e.kind == "meeting" || !(detail.isNoun && !detail.lightVerb) {
            out += e.kind == "meeting" ? " (several sessions)" : " (repeatedly)"
        }
        if e.status == .reported { out += " (reported)" }
        return out
    }

    /// Who leads a sentence: the trigger's own subject when it is named, else the first role of the
    /// kind's lead list (then of the fallback list) that is.
    func leadRole(_ actors: [ActorRole], _ detail: EventDetail, _ frame: SummaryFrame) -> String? {
        if let sr = detail.subjectRole { return actors.contains { $0.role == sr } ? sr : nil }
        // Without the trigger's own subject role (a hand-made or curated event), any role that acts.
        return (frame.lead + SummaryFrame.fallback.lead).first { r in actors.contains { $0.role == r } }
    }

    /// Whether the event reads as a sentence led by `lead`. Not when a verb that takes an object has
    /// none (`Donald Trump threatened` → `Threat by Donald Trump`); not for a noun on its own, unless
    /// someone other than its possessor or its symmetric participants does something to someone
    /// (`the raid on Israel by Hamas` → `Hamas attacked Israel`, but `Israel’s decision …`,
    /// `Talks between X and Y`, `Airstrikes by Israel`).
    func saysAsSentence(_ actors: [ActorRole], _ detail: EventDetail, lead: String) -> Bool {
        let leadIDs = leadActors(actors, role: lead, subjects: detail.subjectCount).map(\.actor)
        let others = actors.contains { !leadIDs.contains($0.actor) }
        if detail.isNoun && !detail.lightVerb {
            return detail.possessorRole == nil && lead != "participant" && others
        }
        // `Donald Trump threatened` (for `issued ultimatums`): a one-word verb wants an object.
        if detail.isNoun, !others, detail.object == nil, detail.unnamed.isEmpty, !detail.verb.contains(" ") { return false }
        guard detail.objectRole != nil, !detail.isNoun else { return true }
        return others || detail.object != nil || !detail.unnamed.isEmpty
    }

    /// Of symmetric participants the trigger's subjects lead (`X and Y negotiated with Z`), else the
    /// first (`X held talks with Y`); co-agents go together (`Qatar, the US and Egypt brokered …`).
    func leadActors(_ actors: [ActorRole], role: String, subjects: Int = 0) -> [ActorRole] {
        guard role == "participant" else { return actors.filter { $0.role == role } }
        let all = actors.filter { $0.role == role }
        return Array(all.prefix(max(1, min(subjects, all.count - 1))))
    }

    func sentence(_ e: Event, actors: [ActorRole], lead role: String, detail: EventDetail, frame: SummaryFrame) -> String {
        let lead = leadActors(actors, role: role, subjects: detail.subjectCount)
        let leadIDs = Set(lead.map(\.actor))
        let verb: String
        switch e.status {
        case .planned: verb = "to " + detail.verbBase
        case .denied: verb = "not to " + detail.verbBase
        case .happened, .reported: verb = detail.verb
        }
        var out = EventSummary.list(lead.map { name($0.actor) }) + " " + verb
        var roles: [String] = []
        for p in actors where !leadIDs.contains(p.actor) && !roles.contains(p.role) { roles.append(p.role) }
        // The verb's object first (`threatened Hamas`), then the others in the order the text named them.
        if let o = detail.objectRole, let k = roles.firstIndex(of: o), k > 0 { roles.insert(roles.remove(at: k), at: 0) }
        let object = detail.object ?? (roles.isEmpty ? detail.unnamed.first : nil)
        if let o = object { out += " " + EventSummary.clip(o, words: 6) }
        // The first group is the verb's object (`threatened Hamas`, `held talks with Hamas`) unless an
        // unnamed object took that place (`imposed a deadline on Hamas`).
        let verbTakesPreposition = EventSummary.prepositions.contains { verb.hasSuffix(" " + $0) }
        for (n, r) in roles.enumerated() {
            let names = actors.filter { $0.role == r && !leadIDs.contains($0.actor) }.map { name($0.actor) }
            var part = EventSummary.list(names)
            let textPrep = detail.prepositions[r]
            let slot = frame.phrase.first { $0.role == r }
            // The verb's object goes without a preposition, also when the text named it after a noun's
            // (`the raid on Israel by Hamas` → `Hamas attacked Israel`).
            let direct = n == 0 && object == nil && (detail.objectRole == r || (slot?.direct ?? false) || (detail.objectRole == nil && textPrep == nil))
            let prep = textPrep ?? slot?.preposition
            if let prep, !direct, !(n == 0 && verbTakesPreposition), !(r == role && prep == "between") {
                part = prep + " " + part
            }
            out += " " + part
            // What the object is called follows it (`designated Hamas a terrorist organisation`).
            if direct, let c = detail.complement { out += " " + EventSummary.clip(c, words: 6) }
        }
        return out + place(e)
    }

    func nounPhrase(_ e: Event, actors: [ActorRole], detail: EventDetail, frame: SummaryFrame) -> String {
        let label = kinds[e.kind]?.label ?? e.kind
        let head = TextMetrics.collapse(detail.nominal ?? label)
        var used = Set<String>()
        var out: String
        if detail.isNoun, !detail.lightVerb, let pr = detail.possessorRole, let owner = actors.first(where: { $0.role == pr }) {
            out = EventSummary.possessive(name(owner.actor)) + " " + head
            used.insert(owner.actor)
        } else {
            out = EventSummary.capitalizedFirst(head)
        }
        // What received the act, unnamed (`four hostages`), takes its role's place when no actor does.
        let receiverRole = detail.objectRole ?? frame.phrase.first?.role
        var receiver = detail.object ?? detail.unnamed.first
        if let r = receiver, EventSummary.mentions(head, r) { receiver = nil }
        var slots = frame.phrase
        if let r = receiverRole, !slots.contains(where: { $0.role == r }) { slots.insert(SummaryFrame.Slot(role: r, preposition: "of"), at: 0) }
        var added = false
        if let c = detail.complement, !EventSummary.mentions(head, c) { out += " as " + EventSummary.clip(c, words: 6) }
        for slot in slots {
            let names = actors.filter { $0.role == slot.role && !used.contains($0.actor) }
            let prep = preposition(slot.role, detail: detail, frame: frame) ?? slot.preposition
            if !names.isEmpty {
                // `between` wants two sides (`nuclear deal with Iran`).
                let p = prep == "between" && names.count < 2 ? "with" : prep
                out += " " + p + " " + EventSummary.list(names.map { name($0.actor) })
                for n in names { used.insert(n.actor) }
                added = true
            } else if slot.role == receiverRole, let r = receiver {
                out += " " + prep + " " + EventSummary.clip(r, words: 6)
                receiver = nil
                added = true
            }
        }
        let where_ = place(e)
        out += where_
        if !added, used.isEmpty, where_.isEmpty, let d = e.date, d.precision != .unknown, d.basis == .stated {
            // A bare noun says which one by its date (`Attacks (11 Sep 2001)`).
            out += " (" + DateText.eventDate(d) + ")"
        }
        if e.status == .planned { out += " (planned)" }
        if e.status == .denied { out += " (denied)" }
        return out
    }

    /// The preposition a role takes: the text's own (`interview with CNN`), unless the table's says
    /// more with the same word (`brokered by` for the text's `by`).
    func preposition(_ role: String, detail: EventDetail, frame: SummaryFrame) -> String? {
        let table = frame.phrase.first { $0.role == role }?.preposition
        guard let text = detail.prepositions[role] else { return table }
        if let t = table, t.hasSuffix(" " + text) { return t }
        return text
    }

    /// ` in Doha`, unless the place is a participant.
    func place(_ e: Event) -> String {
        guard let p = e.place, !e.participants.contains(where: { $0.actor == p && $0.role != "affiliation" }) else { return "" }
        return " in " + name(p)
    }

    func statement(_ e: Event) -> String {
        let who = e.participants.first { $0.role == "speaker" }.map { name($0.actor) } ?? e.anonymousSpeaker ?? "Unattributed"
        if let q = e.quote, !q.isEmpty {
            // A partly quoted statement's quote is its reported clause with the verbatim words in their
            // own marks: the label shows those words, as a quotation is shown; the clause stays in `quote`.
            guard EventSummary.hasDoubleMarks(q) else { return "\(who): “\(EventSummary.clip(q, words: 12))”" }
            let parts = EventSummary.markedParts(q)
            guard !parts.isEmpty else { return "\(who): \(EventSummary.closingOpenMarks(EventSummary.clip(q, words: 12)))" }
            return "\(who): “\(EventSummary.clip(parts.joined(separator: " … "), words: 12))”"
        }
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

    /// `Israel’s`, `Hamas’` (a name ending in s takes the apostrophe alone).
    static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "’" : name + "’s" }

    static func capitalizedFirst(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// Whether the phrase already holds the text's last word (`release of all hostages` and `all hostages`).
    static func mentions(_ phrase: String, _ text: String) -> Bool {
        guard let last = WordSplit.words(text, digits: true).last else { return true }
        return WordSplit.words(phrase, digits: true).contains(last)
    }

    /// The first `words` words, with `…` when cut.
    static func clip(_ s: String, words n: Int) -> String {
        // On UTF-8 bytes: spaces, tabs and newlines are single ASCII bytes; the words are copied once,
        // each followed by one space.
        var text = s
        return text.withUTF8 { u in
            var out: [UInt8] = []
            out.reserveCapacity(min(u.count, 16 * (n + 1)))
            var words = 0
            var i = 0
            func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
            while i < u.count && words <= n {
                while i < u.count, space(u[i]) { i += 1 }
                guard i < u.count else { break }
                let start = i
                while i < u.count, !space(u[i]) { i += 1 }
                if words == n {
                    // One word more than wanted: cut here.
                    out.append(contentsOf: [0xE2, 0x80, 0xA6])
                    return String(decoding: out, as: UTF8.self)
                }
                if words > 0 { out.append(0x20) }
                out.append(contentsOf: u[start..<i])
                words += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// At most `limit` characters (Unicode scalars), cut at a space, with `…` when cut.
    /// Whether `s` holds a double quotation mark, straight or curly.
    static func hasDoubleMarks(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }
    }

    /// The words inside each pair of double marks of `s` (curly, or straight taken in turn), without a
    /// comma, semicolon or colon the writer put before the closing mark.
    static func markedParts(_ s: String) -> [String] {
        let s = s.contains("''") ? s.replacing("''", with: "\"") : s
        var parts: [String] = []
        var current: String.UnicodeScalarView?
        for c in s.unicodeScalars {
            let opens = c == "“" || (c == "\"" && current == nil)
            let closes = c == "”" || (c == "\"" && current != nil)
            if closes, let part = current {
                var text = String(part).trimmingSpaces
                while let last = text.last, last == "," || last == ";" || last == ":" { text.removeLast() }
                if !text.isEmpty { parts.append(text) }
                current = nil
            } else if opens {
                current = String.UnicodeScalarView()
            } else {
                current?.append(c)
            }
        }
        return parts
    }

    /// `s` with a closing mark added for each curly opening mark left open, or one straight mark when
    /// their count is odd.
    static func closingOpenMarks(_ s: String) -> String {
        var open = 0, straight = 0
        for c in s.unicodeScalars {
            switch c {
            case "“": open += 1
            case "”": open = max(0, open - 1)
            case "\"": straight += 1
            default: break
            }
        }
        return s + String(repeating: "”", count: open) + (straight % 2 == 1 ? "\"" : "")
    }

    static func clip(_ s: String, characters limit: Int) -> String {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count > limit else { return s }
        var cut = limit - 1
        while cut > limit / 2, scalars[cut] != " " { cut -= 1 }
        var head = String(String.UnicodeScalarView(scalars[..<cut]))
        while let last = head.last, last == " " || last == "," || last == ";" { head.removeLast() }
        return head + "…"
    }
}
