/// Who a statement is by: an entity of the document, or a description of an unnamed source.
struct ResolvedSpeaker: Hashable, Sendable {
    var entity: Int?
    var anonymous: String?
    var confidence: Double
}

/// Resolves speaker phrases against the document's entities, adding the ones the recognizer missed.
///
/// - A name: the entity with a mention over it; else one whose name, alias or last name matches (a later
///   `Reyes` reuses `Tom Reyes`); else a new entity (a person unless a cue word says organisation).
/// - `he`/`she`: a mention the recognizer made over the pronoun; else the speaker of a statement in the
///   last few sentences (`“…,” he added`); else the nearest person mentioned before.
/// - `the analyst`: the last anonymous source described with that noun, an entity described with it,
///   the last person speaker, the nearest person mentioned — in that order.
/// - `a government official briefed on the talks`: anonymous, kept as written.
struct SpeakerResolver {
    let view: TokenView
    /// Change only through ``addMention(_:sentence:form:entity:)`` and ``entity(named:org:sentence:)``,
    /// which keep ``mentionIndex`` and ``names`` up to date.
    private(set) var entities: DocumentEntities
    private(set) var mentionIndex: MentionIndex
    /// Made on the first name lookup (most documents resolve few names), then kept up to date.
    private var nameIndex: EntityNameIndex?
    /// The `previous` speakers passed to ``resolve(_:apposition:previous:at:)``, indexed.
    private var history = SpeakerHistory()
    /// Words the document writes in lower case (see ``writesInLowerCase(_:)``).
    private var lowerCaseWords: Set<String>?

    /// Each entity's gender as the text shows it (see ``gender(of:)``), worked out on first use.
    final class Genders {
        /// 0 not known yet, 1 none, 2 female, 3 male.
        var codes: [UInt8] = []
    }
    let genders = Genders()

    init(view: TokenView, entities: DocumentEntities) {
        self.view = view
        self.entities = entities
        mentionIndex = MentionIndex(entities.mentions, bytes: view.doc.document.utf8.count)
    }

    /// The name index, made now if it was not yet.
    private mutating func names() -> EntityNameIndex {
        if let n = nameIndex { return n }
        let n = EntityNameIndex(entities.entities)
        nameIndex = n
        return n
    }

    /// The first mention (in array order) overlapping `range`.
    func firstMention(overlapping range: TextRange) -> Mention? {
        mentionIndex.firstOverlapping(range).map { entities.mentions[$0] }
    }

    /// The mentions inside `range`, in array order.
    func mentions(in range: TextRange) -> [Mention] { mentionIndex.contained(in: range).map { entities.mentions[$0] } }

    /// The mentions inside any of `ranges`, in array order, each once.
    func mentions(inAny ranges: [TextRange]) -> [Mention] { mentionIndex.contained(inAny: ranges).map { entities.mentions[$0] } }

    /// Whether entity `e` can be the referent of a pronoun of gender `g` (unknown genders fit both).
    func fits(_ e: Int, _ g: QuoteLexicon.Gender?) -> Bool {
        guard let g, e >= 0, e < entities.entities.count else { return true }
        if genders.codes.count < entities.entities.count {
            genders.codes += [UInt8](repeating: 0, count: entities.entities.count - genders.codes.count)
        }
        if genders.codes[e] == 0 {
            switch gender(of: e) {
            case .female: genders.codes[e] = 2
            case .male: genders.codes[e] = 3
            case nil: genders.codes[e] = 1
            }
        }
        let code = genders.codes[e]
        return code == 1 || (code == 2) == (g == .female)
    }

    /// Forget entity `e`'s gender (its name or descriptions changed).
    func regender(_ e: Int) {
        if e < genders.codes.count { genders.codes[e] = 0 }
    }

    var doc: SegmentedDocument { view.doc }

    mutating func resolve(_ phrase: SpeakerPhrase, apposition: Range<Int>?, previous: [ResolvedSpeaker], at token: Int) -> ResolvedSpeaker {
        history.sync(previous)
        let sentence = view.sentenceOf[min(token, view.count - 1)]
        switch phrase {
        case .name(let r, let org, let role):
            if let group = demonymSpeaker(r) { return group }
            if let unnamed = commonWordSpeaker(r) { return unnamed }
            let e = entity(named: r, org: org, sentence: view.sentenceOf[r.lowerBound])
            for d in [role, apposition].compactMap({ $0 }) {
                let text = view.text(d).trimmingSpaces
                if text.count > 2, !entities.entities[e].descriptions.contains(text) {
                    entities.entities[e].descriptions.append(text)
                    regender(e)
                }
            }
            return ResolvedSpeaker(entity: e, anonymous: nil, confidence: 1)
        case .anonymous(let r):
            return ResolvedSpeaker(entity: nil, anonymous: view.text(r), confidence: 0.9)
        case .pronoun(let t, let cls):
            let range = doc.tokens[t].range
            if let m = firstMention(overlapping: range) {
                return ResolvedSpeaker(entity: m.entity, anonymous: nil, confidence: 0.85)
            }
            let found: ResolvedSpeaker?
            switch cls {
            case .personPronoun:
                let w = view.lower[t]
                let g: QuoteLexicon.Gender? = w == "she" || w == "her" || w == "hers" ? .female : w == "he" || w == "him" || w == "his" ? .male : nil
                found = person(before: range.start, sentence: sentence, previous: previous, gender: g)
            case .groupPronoun: found = group(before: range.start, sentence: sentence, previous: previous, token: t)
            default: found = nil
            }
            guard let f = found else { return ResolvedSpeaker(entity: nil, anonymous: "unattributed", confidence: 0.3) }
            if let e = f.entity { addMention(range, sentence: view.sentenceOf[t], form: .pronoun, entity: e) }
            return f
        case .description(let r, let head):
            let range = view.byteRange(r)
            // `a government official briefed on the talks said … the official said`: the unnamed source
            // described with the same noun, unless the recognizer's person spoke more recently.
            let unnamed = history.lastAnonymous(describedWith: head)
            if let m = firstMention(overlapping: range) {
                if let u = unnamed,
                   !(history.lastStatement(of: m.entity).map { $0 > u } ?? false) {
                    return ResolvedSpeaker(entity: nil, anonymous: previous[u].anonymous, confidence: 0.7)
                }
                return ResolvedSpeaker(entity: m.entity, anonymous: nil, confidence: 0.85)
            }
            // A text that speaks (`the email said`) stays as written.
            if view.lexicon.documentNouns.contains(head) {
                return ResolvedSpeaker(entity: nil, anonymous: view.text(r), confidence: 0.6)
            }
            // The last unnamed source described with the same noun (`a government official …` → `the official`).
            if let u = unnamed {
                return ResolvedSpeaker(entity: nil, anonymous: previous[u].anonymous, confidence: 0.7)
            }
            let isTitle = view.lexicon.titles.contains(head)
            var found: ResolvedSpeaker?
            if view.lexicon.orgCues.contains(head) {
                // `the campaign said`: the organisation of that kind mentioned last, else kept as written.
                if let e = mostRecent(before: range.start, where: { $0.kind == .organization && self.words($0.name).contains(head) }) {
                    found = ResolvedSpeaker(entity: e, anonymous: nil, confidence: 0.6)
                }
            } else if let e = mostRecent(before: range.start, where: { $0.kind == .person && self.describes($0, head) }) {
                found = ResolvedSpeaker(entity: e, anonymous: nil, confidence: 0.7)
            } else if isTitle, let m = nearestMention(before: range.start, kinds: [.person]) {
                found = ResolvedSpeaker(entity: m.entity, anonymous: nil, confidence: 0.55)
            } else {
                found = person(before: range.start, sentence: sentence, previous: previous).map {
                    ResolvedSpeaker(entity: $0.entity, anonymous: $0.anonymous, confidence: $0.confidence * 0.8)
                }
            }
            guard let f = found else { return ResolvedSpeaker(entity: nil, anonymous: view.text(r), confidence: 0.5) }
            if let e = f.entity { addMention(range, sentence: view.sentenceOf[r.lowerBound], form: .description, entity: e) }
            return f
        }
    }

    func words(_ s: String) -> [String] { WordSplit.words(s, digits: false) }

    /// A one-word "name" opening its sentence that no entity has and that is a common word — one the
    /// tables list or one the document also writes in lower case (`Authorities said`, `Nobody asked`,
    /// `Partial transcript as follows:`): a group of that name is kept as an unnamed source, any other
    /// word leaves the statement unattributed, rather than making a person of the word.
    mutating func commonWordSpeaker(_ r: Range<Int>) -> ResolvedSpeaker? {
        guard r.count == 1, let t = r.first, opensSentence(t),
              firstMention(overlapping: view.byteRange(r)) == nil else { return nil }
        let word = view.lower[t]
        let listed = view.ids[t] >= 0 && view.lexicon.info[Int(view.ids[t])].notAName
        guard listed || writesInLowerCase(word), names().last(named: word, in: entities.entities) == nil,
              names().lastPerson(endingWith: words(view.text(r)), in: entities.entities) == nil else { return nil }
        return word.hasSuffix("s")
            ? ResolvedSpeaker(entity: nil, anonymous: view.text(r), confidence: 0.5)
            : ResolvedSpeaker(entity: nil, anonymous: "unattributed", confidence: 0.3)
    }

    /// First word of its sentence, or first after an opening quote, a colon, a dash or a parenthesis.
    func opensSentence(_ t: Int) -> Bool {
        guard t > 0, view.sentenceOf[t - 1] == view.sentenceOf[t] else { return true }
        return SpeakerResolver.openers.contains(view.text((t - 1)..<t))
    }

    static let openers: Set<String> = ["“", "\"", "‘", "'", "``", ":", "—", "–", "-", "("]

    /// Whether the document writes `word` (lower case) somewhere as a lower-case word; the set of such
    /// words is made once, on the first question.
    mutating func writesInLowerCase(_ word: String) -> Bool {
        if lowerCaseWords == nil {
            var set = Set<String>()
            for (i, tok) in view.doc.tokens.enumerated() where tok.kind == .word && !tok.isCapitalized && !tok.isAllCaps && tok.range.start < view.bytes.count {
                let first = view.bytes[tok.range.start]
                if first >= 0x61 && first <= 0x7A { set.insert(view.lower[i]) }
            }
            lowerCaseWords = set
        }
        return lowerCaseWords?.contains(word) ?? false
    }

    /// A demonym is never a person speaker. Unless the recognizer made it a mention of its country
    /// (`Israeli officials` → Israel), `Palestinian sources` and `Americans` are an unnamed group, and
    /// a lone demonym adjective is its country when the document names it.
    mutating func demonymSpeaker(_ r: Range<Int>) -> ResolvedSpeaker? {
        guard !r.isEmpty, r.allSatisfy({ view.isDemonym($0) }) else { return nil }
        let range = view.byteRange(r)
        if firstMention(overlapping: range) != nil { return nil }
        // `Cuban said` after `Mark Cuban`: a person's name that is also a demonym.
        let key = view.text(r).lowercased()
        if names().anyPerson(withWord: key, in: entities.entities) { return nil }
        let next = r.upperBound
        if next < view.count, view.doc.tokens[next].kind == .word, !view.doc.tokens[next].isCapitalized, view.speakerNoun(next) != nil {
            return ResolvedSpeaker(entity: nil, anonymous: view.text(r.lowerBound..<(next + 1)), confidence: 0.8)
        }
        let plural = r.contains { view.demonym($0)?.plural ?? false }
        if !plural, r.count == 1, let c = view.demonym(r.lowerBound)?.country, c > 0, c < view.lexicon.demonymCountries.count {
            let country = view.lexicon.demonymCountries[c].lowercased()
            if let p = names().first(named: country, in: entities.entities, where: { $0.kind == .country }) {
                let e = entities.entities[p]
                addMention(range, sentence: view.sentenceOf[r.lowerBound], form: .alias, entity: e.index)
                return ResolvedSpeaker(entity: e.index, anonymous: nil, confidence: 0.7)
            }
        }
        return ResolvedSpeaker(entity: nil, anonymous: view.text(r), confidence: 0.6)
    }

    /// Whether an entity's name or descriptions use the role noun `head` (`Sen.` counts for `senator`).
    func describes(_ e: LocalEntity, _ head: String) -> Bool {
        for d in e.descriptions + [e.name] {
            let raw = d.lowercased().split(separator: " ").map(String.init)
            for w in raw {
                if w == head || view.lexicon.titleNouns[w]?.contains(head) == true { return true }
            }
            if d != e.name, words(d).contains(head) { return true }
        }
        return false
    }

    /// The entity satisfying `test` whose latest mention before `byte` is the latest.
    func mostRecent(before byte: Int, where test: (LocalEntity) -> Bool) -> Int? {
        var ok: [Int: Bool] = [:]
        let found = mentionIndex.latest(before: byte) { i in
            let e = entities.mentions[i].entity
            if let known = ok[e] { return known }
            let good = test(entities.entities[e])
            ok[e] = good
            return good
        }
        return found.map { entities.mentions[$0].entity }
    }

    /// A person for `he`/`she`: a recent person speaker, else the nearest person mentioned.
    func person(before byte: Int, sentence: Int, previous: [ResolvedSpeaker], gender: QuoteLexicon.Gender? = nil) -> ResolvedSpeaker? {
        let recentSpeaker = lastSpeaker(kinds: [.person], previous: previous, gender: gender)
        if let r = recentSpeaker, let s = r.sentence, sentence - s <= 3 {
            return ResolvedSpeaker(entity: r.entity, anonymous: nil, confidence: 0.75)
        }
        if let m = nearestMention(before: byte, kinds: [.person], gender: gender) {
            return ResolvedSpeaker(entity: m.entity, anonymous: nil, confidence: 0.6)
        }
        if let r = recentSpeaker { return ResolvedSpeaker(entity: r.entity, anonymous: nil, confidence: 0.5) }
        return nil
    }

    /// A person's gender as the text shows it: the first word of the name, else an honorific or a
    /// gendered role word among its descriptions; nil when unknown.
    func gender(of e: Int) -> QuoteLexicon.Gender? {
        let entity = entities.entities[e]
        let lex = view.lexicon
        if let first = entity.name.split(separator: " ").first, let g = lex.nameGender[first.lowercased()] { return g }
        for d in entity.descriptions {
            for w in d.lowercased().split(separator: " ") { if let g = lex.roleGender[String(w)] { return g } }
        }
        return nil
    }

    /// An organisation or group for `they`/`it`.
    func group(before byte: Int, sentence: Int, previous: [ResolvedSpeaker], token: Int? = nil) -> ResolvedSpeaker? {
        // `Experts predict …, which they say …`: a plural speaker noun earlier in the sentence.
        if let t = token {
            var u = t - 1
            let floor = doc.sentences[view.sentenceOf[t]].tokens.lowerBound
            while u >= floor {
                if view.inQuote[u] < 0, view.speakerNoun(u) == true {
                    return ResolvedSpeaker(entity: nil, anonymous: view.text(u..<(u + 1)), confidence: 0.45)
                }
                u -= 1
            }
        }
        if let last = previous.last, last.entity == nil, let a = last.anonymous, a != "unattributed" {
            return ResolvedSpeaker(entity: nil, anonymous: a, confidence: 0.45)
        }
        if let m = nearestMention(before: byte, kinds: [.organization, .group, .country]) {
            return ResolvedSpeaker(entity: m.entity, anonymous: nil, confidence: 0.45)
        }
        return nil
    }

    /// The most recent statement speaker of one of `kinds`, with the sentence of its newest mention.
    func lastSpeaker(kinds: Set<ActorKind>, previous: [ResolvedSpeaker], gender: QuoteLexicon.Gender? = nil) -> (entity: Int, sentence: Int?)? {
        guard let e = history.lastSpeaker(where: { kinds.contains(entities.entities[$0].kind) && fits($0, gender) }) else { return nil }
        return (e, mentionIndex.lastSentence(of: e))
    }

    func nearestMention(before byte: Int, kinds: Set<ActorKind>, gender: QuoteLexicon.Gender? = nil) -> Mention? {
        let found = mentionIndex.latest(before: byte) { i in
            let m = entities.mentions[i]
            guard kinds.contains(entities.entities[m.entity].kind), fits(m.entity, gender) else { return false }
            if let t = firstToken(at: m.range.start), view.inQuote[t] >= 0 { return false }
            return true
        }
        return found.map { entities.mentions[$0] }
    }

    func firstToken(at byte: Int) -> Int? {
        var lo = 0
        var hi = doc.tokens.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = doc.tokens[mid].range
            if byte < r.start { hi = mid - 1 } else if byte >= r.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    // MARK: - Names

    /// The entity a name refers to, found or created, with a mention over the name.
    mutating func entity(named r: Range<Int>, org: Bool, sentence: Int) -> Int {
        let range = view.byteRange(r)
        if let m = firstMention(overlapping: range) { return m.entity }
        let name = view.text(r)
        let key = name.lowercased()
        let parts = words(name)
        let last = parts.last ?? key
        var match: Int?
        // (No copy of the index is held: one alive while it is updated below would be copied.)
        if let p = names().last(named: key, in: entities.entities) { match = entities.entities[p].index }
        if match == nil {
            // `Reyes` after `Tom Reyes`, `Al-Sayed` after `Hani al-Sayed`.
            match = names().lastPerson(endingWith: parts, in: entities.entities).map { entities.entities[$0].index }
        }
        if match == nil, parts.count > 1 {
            // A surname-only entity seen before the full name: upgrade it.
            if let p = names().lastPerson(named: last, in: entities.entities) {
                let e = entities.entities[p]
                let old = entities.entities[e.index].name
                entities.entities[e.index].name = name
                regender(e.index)
                if !entities.entities[e.index].aliases.contains(old) { entities.entities[e.index].aliases.append(old) }
                nameIndex?.register(entities.entities[e.index], at: e.index)
                match = e.index
            }
        }
        if let e = match {
            let form: MentionForm = entities.entities[e].name.lowercased() == key ? .name : .alias
            if form == .alias, !entities.entities[e].aliases.contains(name) {
                entities.entities[e].aliases.append(name)
                nameIndex?.addName(name, at: e)
            }
            addMention(range, sentence: sentence, form: form, entity: e)
            return e
        }
        let index = entities.entities.count
        entities.entities.append(LocalEntity(index: index, name: name, kind: org ? .organization : .person, evidence: ["quote-speaker"]))
        nameIndex?.register(entities.entities[index], at: index)
        addMention(range, sentence: sentence, form: .name, entity: index)
        return index
    }

    mutating func addMention(_ range: TextRange, sentence: Int, form: MentionForm, entity: Int) {
        if mentionIndex.firstOverlapping(range) != nil { return }
        let m = Mention(range: range, sentence: sentence, form: form, entity: entity)
        mentionIndex.add(m, at: entities.mentions.count)
        entities.mentions.append(m)
    }
}
