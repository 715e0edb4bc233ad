/// The names of one noun phrase: its heads, a side described without a name, where it ends, and names
/// that only modify a head (`US` in `US media outlet Axios`).
typealias NounPhrase = (mentions: [Int], unnamed: String?, end: Int, modifiers: [Int])

/// The participants of one trigger, as its frame finds them in the sentence.
struct FrameFill: Sendable {
    /// Entity and role, in the order found (subject first); an entity appears once.
    var participants: [LocalParticipant] = []
    /// Slots that named at least one actor.
    var filled: Set<FrameSlot> = []
    /// Slots that named a person.
    var people: Set<FrameSlot> = []
    /// Objects the text describes without a name (`a group of freed captives`).
    var unnamed: [String] = []
    /// `was classified as`, `the accord brokered by`.
    var passive = false
    /// A passive participle after its noun (`the accord brokered by X`, `a threshold met by X`).
    var reducedRelative = false
    /// The light verb before a noun trigger (`held` in `held talks`).
    var lightVerb: Range<Int>?
    /// Places found among the names before a noun (`the Doha talks`).
    var placeEntity: Int?
    /// One past the last token the arguments after the trigger use (where a place may follow).
    var argumentEnd = 0
    /// The preposition each role was found after (`target` → `on`), for summaries.
    var prepositions: [String: String] = [:]
    /// The object as written when it names nobody (`a deadline`, `the ceasefire`), for summaries; for
    /// a passive verb, its unnamed subject (`four hostages were released`).
    var objectText: String?
    /// The role the noun trigger's possessor took (`Israel's decision` → agent).
    var possessorRole: String?
    /// What the object is called, as written (`a foreign terrorist organization`).
    var complement: String?
    /// How many of the first participants are the trigger's grammatical subject (`X and Y negotiated
    /// with Z`: 2), for summaries of symmetric events.
    var subjects = 0

    /// Sides: named actors other than affiliations, plus described groups.
    var sides: Int {
        Set(participants.filter { $0.role != "affiliation" }.map(\.entity)).count + unnamed.count
    }

    mutating func add(_ entity: Int, role: String, slot: FrameSlot) {
        filled.insert(slot)
        if participants.contains(where: { $0.entity == entity }) { return }
        participants.append(LocalParticipant(entity: entity, role: role))
    }
}

/// Fills a trigger's frame (`S=participant with=participant …`) from the mentions around it.
///
/// - Subject: the nearest name to the left within the clause (adverbs and auxiliaries passed over),
///   through an apposition (`X, adviser to Y, told …`), a relative pronoun (`Qatari mediators, who
///   brokered …`), or, for a participle after a comma, the clause before it. Coordinated names
///   (`X and Y met`) are all taken; an organisation or country right before a person's title is an
///   affiliation (`U.S. envoy Anna Meyer`).
/// - Object: the first noun phrase after a verb; unnamed ones are kept as text.
/// - Prepositions: the noun phrase after `with`, `between`, `against` …, with every name in it.
/// - Nouns: a possessive (`Meyer’s talks`), names in the noun phrase (`US-Hamas talks`) and the
///   subject of a light verb (`X held talks`).
///
/// Cost: a bounded scan (at most a few dozen tokens) around each trigger.
struct ParticipantFinder {
    let v: EventTokens
    /// Roles a place may take in this kind of event (nil: any).
    var placeRoles: Set<String>? = nil
    /// The `captives` context class: `US hostages` is a group of the country's people, not the country.
    var captives: CueClass = []
    /// The `ordinal` class: determiner words a summary keeps (`the first phase`).
    var ordinal: CueClass = []

    func fill(_ m: TriggerMatch, row: TriggerRow, sentence s: Sentence) -> FrameFill {
        var f = FrameFill()
        let s0 = s.tokens.lowerBound
        let s1 = min(s.tokens.upperBound, v.count)
        let a = m.tokens.lowerBound
        let b = m.tokens.upperBound
        let roles = row.roles
        if row.pos == .verb {
            f.passive = isPassive(a, b, s0: s0, s1: s1)
            // `the accord brokered by X`: the patient is the noun before, not a subject further left.
            let reducedRelative = f.passive && !hasBeAuxiliary(before: a, s0: s0)
            f.reducedRelative = reducedRelative
            // In a passive clause the subject received the act: it takes the object's role. A row
            // written for the passive (`declared dead`: S=patient by=agent) names its subject's role itself;
            // a verb without an object (`decided`, `revealed by X`) gives its passive subject none.
            let passiveAware = roles[.by] != nil && roles[.by] != roles[.subject]
            let subjectRole = f.passive ? (roles[.object] ?? (passiveAware ? roles[.subject] : nil)) : roles[.subject]
            if let role = subjectRole, !reducedRelative {
                for t in subject(before: a, s0: s0, s1: s1, participle: v.ing[a]) { addMention(t, role: role, slot: .subject, to: &f) }
                f.subjects = f.participants.filter { $0.role != "affiliation" }.count
            }
            if f.passive, f.participants.isEmpty {
                // `four hostages were released`, `the accord brokered by X`: what received the act, as written.
                if reducedRelative {
                    f.objectText = nounBefore(a, s0: s0)
                } else if let found = passiveSubject(before: a, s0: s0) {
                    f.objectText = found.text
                    // A described group is a side (`four hostages`), a thing is not (`the proposal`).
                    if found.group { f.unnamed.append(found.text) }
                }
            }
            if !f.passive, let role = roles[.object] {
                var o = object(after: b, s1: s1)
                if let group = capturedGroup(o.mentions, end: o.end, role: role) {
                    o.modifiers += o.mentions
                    o.mentions = []
                    o.unnamed = group
                    f.objectText = group
                }
                for t in o.mentions { addMention(t, role: role, slot: .object, to: &f) }
                for t in o.modifiers { addMention(t, role: "affiliation", slot: .object, to: &f) }
                if let u = o.unnamed { f.unnamed.append(u) }
                // (An object cut by a quotation mark, `denounced the nascent “… movement”`, is not kept.)
                if o.mentions.isEmpty, o.end > b, o.end - b <= 6, !(o.end < s1 && v.doc.tokens[o.end].kind == .quote) {
                    // `all crossings leading (to …)`: a trailing participle belongs to what follows; an
                    // article left at the end (`released a June 2011 email`) says nothing.
                    var e = o.end
                    while e - 1 > b, v.ing[e - 1] || v.ed[e - 1] || EventTokens.articles.contains(v.hash[e - 1]) { e -= 1 }
                    if !(e - 1 == b && EventTokens.articles.contains(v.hash[b])) { f.objectText = v.text(b..<e) }
                }
                f.argumentEnd = max(f.argumentEnd, o.end)
            }
            if f.passive, let role = roles[.by] ?? roles[.subject] {
                let np = preposition(EventTokens.by, after: b, s1: s1)
                let before = f.participants.count
                for t in np.mentions { addMention(t, role: role, slot: .by, to: &f) }
                for t in np.modifiers { addMention(t, role: "affiliation", slot: .by, to: &f) }
                if f.participants.count > before {
                    // The doer leads: `X had been consulted by Y` is Y consulting X.
                    f.participants = Array(f.participants[before...]) + f.participants[..<before]
                    if f.prepositions[role] == nil { f.prepositions[role] = "by" }
                }
                f.argumentEnd = max(f.argumentEnd, np.end)
            }
        } else {
            if let role = roles[.subject], let light = lightVerb(before: a, s0: s0) {
                f.lightVerb = light
                for t in subject(before: light.lowerBound, s0: s0, s1: s1, participle: v.ing[light.lowerBound]) {
                    addMention(t, role: role, slot: .subject, to: &f)
                }
                f.subjects = f.participants.filter { $0.role != "affiliation" }.count
            }
            if let role = roles[.poss], let t = possessor(before: a, s0: s0) {
                let before = f.participants.count
                addMention(t, role: role, slot: .poss, to: &f)
                if f.participants.count > before { f.possessorRole = role }
            }
            if let role = roles[.pre] {
                for t in premodifiers(before: a, s0: s0) {
                    guard let mention = v.mention(t) else { continue }
                    if v.kind(of: mention) == .place {
                        if f.placeEntity == nil { f.placeEntity = mention.entity }
                    } else {
                        addMention(t, role: role, slot: .pre, to: &f)
                    }
                }
            }
        }
        for (slot, role) in roles.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where slot.isPreposition {
            if slot == .by && row.pos == .verb { continue }
            if slot == .as {
                f.complement = complement(after: max(b, f.argumentEnd), s1: s1)
                continue
            }
            var np = preposition(WordHash.of(slot.rawValue), after: b, s1: s1, reach: row.pos == .noun ? 3 : 10)
            if let group = capturedGroup(np.mentions, end: np.end, role: role) {
                np.modifiers += np.mentions
                np.mentions = []
                np.unnamed = group
            }
            for t in np.mentions { addMention(t, role: role, slot: slot, to: &f) }
            for t in np.modifiers { addMention(t, role: "affiliation", slot: slot, to: &f) }
            if !np.mentions.isEmpty, f.prepositions[role] == nil { f.prepositions[role] = slot.rawValue }
            if np.mentions.isEmpty, let u = np.unnamed { f.unnamed.append(u) }
            f.argumentEnd = max(f.argumentEnd, np.end)
        }
        f.argumentEnd = max(f.argumentEnd, b)
        return f
    }

    private func addMention(_ t: Int, role: String, slot: FrameSlot, to f: inout FrameFill) {
        guard let m = v.mention(t) else { return }
        // A city, region or territory does not release, agree or decide (`hostages held in Gaza were freed`).
        if role != "affiliation", let allowed = placeRoles, v.kind(of: m) == .place, !allowed.contains(role) { return }
        f.add(m.entity, role: role, slot: slot)
        if v.kind(of: m) == .person && role != "affiliation" { f.people.insert(slot) }
        // An organisation or country right before a person's title: `U.S. envoy Anna Meyer`.
        if v.kind(of: m) == .person, let aff = affiliation(of: t), let am = v.mention(aff), am.entity != m.entity {
            if !f.participants.contains(where: { $0.entity == am.entity }) {
                f.participants.append(LocalParticipant(entity: am.entity, role: "affiliation"))
            }
        }
    }

    // MARK: - Subject

    /// Mention tokens (one per mention) of the subject of a verb starting at `start`.
    func subject(before start: Int, s0: Int, s1: Int, participle: Bool) -> [Int] {
        var i = start - 1
        var words = 0
        var adjacent = true
        var crossParticiple = participle
        while i >= s0 {
            if v.mentionAt[i] >= 0 { return outsidePreposition(coordinated(endingAt: i, s0: s0), s0: s0, participle: participle) }
            if v.isComma(i) {
                if adjacent, let t = apposition(comma: i, s0: s0) { return outsidePreposition(coordinated(endingAt: t, s0: s0), s0: s0, participle: participle) }
                if crossParticiple {
                    crossParticiple = false
                    adjacent = false
                    i -= 1
                    continue
                }
                return []
            }
            if v.isHardBoundary(i) { return [] }
            if v.isWord(i) {
                if v.has(i, .skip) {
                    i -= 1
                    continue
                }
                let h = v.hash[i]
                if adjacent && (h == EventTokens.who || h == EventTokens.which || h == EventTokens.that) {
                    // `Qatari mediators, who brokered …`: the name in the noun phrase before it.
                    var j = i - 1
                    if j >= s0, v.isComma(j) { j -= 1 }
                    var r = 0
                    while j >= s0, r < 2, v.mentionAt[j] < 0, v.isWord(j), v.has(j, [.role, .group]) {
                        j -= 1
                        r += 1
                    }
                    // `Sen. Ted Cruz of Texas, who voted …`: the name the of-phrase hangs on.
                    if j >= s0, v.mentionAt[j] >= 0 {
                        let p = v.mentionTokens(j).lowerBound - 1
                        if p - 1 >= s0, v.hash[p] == EventTokens.of || v.hash[p] == EventTokens.from, v.mentionAt[p - 1] >= 0 { j = p - 1 }
                    }
                    return j >= s0 && v.mentionAt[j] >= 0 ? coordinated(endingAt: j, s0: s0) : []
                }
                if v.has(i, .clause) {
                    // A participle opening an adverbial clause (`after meeting X, the president warned`)
                    // shares the subject of the main clause.
                    if participle && words == 0 { return mainClauseSubject(after: start, s1: s1) }
                    return []
                }
                if adjacent && (h == EventTokens.and || h == EventTokens.or) { return [] }
                adjacent = false
                words += 1
                if words > 4 { return [] }
            }
            i -= 1
        }
        return []
    }

    /// The subject's names, unless a preposition governs them: in `the attack on X killed Y` or
    /// `hostages held in X were freed`, X is no subject. (`with X negotiating …` is: X does the
    /// participle.)
    func outsidePreposition(_ names: [Int], s0: Int, participle: Bool) -> [Int] {
        guard let first = names.map({ v.mentionTokens($0).lowerBound }).min() else { return names }
        var p = first - 1
        while p >= s0, v.isWord(p), EventTokens.articles.contains(v.hash[p]) || v.hash[p] == EventTokens.both { p -= 1 }
        // (`after X revealed …`: a word that also opens a clause governs the clause, not the name.)
        guard p >= s0, v.isWord(p), v.mentionAt[p] < 0, v.has(p, .preposition), !v.has(p, .clause) else { return names }
        if participle && (v.hash[p] == EventTokens.with || v.hash[p] == EventTokens.without) { return names }
        return []
    }

    /// `X, an adviser to Y, told …`: the name before the apposition's opening comma; `the envoy, X,
    /// told …`: the name that is the whole apposition.
    func apposition(comma i: Int, s0: Int) -> Int? {
        var j = i - 1
        var k = 0
        while j > s0 && k < 16 {
            if v.isComma(j) {
                if i - 1 > j, v.mentionAt[i - 1] >= 0, v.mentionTokens(i - 1).lowerBound == j + 1 { return i - 1 }
                return v.mentionAt[j - 1] >= 0 ? j - 1 : nil
            }
            if v.isHardBoundary(j) { return nil }
            j -= 1
            k += 1
        }
        return nil
    }

    /// The first name after the comma that closes an adverbial clause.
    func mainClauseSubject(after start: Int, s1: Int) -> [Int] {
        var j = start
        var k = 0
        while j < s1 && k < 24 {
            if v.isHardBoundary(j) { return [] }
            if v.isComma(j) {
                var t = j + 1
                var w = 0
                while t < s1 && w < 3 {
                    if v.mentionAt[t] >= 0 { return [t] }
                    if !v.isWord(t) { return [] }
                    t += 1
                    w += 1
                }
                return []
            }
            j += 1
            k += 1
        }
        return []
    }

    /// The mention ending at token `t` and names coordinated before it (`X, Y and Z`; the last join
    /// must be `and`/`or`: in `… in Cairo, the envoy met` the comma joins nothing).
    func coordinated(endingAt t: Int, s0: Int) -> [Int] {
        var out = [t]
        var start = v.mentionTokens(t).lowerBound
        for n in 0..<3 {
            let c = start - 1
            guard c - 1 >= s0 else { break }
            let isAnd = v.hash[c] == EventTokens.and || v.hash[c] == EventTokens.or
            let isJoin = isAnd || (n > 0 && v.isComma(c))
            guard isJoin, v.mentionAt[c - 1] >= 0 else { break }
            out.append(c - 1)
            start = v.mentionTokens(c - 1).lowerBound
        }
        return out
    }

    /// An organisation or country before a person's title (`U.S. envoy Anna Meyer`, `Hamas chief
    /// negotiator Omar al-Rashid`).
    func affiliation(of t: Int) -> Int? {
        let r = v.mentionTokens(t)
        if let before = affiliationBefore(r.lowerBound - 1, sentence: v.sentenceOf[t]) { return before }
        // `Anna Meyer, the US special envoy for hostage affairs, …`
        var j = r.upperBound
        guard j < v.count, v.isComma(j) else { return nil }
        j += 1
        if j < v.count, v.hash[j] == EventTokens.the || v.hash[j] == EventTokens.a { j += 1 }
        guard j < v.count, let m = v.mention(j), v.sentenceOf[j] == v.sentenceOf[t], isAffiliationKind(m) else { return nil }
        let after = v.mentionTokens(j).upperBound
        var k = after
        var role = false
        while k < v.count && k - after < 4 && v.isWord(k) && v.mentionAt[k] < 0 {
            if v.has(k, .role) { role = true }
            k += 1
        }
        return role ? j : nil
    }

    /// An organisation or country ending at `j`, followed by title words up to the name: up to three
    /// words, one of them a role word (`U.S. envoy`, `US hostage envoy`, `Hamas chief negotiator`).
    private func affiliationBefore(_ start: Int, sentence: Int32) -> Int? {
        var j = start
        var k = 0
        var role = false
        while j >= 0 && k < 3 && v.isWord(j) && v.mentionAt[j] < 0 && !v.has(j, [.determiner, .preposition, .clause, .be, .have]) {
            if v.has(j, .role) { role = true }
            j -= 1
            k += 1
        }
        guard k > 0, role, j >= 0, let m = v.mention(j), v.sentenceOf[j] == sentence, isAffiliationKind(m) else { return nil }
        return j
    }

    private func isAffiliationKind(_ m: Mention) -> Bool {
        let kind = v.kind(of: m)
        return kind == .organization || kind == .country || kind == .group
    }

    // MARK: - Object and prepositions

    /// The noun phrase after a verb: its names, or its text when it names nobody but describes a side
    /// (`a group of freed captives`); and where it ends.
    func object(after b: Int, s1: Int) -> NounPhrase {
        var j = b
        var words = 0
        while j < s1 && words < 8 {
            if v.mentionAt[j] >= 0 {
                return nounPhraseMentions(from: j, s1: s1)
            }
            if v.isHardBoundary(j) || v.isComma(j) { break }
            // `released a June 2011 email exchange`: a date after an article modifies the noun.
            if v.timexAt[j] >= 0, j > b, v.isWord(j - 1), EventTokens.articles.contains(v.hash[j - 1]) {
                let k = v.timexAt[j]
                while j < s1, v.timexAt[j] == k { j += 1 }
                words += 1
                continue
            }
            if v.isWord(j) {
                if v.timexAt[j] >= 0 { break }
                if v.has(j, [.clause, .be, .have, .modal]) { break }
                if v.has(j, .preposition) && v.hash[j] != EventTokens.of { break }
            }
            words += 1
            j += 1
        }
        return ([], describedSide(b..<j), j, [])
    }

    /// An unnamed noun phrase that names a side: it holds a group word (`group`, `officials`,
    /// `hostages`, `the region`) and is not a pronoun.
    func describedSide(_ r: Range<Int>) -> String? {
        guard !r.isEmpty, r.count <= 7 else { return nil }
        var group = false
        for t in r where v.isWord(t) && v.has(t, .group) { group = true }
        return group ? v.text(r) : nil
    }

    /// The names in the noun phrase after the first `prep` that follows the trigger (within the clause),
    /// the phrase's text when it names nobody but describes a side, and where it ends.
    func preposition(_ prep: UInt64, after b: Int, s1: Int, reach: Int = 10) -> NounPhrase {
        var j = b
        var k = 0
        while j < s1 && k < reach {
            if v.isHardBoundary(j) { break }
            if v.hash[j] == prep {
                let np = nounPhraseMentions(from: j + 1, s1: s1)
                if !np.mentions.isEmpty { return np }
                var e = j + 1
                while e < s1, e - j <= 5, v.isWord(e), !v.has(e, [.preposition, .clause, .be, .have, .modal]), v.timexAt[e] < 0 { e += 1 }
                return ([], describedSide((j + 1)..<e), e, [])
            }
            if v.isWord(j) && v.has(j, .clause) && v.hash[j] != prep { break }
            j += 1
            k += 1
        }
        return ([], nil, b, [])
    }

    /// Names in the noun phrase starting at `j`: `the militant Palestinian group Hamas`, `Hamas chief
    /// negotiator Omar al-Rashid`, `the US and Hamas`.
    /// Modifying names (`US` in `US media outlet Axios`) come apart: they are affiliations.
    func nounPhraseMentions(from j0: Int, s1: Int) -> NounPhrase {
        var out: [Int] = []
        var modifiers: [Int] = []
        var titled: [Int] = []
        var j = j0
        var n = 0
        var end = j0
        while j < s1 && n < 7 {
            if v.mentionAt[j] >= 0 {
                // `U.S. negotiator Meyer`: an organisation or country before a person's title.
                if let last = out.last, let lm = v.mention(last), v.kind(of: lm) != .person, let m = v.mention(j), v.kind(of: m) == .person {
                    let gap = v.mentionTokens(last).upperBound..<j
                    if !gap.isEmpty, gap.allSatisfy({ v.isWord($0) && v.has($0, .role) }) { titled.append(last) }
                }
                out.append(j)
                j = v.mentionTokens(j).upperBound
                end = j
                continue
            }
            if v.isHyphen(j) {
                j += 1
                continue
            }
            if v.isComma(j) {
                // A list (`X, Y and Z`): the name after the comma is followed by another comma or `and`.
                if !out.isEmpty, j + 1 < s1, v.mentionAt[j + 1] >= 0 {
                    let after = v.mentionTokens(j + 1).upperBound
                    if after < s1, v.isComma(after) || v.hash[after] == EventTokens.and || v.hash[after] == EventTokens.or {
                        j += 1
                        continue
                    }
                }
                break
            }
            if v.isHardBoundary(j) { break }
            if v.isWord(j) {
                let h = v.hash[j]
                // `threats to strengthen the U.S.'s position`: a bare word before an article is a verb.
                if out.isEmpty, h != EventTokens.and, h != EventTokens.or, j + 1 < s1, v.mentionAt[j + 1] < 0, !v.doc.tokens[j].isCapitalized,
                   !v.has(j, [.determiner, .preposition]),
                   v.isWord(j + 1), EventTokens.articles.contains(v.hash[j + 1]) { break }
                if h == EventTokens.and || h == EventTokens.or {
                    if j + 1 < s1, v.mentionAt[j + 1] >= 0 || v.has(j + 1, .determiner) {
                        j += 1
                        // `X and the Free Front`: the article opens the next name.
                        if j + 1 < s1, v.mentionAt[j] < 0, v.mentionAt[j + 1] >= 0, EventTokens.articles.contains(v.hash[j]) { j += 1 }
                        continue
                    }
                    break
                }
                if v.timexAt[j] >= 0 { break }
                if v.has(j, [.clause, .be, .have, .modal]) { break }
                if v.has(j, .preposition) && h != EventTokens.of { break }
                if !out.isEmpty && !(v.doc.tokens[j].isCapitalized || v.has(j, .role) || v.possessive[j]) {
                    // `US media outlet Axios`: the name after a few nouns is the head; the one before modifies it.
                    var k = j
                    while k < s1, k - j < 3, v.isWord(k), v.mentionAt[k] < 0, !v.has(k, [.preposition, .clause, .be, .have, .modal, .determiner]), !v.ed[k], !v.ing[k] { k += 1 }
                    if k < s1, k > j, v.mentionAt[k] >= 0, let last = out.last, let lm = v.mention(last), v.kind(of: lm) != .person {
                        out.removeLast()
                        modifiers.append(last)
                        j = k
                        continue
                    }
                    break
                }
            }
            n += 1
            j += 1
        }
        // In a list of sides (`between U.S. negotiator Meyer and Hamas`) the organisation before a
        // person's title is the person's affiliation; alone (`with Hamas negotiator X`) it stays a side.
        if !titled.isEmpty, out.count - titled.count >= 2 {
            out.removeAll { titled.contains($0) }
            modifiers += titled
        }
        return (out, nil, end, modifiers)
    }

    // MARK: - Nouns

    /// A light verb right before a noun trigger, over determiners and adjectives (`held direct talks`,
    /// `engaged in secret negotiations`).
    func lightVerb(before a: Int, s0: Int) -> Range<Int>? {
        var i = a - 1
        var k = 0
        while i >= s0 && k < 4 {
            if v.has(i, .light) {
                var start = i
                while start - 1 >= s0, v.has(start - 1, .light), !v.has(start - 1, .determiner) { start -= 1 }
                return start..<(i + 1)
            }
            if !v.isWord(i) && !v.isHyphen(i) { return nil }
            if v.mentionAt[i] >= 0 || v.possessive[i] { return nil }
            if v.isWord(i) && (v.has(i, [.clause, .be]) || (v.has(i, .preposition) && !v.has(i, .light))) { return nil }
            i -= 1
            k += 1
        }
        return nil
    }

    /// `Meyer’s talks`, `his visit`: the possessor before a noun trigger (over up to three adjectives).
    func possessor(before a: Int, s0: Int) -> Int? {
        var p = a - 1
        var k = 0
        while p >= s0 && k < 4 {
            if v.mentionAt[p] >= 0 {
                if v.possessive[p] || v.possessive[v.mentionTokens(p).upperBound - 1] { return p }
                if v.has(p, .determiner) { return p }  // a resolved `his`, `their`
                p = v.mentionTokens(p).lowerBound - 1
                k += 1
                continue
            }
            if v.possessive[p] { return nil }
            if v.timexAt[p] >= 0 || v.isHyphen(p) {
                p -= 1
                continue
            }
            if !v.isWord(p) || v.has(p, [.preposition, .clause, .be, .have, .modal, .light]) { return nil }
            // `Trump's recent threat`: an ordinal or time adjective is no determiner here.
            if v.has(p, .determiner) && !v.has(p, ordinal) { return nil }
            p -= 1
            k += 1
        }
        return nil
    }

    /// Names inside the noun phrase before a noun trigger (`the direct US-Hamas negotiations`).
    func premodifiers(before a: Int, s0: Int) -> [Int] {
        var out: [Int] = []
        var p = a - 1
        var words = 0
        while p >= s0 && words < 5 {
            if v.mentionAt[p] >= 0 {
                let r = v.mentionTokens(p)
                if v.possessive[r.upperBound - 1] { break }
                out.append(p)
                p = r.lowerBound - 1
                continue
            }
            if v.isHyphen(p) || v.timexAt[p] >= 0 {
                p -= 1
                continue
            }
            if !v.isWord(p) || v.possessive[p] { break }
            if v.has(p, [.determiner, .preposition, .clause, .be, .have, .modal, .light]) { break }
            words += 1
            p -= 1
        }
        return out
    }

    // MARK: - Voice

    func hasBeAuxiliary(before a: Int, s0: Int) -> Bool {
        var i = a - 1
        var k = 0
        while i >= s0 && k < 3 && v.isWord(i) {
            if v.has(i, .be) { return true }
            if !v.has(i, .skip) { return false }
            i -= 1
            k += 1
        }
        return false
    }

    /// `was classified`, `had been consulted`, `the accord brokered by`.
    func isPassive(_ a: Int, _ b: Int, s0: Int, s1: Int) -> Bool {
        let last = b - 1
        guard v.ed[last] || v.has(last, .past) || v.ed[a] || v.has(a, .past) else { return false }
        var i = a - 1
        var k = 0
        while i >= s0 && k < 3 && v.isWord(i) {
            if v.has(i, .be) { return true }
            if !v.has(i, .skip) { break }
            i -= 1
            k += 1
        }
        var j = b
        if j < s1, v.has(j, .skip) { j += 1 }
        return j < s1 && v.hash[j] == EventTokens.by
    }
}
