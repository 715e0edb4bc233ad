/// Groups one document's findings into entities (in-document coreference).
///
/// - The same gazetteer entry, or the same name (case and a leading `The` aside), is one entity.
/// - A shorter person name that ends a longer one is that person (`Quilliam` → `Neil Quilliam`,
///   `Al-Nunu` → `Taher al-Nunu`), the nearest one written before it, else the first after it; a name
///   two people share stays its own.
/// - An acronym is the organisation whose words it spells (`PA` → `Palestinian Authority`, `ToI`).
/// - Kind: the strongest reading among the entity's findings; none → a person (several words) or, for
///   one word in capitals, an organisation.
/// - Name: the gazetteer's, else the fullest form; the others are aliases.
struct Coreference {
    let facts: EntityTokens
    let lexicon: EntityLexicon

    struct Group {
        var findings: [Int] = []
        var name: String = ""
        var kind: ActorKind?
        var strength: Finding.Strength = .guess
        var gazetteer: Int?
        var nameTokens = 0
    }

    /// Entities and, for each finding, the entity it joined.
    func group(_ findings: [Finding]) -> (entities: [LocalEntity], entityOf: [Int]) {
        var groups: [Group] = []
        var byKey: [String: Int] = [:]
        var entityOf = [Int](repeating: -1, count: findings.count)
        let order = findings.indices.sorted { findings[$0].range < findings[$1].range }

        // 1. Gazetteer entries and exact names.
        var deferred: [Int] = []
        for i in order {
            let f = findings[i]
            let key: String
            if let g = f.gazetteer {
                key = "g\(g)"
            } else {
                if isShortName(f) { deferred.append(i); continue }
                key = Coreference.normalized(f.surface)
            }
            let g = byKey[key] ?? {
                groups.append(Group())
                byKey[key] = groups.count - 1
                return groups.count - 1
            }()
            groups[g].findings.append(i)
            entityOf[i] = g
        }
        // 2. Surnames and acronyms.
        for i in deferred {
            let f = findings[i]
            var target: Int?
            if let key = byKey[Coreference.normalized(f.surface)], groups[key].gazetteer == nil {
                target = key
            }
            if target == nil { target = surnameTarget(f, findings: findings, groups: groups) }
            if target == nil { target = acronymTarget(f, findings: findings, groups: groups) }
            if target == nil { target = headWordTarget(f, findings: findings, groups: groups) }
            if let t = target {
                groups[t].findings.append(i)
                entityOf[i] = t
            } else {
                groups.append(Group(findings: [i]))
                byKey[Coreference.normalized(f.surface)] = groups.count - 1
                entityOf[i] = groups.count - 1
            }
        }
        // 3. Names, kinds, aliases, descriptions.
        var entities: [LocalEntity] = []
        var renumber = [Int](repeating: -1, count: groups.count)
        let firstOf = groups.indices.sorted { a, b in
            let ra = groups[a].findings.map { findings[$0].range }.min() ?? TextRange(0, 0)
            let rb = groups[b].findings.map { findings[$0].range }.min() ?? TextRange(0, 0)
            return ra < rb
        }
        for g in firstOf where !groups[g].findings.isEmpty {
            let members = groups[g].findings.sorted { findings[$0].range < findings[$1].range }
            var kind: ActorKind?
            var strength = Finding.Strength.guess
            var gazetteer: Int?
            for m in members {
                let f = findings[m]
                if let gz = f.gazetteer { gazetteer = gz }
                if let k = f.kind, kind == nil || f.strength > strength { kind = k; strength = f.strength }
            }
            let name: String
            if let gz = gazetteer {
                name = lexicon.gazetteer.entries[gz].name
                kind = lexicon.gazetteer.entries[gz].kind
            } else {
                let best = members.max { a, b in
                    let fa = findings[a], fb = findings[b]
                    let wa = words(fa), wb = words(fb)
                    return wa != wb ? wa < wb : fa.surface.unicodeScalars.count < fb.surface.unicodeScalars.count
                }
                name = best.map { findings[$0].surface } ?? ""
            }
            if kind == nil {
                let single = members.allSatisfy { words(findings[$0]) <= 1 }
                let caps = members.allSatisfy { facts.tokens[findings[$0].tokens.lowerBound].isAllCaps }
                kind = single && caps ? .organization : .person
            }
            var aliases: [String] = []
            var descriptions: [String] = []
            var evidence: [String] = []
            for m in members {
                let f = findings[m]
                if f.form != .description, f.surface.lowercased() != name.lowercased(),
                   !aliases.contains(where: { $0.lowercased() == f.surface.lowercased() }) {
                    aliases.append(f.surface)
                }
                for d in f.descriptions where !descriptions.contains(d) { descriptions.append(d) }
                if !evidence.contains(f.evidence) { evidence.append(f.evidence) }
            }
            renumber[g] = entities.count
            entities.append(LocalEntity(index: entities.count, name: name, kind: kind ?? .person, aliases: aliases,
                                        descriptions: descriptions, evidence: evidence))
        }
        return (entities, entityOf.map { $0 >= 0 ? renumber[$0] : -1 })
    }

    /// Capitalised name words of a finding.
    func words(_ f: Finding) -> Int {
        f.tokens.filter { facts.isWord($0) && !(lexicon.particles.contains(facts.key[$0]) && !facts.cap[$0]) }.count
    }

    /// A one-word (or particle + word) name of a person or of unknown kind: a surname or an acronym.
    func isShortName(_ f: Finding) -> Bool {
        guard f.gazetteer == nil, f.organOf == nil, f.kind != .place else { return false }
        if f.kind == .organization && f.evidence != "acronym" { return false }
        return words(f) == 1
    }

    /// The person whose name ends with this one's words.
    func surnameTarget(_ f: Finding, findings: [Finding], groups: [Group]) -> Int? {
        guard f.kind == nil || f.kind == .person else { return nil }
        let keys = f.tokens.map { facts.base[$0] }
        var before: (Int, Int)?
        var after: (Int, Int)?
        var names = Set<String>()
        for (g, group) in groups.enumerated() where group.gazetteer == nil {
            for m in group.findings {
                let o = findings[m]
                guard o.gazetteer == nil, o.organOf == nil, o.kind == nil || o.kind == .person, words(o) > words(f) else { continue }
                let okeys = o.tokens.map { facts.base[$0] }
                guard okeys.count >= keys.count, Array(okeys.suffix(keys.count)) == keys else { continue }
                names.insert(Coreference.normalized(o.surface))
                if o.range.start < f.range.start {
                    if before == nil || o.range.start > (before?.1 ?? 0) { before = (g, o.range.start) }
                } else if after == nil || o.range.start < (after?.1 ?? Int.max) {
                    after = (g, o.range.start)
                }
            }
        }
        if let b = before { return b.0 }
        // Before any full name: only when it can be only one person.
        if names.count == 1, let a = after { return a.0 }
        return nil
    }

    /// The organisation an acronym spells: `PA`, `PLO`, `ToI` (initials of every word or of the capitalised ones).
    func acronymTarget(_ f: Finding, findings: [Finding], groups: [Group]) -> Int? {
        guard f.tokens.count == 1 else { return nil }
        let letters = f.surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = letters.filter { $0.properties.isUppercase }.count
        guard letters.count >= 2, letters.count <= 6, upper >= 2 else { return nil }
        let acronym = String(String.UnicodeScalarView(letters)).lowercased()
        for (g, group) in groups.enumerated() {
            for m in group.findings {
                let o = findings[m]
                guard o.kind == .organization || (o.gazetteer.map { lexicon.gazetteer.entries[$0].kind == .organization } ?? false) else { continue }
                let parts = o.surface.split(whereSeparator: { $0 == " " || $0 == "-" })
                guard parts.count >= 2 else { continue }
                let all = String(parts.compactMap { $0.first }).lowercased()
                let capitalised = String(parts.filter { $0.first?.isUppercase ?? false }.compactMap { $0.first }).lowercased()
                let withoutThe = parts.first?.lowercased() == "the" ? String(all.dropFirst()) : all
                if acronym == all || acronym == capitalised || acronym == withoutThe { return g }
            }
        }
        return nil
    }

    /// `the Strip` after `Gaza`: the last word of a place's or organisation's name, after `the`.
    func headWordTarget(_ f: Finding, findings: [Finding], groups: [Group]) -> Int? {
        let t = f.tokens.lowerBound
        guard f.tokens.count == 1, t > 0, facts.key[t - 1] == ChunkReader.the else { return nil }
        let word = f.surface.lowercased()
        var found: Int?
        for (g, group) in groups.enumerated() {
            for m in group.findings {
                let o = findings[m]
                let name = o.gazetteer.map { lexicon.gazetteer.entries[$0].name } ?? o.surface
                let kind = o.gazetteer.map { lexicon.gazetteer.entries[$0].kind } ?? o.kind
                guard kind == .place || kind == .organization, let last = name.split(separator: " ").last,
                      name.contains(" "), last.lowercased() == word else { continue }
                if found != nil && found != g { return nil }
                found = g
            }
        }
        return found
    }

    /// Lower-cased, curly apostrophes folded, a leading `the ` and a possessive dropped, spaces collapsed.
    static func normalized(_ s: String) -> String {
        var out = ""
        var space = false
        for u in s.lowercased().unicodeScalars {
            let c: Unicode.Scalar = u == "\u{2019}" || u == "\u{2018}" ? "'" : u
            if c == " " || c == "\n" || c == "\t" {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(c)
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        if out.hasSuffix("'s") { out.removeLast(2) }
        return out
    }
}
