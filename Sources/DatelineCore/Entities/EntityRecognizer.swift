/// Recognises actors (people, organisations, countries, places) and links their mentions in one document.
///
/// ```
/// let entities = try EntityRecognizer().recognize(segmented)
/// entities.entities.map(\.name)   // ["United States", "Hamas", "Paul Harding", …]
/// ```
///
/// Sentences are read in two passes. Body sentences first: runs of capitalised words (``NameRuns``)
/// are read into findings (``ChunkReader``) with the roles around them (``RoleCues``). Then headings,
/// title-case and all-caps lines, where every word is capitalised: there only gazetteer names and the
/// names the body already has count (`Netanyahu Seeks to Extend Gaza Ceasefire Agreement`).
/// Boilerplate keeps only gazetteer names, organisations by their head word and people with a role.
/// Findings are then grouped into entities (``Coreference``) and definite role phrases (`the
/// president`, `the analyst`) linked to the person they describe (``DescriptionLinker``).
///
/// Cost: a few passes over the tokens with hash lookups; strings are made only for names found.
public struct EntityRecognizer: Sendable {
    let lexicon: EntityLexicon
    /// Coreference without its shortcuts (tests compare the two).
    var coreferenceScans = false
    /// The function words and title-case fillers (`vs.`, `via`) that ``EntityTokens`` reads, joined
    /// once (joining them for every document cost a copy and re-hash of the whole table each time).
    private let tokenFunctionWords: NameKeySet

    public init() throws(LexiconError) {
        lexicon = try EntityLexicon()
        tokenFunctionWords = lexicon.functionWords.union(lexicon.titleCaseFiller)
    }

    public func recognize(_ doc: SegmentedDocument) -> DocumentEntities {
        let facts = EntityTokens(doc, functionWords: tokenFunctionWords)
        var runs = NameRuns(facts: facts, lexicon: lexicon)
        var findings: [Finding] = []
        findings.reserveCapacity(doc.tokens.count / 16)
        for s in doc.sentences where !facts.guarded[s.index] || s.isBoilerplate {
            var reader = ChunkReader(facts: facts, lexicon: lexicon, sentence: s)
            for run in joinedRuns(runs.runs(s), facts: facts) where !facts.label[run.lowerBound] && !facts.quotedTitle[run.lowerBound] {
                // `Dar-es-Salaam`: a known name read on past its run takes the runs inside it.
                if let last = reader.findings.last, run.lowerBound < last.tokens.upperBound, last.tokens.upperBound > run.lowerBound, last.tokens.lowerBound < run.lowerBound { continue }
                reader.read(run: run)
            }
            let roles = RoleCues(facts: facts, lexicon: lexicon, sentence: s)
            for i in reader.findings.indices where reader.findings[i].gazetteer == nil && reader.findings[i].organOf == nil
                && (reader.findings[i].kind == nil || reader.findings[i].kind == .person) {
                let f = reader.findings[i]
                let outer = titleStart(of: f, facts: facts, sentence: s)
                let found = roles.descriptions(outer: outer, name: nameTokens(f, facts: facts))
                if !found.isEmpty {
                    reader.findings[i].descriptions += found.filter { !reader.findings[i].descriptions.contains($0) }
                    reader.findings[i].kind = .person
                    reader.findings[i].strength = max(reader.findings[i].strength, .cue)
                    if reader.findings[i].evidence == "capitalised" { reader.findings[i].evidence = "role" }
                }
            }
            if s.isBoilerplate {
                findings += reader.findings.filter { f in
                    f.gazetteer != nil || (f.kind == .organization && f.strength >= .cue) || (f.kind == .person && !f.descriptions.isEmpty)
                }
            } else {
                findings += reader.findings
            }
        }
        trimKnownPrefixes(&findings, facts: facts)
        surnamesThatArePlaces(&findings, facts: facts)
        findings += guardedFindings(facts: facts, body: findings)
        capitalsWithoutCountry(&findings)
        let coreference = Coreference(facts: facts, lexicon: lexicon, scanOnly: coreferenceScans)
        let (entities, entityOf) = coreference.group(findings)
        var result = DocumentEntities(entities: entities, mentions: [])
        var mentions: [Mention] = []
        mentions.reserveCapacity(findings.count)
        for (i, f) in findings.enumerated() where entityOf[i] >= 0 {
            let e = entityOf[i]
            let form: MentionForm
            if f.form == .demonym || f.form == .description {
                form = f.form
            } else {
                form = f.surface.lowercased() == entities[e].name.lowercased() ? .name : .alias
            }
            mentions.append(Mention(range: f.range, sentence: f.sentence, form: form, entity: e))
        }
        result.mentions = mentions
        DescriptionLinker(facts: facts, lexicon: lexicon).link(&result)
        result.mentions.sort { a, b in a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end }
        // Equal ranges are next to each other once sorted.
        var unique: [Mention] = []
        unique.reserveCapacity(result.mentions.count)
        for m in result.mentions where unique.last?.range != m.range { unique.append(m) }
        result.mentions = unique
        return result
    }

    /// `Crooked Hillary Clinton`, `Telling Jeb Bush`: a word before a given name and a surname that the text
    /// names elsewhere without it describes that person; the name is the rest.
    func trimKnownPrefixes(_ findings: inout [Finding], facts: EntityTokens) {
        var names = Set<UInt64>()
        func hash(_ r: Range<Int>) -> UInt64 {
            var h: UInt64 = 0x5bd1_e995
            for t in r where facts.isWord(t) { h = (h ^ facts.base[t].raw) &* 0x0000_0100_0000_01b3 }
            return h
        }
        var candidates: [Int] = []
        for (i, f) in findings.enumerated() where f.gazetteer == nil && f.organOf == nil && (f.kind == nil || f.kind == .person) && f.tokens.count >= 2 {
            names.insert(hash(f.tokens))
            if f.tokens.count >= 3 { candidates.append(i) }
        }
        for i in candidates {
            let r = findings[i].tokens
            guard let k = (r.lowerBound + 1..<(r.upperBound - 1)).first(where: { facts.isWord($0) && facts.cap[$0] && lexicon.givenName(facts.base[$0]) != nil }),
                  (r.lowerBound..<k).allSatisfy({ facts.isWord($0) && lexicon.givenName(facts.base[$0]) == nil && !lexicon.particles.contains(facts.key[$0]) }),
                  names.contains(hash(k..<r.upperBound)) else { continue }
            let prefix = facts.text(r.lowerBound..<k)
            findings[i].tokens = k..<r.upperBound
            findings[i].range = facts.byteRange(k..<r.upperBound)
            findings[i].surface = facts.name(k..<r.upperBound)
            if !findings[i].descriptions.contains(prefix) { findings[i].descriptions.append(prefix) }
        }
    }

    /// `Police Superintendent Pedro Toledo … Toledo said`: a one-word place name that is the surname of a
    /// person the text names is that person's (countries stay countries: `Steve Israel … Israel`).
    func surnamesThatArePlaces(_ findings: inout [Finding], facts: EntityTokens) {
        var surnames = NameKeySet()
        for f in findings where f.gazetteer == nil && f.organOf == nil && (f.kind == nil || f.kind == .person) && f.tokens.count >= 2 {
            if let last = f.tokens.last, facts.cap[last], let first = f.tokens.first, facts.cap[first] { surnames.insert(facts.base[last]) }
        }
        guard surnames.count > 0 else { return }
        for i in findings.indices where findings[i].tokens.count == 1 {
            guard let g = findings[i].gazetteer, findings[i].form == .name || findings[i].form == .alias, lexicon.gazetteer.entries[g].kind == .place,
                  let t = findings[i].tokens.first, surnames.contains(facts.base[t]) else { continue }
            findings[i].gazetteer = nil
            findings[i].kind = nil
            findings[i].strength = .guess
            findings[i].form = .name
            findings[i].evidence = "surname-not-place"
        }
    }

    /// A capital stands for its government only in a text that names the country too (`Bern` in a
    /// story about a senator is not Switzerland); elsewhere it is the city.
    func capitalsWithoutCountry(_ findings: inout [Finding]) {
        var named = Set<Int>()
        for f in findings where f.gazetteer != nil && !f.evidence.hasPrefix("capital-as-government:") {
            if let g = f.gazetteer { named.insert(g) }
        }
        for i in findings.indices where findings[i].evidence.hasPrefix("capital-as-government:") {
            guard let country = findings[i].gazetteer, !named.contains(country),
                  let city = lexicon.gazetteer.entry(named: String(findings[i].evidence.dropFirst("capital-as-government:".count))) else { continue }
            findings[i].gazetteer = city
            findings[i].kind = .place
            findings[i].form = .name
            findings[i].evidence = "gazetteer:capital"
        }
    }

    /// `Middle East and North Africa Program`: a region joined by `and` to an organisation's name.
    func joinedRuns(_ runs: [Range<Int>], facts: EntityTokens) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in runs {
            if let last = out.last, last.upperBound + 1 == r.lowerBound, facts.key[last.upperBound] == NameRuns.and,
               let tail = r.last, lexicon.orgCues.contains(facts.base[tail]), facts.cap[tail],
               !last.contains(where: { lexicon.orgCues.contains(facts.base[$0]) }), !facts.possessive[last.upperBound - 1],
               let m = lexicon.gazetteer.match(at: last.lowerBound, in: facts, limit: last.upperBound), m.end == last.upperBound,
               lexicon.gazetteer.entries[m.surface.entry].kind == .place, m.surface.form != .capital {
                out[out.count - 1] = last.lowerBound..<r.upperBound
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Where the title before a name starts (`Secretary of State` in `Secretary of State Marco Rubio`).
    func titleStart(of f: Finding, facts: EntityTokens, sentence: Sentence) -> Int {
        var lo = f.tokens.lowerBound
        guard !f.descriptions.isEmpty else { return lo }
        while lo > sentence.tokens.lowerBound, facts.cap[lo - 1] || facts.isInnerHyphen(lo - 1)
                || (facts.isWord(lo - 1) && lexicon.connectors.contains(facts.key[lo - 1]) && lo - 2 >= sentence.tokens.lowerBound && facts.cap[lo - 2]) {
            lo -= 1
        }
        return lo
    }

    /// The name's tokens, a trailing possessive word included (the range already excludes `’s`).
    func nameTokens(_ f: Finding, facts: EntityTokens) -> Range<Int> { f.tokens }

    /// People named by the label before a colon that opens a line: a transcript's speakers in capitals
    /// (`TAPPER: And obviously …`, `JAKE TAPPER:` — when the text has two such labels or more) and a name
    /// that starts with a given name (`Mark Brandt: I'd consider a run`).
    func labelNames(facts: EntityTokens) -> [Finding] {
        var speakers: [Finding] = []
        var named: [Finding] = []
        var distinct = Set<UInt64>()
        for s in facts.doc.sentences where !facts.guarded[s.index] {
            var a = s.tokens.lowerBound
            guard a < facts.count else { continue }
            if !facts.label[a], a + 1 < s.tokens.upperBound, a + 1 < facts.count { a += 1 }
            guard facts.label[a] else { continue }
            var b = a
            while b < min(s.tokens.upperBound, facts.count), facts.label[b] { b += 1 }
            let words = (a..<b).filter { facts.isWord($0) }
            guard (1...3).contains(words.count), words.count == b - a || (a..<b).allSatisfy({ facts.isWord($0) || facts.isInnerHyphen($0) }),
                  lexicon.gazetteer.match(at: a, in: facts, limit: b) == nil,
                  words.allSatisfy({ facts.cap[$0] && !lexicon.common.contains(facts.key[$0]) && !lexicon.notNames.contains(facts.key[$0])
                      && !lexicon.titles.contains(facts.key[$0]) && !lexicon.roles.contains(facts.key[$0]) && !facts.lowerSeen.contains(facts.key[$0]) })
            else { continue }
            let r = a..<b
            var f = Finding(tokens: r, range: facts.byteRange(r), sentence: s.index, surface: facts.name(r), kind: .person, strength: .cue, evidence: "speaker-label")
            if words.allSatisfy({ facts.tokens[$0].isAllCaps && facts.tokens[$0].range.length >= 3 }) {
                // `JAKE TAPPER` is named `Jake Tapper`.
                f.surface = f.surface.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
                speakers.append(f)
                distinct.insert(NameKey(f.surface.lowercased()).raw)
            } else if words.count >= 2, let first = words.first, lexicon.givenName(facts.base[first]) != nil {
                f.evidence = "label-name"
                named.append(f)
            }
        }
        return (distinct.count >= 2 ? speakers : []) + named
    }

    /// Gazetteer names and names the body has, in headings, title-case and all-caps lines.
    func guardedFindings(facts: EntityTokens, body: [Finding]) -> [Finding] {
        let any = facts.doc.sentences.contains { s in
            facts.guarded[s.index] || (s.tokens.lowerBound < facts.count && facts.label[s.tokens.lowerBound])
                || (s.tokens.count > 1 && facts.label[s.tokens.lowerBound + 1]) || facts.hasQuotedTitle[s.index]
        }
        guard any else { return [] }
        // Known names by their first word: sequences of word keys, longest first.
        var sequences: [[NameKey]] = []
        var byFirst = NameKeyMapList()
        func add(_ keys: [NameKey]) {
            guard let first = keys.first else { return }
            if byFirst.values(first).contains(where: { sequences[$0] == keys }) { return }
            byFirst.append(first, sequences.count)
            sequences.append(keys)
        }
        for f in body where f.gazetteer == nil && f.organOf == nil && !f.tokens.isEmpty {
            add(f.tokens.map { facts.base[$0] })
            // A person's surname alone (`Netanyahu Seeks …`).
            if f.kind == .person || f.kind == nil, f.tokens.count >= 2, let last = f.tokens.last, facts.cap[last] { add([facts.base[last]]) }
        }
        var out: [Finding] = []
        // Tokens the body pass already named (boilerplate is read by both).
        var covered = Set<Int>()
        for f in body where facts.doc.sentences.indices.contains(f.sentence) && facts.doc.sentences[f.sentence].isBoilerplate {
            for t in f.tokens { covered.insert(t) }
        }
        for f in labelNames(facts: facts) {
            for t in f.tokens { covered.insert(t) }
            out.append(f)
        }
        for s in facts.doc.sentences {
            let whole = facts.guarded[s.index]
            let labelled = (s.tokens.lowerBound < facts.count && facts.label[s.tokens.lowerBound]) || (s.tokens.count > 1 && facts.label[s.tokens.lowerBound + 1])
            let titled = !whole && facts.hasQuotedTitle[s.index]
            guard whole || labelled || titled else { continue }
            var reader = ChunkReader(facts: facts, lexicon: lexicon, sentence: s)
            // Where only known names count: the whole sentence, its label, its quoted titles.
            var stretches: [Range<Int>] = []
            if whole {
                stretches.append(s.tokens.lowerBound..<min(s.tokens.upperBound, facts.count))
            } else {
                if labelled {
                    let end = (s.tokens.lowerBound..<min(s.tokens.upperBound, facts.count)).first(where: { $0 > s.tokens.lowerBound + 1 && !facts.label[$0] }) ?? s.tokens.upperBound
                    stretches.append(s.tokens.lowerBound..<end)
                }
                if titled {
                    var t = s.tokens.lowerBound
                    while t < min(s.tokens.upperBound, facts.count) {
                        guard facts.quotedTitle[t] else { t += 1; continue }
                        var u = t
                        while u < min(s.tokens.upperBound, facts.count), facts.quotedTitle[u] { u += 1 }
                        stretches.append(t..<u)
                        t = u
                    }
                }
            }
            for stretch in stretches {
            let end = stretch.upperBound
            var i = stretch.lowerBound
            while i < end {
                guard facts.isWord(i), facts.cap[i], !covered.contains(i) else { i += 1; continue }
                if !s.isBoilerplate, let m = lexicon.gazetteer.match(at: i, in: facts, limit: end) {
                    let compound = m.end < end && facts.isInnerHyphen(m.end) || (i > s.tokens.lowerBound && facts.isInnerHyphen(i - 1))
                    reader.emitGazetteer(i..<m.end, m.surface, compound: compound && m.surface.form != .name && m.surface.form != .alias)
                    i = m.end
                    continue
                }
                var matched = 0
                for n in byFirst.values(facts.base[i]) where i + sequences[n].count <= end && sequences[n].count > matched {
                    let keys = sequences[n]
                    var ok = true
                    for (k, key) in keys.enumerated() where facts.base[i + k] != key && facts.key[i + k] != key { ok = false; break }
                    if ok { matched = keys.count }
                }
                if matched > 0 {
                    let r = i..<(i + matched)
                    reader.findings.append(Finding(tokens: r, range: facts.byteRange(r), sentence: s.index, surface: facts.name(r),
                                                   kind: nil, strength: .guess, evidence: "known-name"))
                    i += matched
                } else {
                    i += 1
                }
            }
            }
            out += reader.findings
        }
        return out
    }
}
