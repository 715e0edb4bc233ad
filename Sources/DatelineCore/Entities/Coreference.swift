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
        var byKey: [UInt64: Int] = [:]
        var entityOf = [Int](repeating: -1, count: findings.count)
        let order = findings.indices.sorted { findings[$0].range < findings[$1].range }
        let wordCount = findings.map(words)
        let keys = findings.map(key)

        // 1. Gazetteer entries and exact names.
        var deferred: [Int] = []
        for i in order {
            let key: UInt64
            if let g = findings[i].gazetteer {
                key = UInt64(g) &+ 1
            } else {
                if isShortName(findings[i], words: wordCount[i]) { deferred.append(i); continue }
                key = keys[i]
            }
            let g = byKey[key] ?? {
                groups.append(Group())
                byKey[key] = groups.count - 1
                return groups.count - 1
            }()
            groups[g].findings.append(i)
            entityOf[i] = g
        }
        // 2. Surnames, acronyms, head words: indices over the longer names.
        var byLastWord = NameKeyMapList()
        var heads = NameKeyMap()
        var ambiguousHeads = NameKeySet()
        var organisations: [Int] = []
        for i in findings.indices where entityOf[i] >= 0 {
            let g = entityOf[i]
            let gazetteer = findings[i].gazetteer
            let tokens = findings[i].tokens
            if gazetteer == nil, findings[i].organOf == nil, findings[i].kind == nil || findings[i].kind == .person, wordCount[i] >= 2, let last = tokens.last {
                byLastWord.append(facts.base[last], i)
            }
            let kind = gazetteer.map { lexicon.gazetteer.entries[$0].kind } ?? findings[i].kind
            guard kind == .place || kind == .organization else { continue }
            if kind == .organization { organisations.append(i) }
            let last: NameKey
            if let gz = gazetteer {
                guard lexicon.gazetteer.multiWord[gz] else { continue }
                last = lexicon.gazetteer.lastWord[gz]
            } else {
                guard wordCount[i] >= 2, let t = tokens.last else { continue }
                last = facts.base[t]
            }
            if let h = heads[last], h != g { ambiguousHeads.insert(last) } else { heads[last] = g }
        }
        // In text order, so that a surname finds the nearest full names without reading them all.
        byLastWord.sortEach { (findings[$0].range.start, $0) < (findings[$1].range.start, $1) }
        var initials: [String: Int]?
        // Organisations by their first word (`Waxman` → `Waxman Industries Inc.`).
        var byFirstWord = NameKeyMap()
        for i in organisations where findings[i].gazetteer == nil && wordCount[i] >= 2 && findings[i].organOf == nil
            && !findings[i].evidence.hasPrefix("government-of:") && !findings[i].evidence.hasPrefix("organ-of:") {
            if let t = findings[i].tokens.first(where: { facts.isWord($0) && facts.key[$0] != ChunkReader.the }), byFirstWord[facts.base[t]] == nil {
                byFirstWord[facts.base[t]] = entityOf[i]
            }
        }
        for i in deferred {
            let tokens = findings[i].tokens
            var target = surnameTarget(i, findings: findings, entityOf: entityOf, index: byLastWord, words: wordCount)
            if target == nil { target = byKey[keys[i]] }
            if target == nil, tokens.count == 1, upperLetters(tokens.lowerBound) >= 2, endsInCapital(tokens.lowerBound),
               let a = Coreference.acronym(findings[i].surface, tokens: tokens.count) {
                if initials == nil {
                    var map: [String: Int] = [:]
                    for o in organisations {
                        let list = findings[o].gazetteer.map { lexicon.gazetteer.initials[$0] } ?? self.initials(of: findings[o].tokens)
                        for x in list where map[x] == nil { map[x] = entityOf[o] }
                    }
                    initials = map
                }
                target = initials?[a]
            }
            if target == nil, tokens.count == 1, afterThe(tokens.lowerBound) {
                let w = facts.base[tokens.lowerBound]
                if !ambiguousHeads.contains(w) { target = heads[w] }
            }
            // `Waxman` (opening a sentence) or `Columbia` after `Waxman Industries Inc.`, `Columbia University …`.
            if target == nil, findings[i].strength == .guess, findings[i].kind == nil, tokens.count == 1 { target = byFirstWord[facts.base[tokens.lowerBound]] }
            // A title word alone (`King`), an unsupported word opening a sentence: not names unless they
            // are part of one.
            if target == nil, findings[i].evidence == "title-word" || findings[i].evidence == "initial-word" { continue }
            if let t = target {
                groups[t].findings.append(i)
                entityOf[i] = t
            } else {
                groups.append(Group(findings: [i]))
                byKey[keys[i]] = groups.count - 1
                entityOf[i] = groups.count - 1
            }
        }
        // 3. Names, kinds, aliases, descriptions.
        var entities: [LocalEntity] = []
        var renumber = [Int](repeating: -1, count: groups.count)
        var firstRange = [TextRange](repeating: TextRange(0, 0), count: groups.count)
        for (g, group) in groups.enumerated() {
            var r = TextRange(Int.max, Int.max)
            for m in group.findings where findings[m].range < r { r = findings[m].range }
            firstRange[g] = r
        }
        let firstOf = groups.indices.sorted { firstRange[$0] != firstRange[$1] ? firstRange[$0] < firstRange[$1] : $0 < $1 }
        for g in firstOf where !groups[g].findings.isEmpty {
            var members = groups[g].findings
            if zip(members, members.dropFirst()).contains(where: { findings[$1].range < findings[$0].range }) {
                members.sort { findings[$0].range < findings[$1].range }
            }
            var kind: ActorKind?
            var strength = Finding.Strength.guess
            var gazetteer: Int?
            for m in members {
                if let gz = findings[m].gazetteer { gazetteer = gz }
                if let k = findings[m].kind, kind == nil || findings[m].strength > strength { kind = k; strength = findings[m].strength }
            }
            let name: String
            if let gz = gazetteer {
                name = lexicon.gazetteer.entries[gz].name
                kind = lexicon.gazetteer.entries[gz].kind
            } else {
                let best = members.max { a, b in
                    let wa = wordCount[a], wb = wordCount[b]
                    return wa != wb ? wa < wb : findings[a].surface.utf8.count < findings[b].surface.utf8.count
                }
                name = best.map { findings[$0].surface } ?? ""
            }
            // A full name read only from context is a person's (`Sanders` after `on`, joined to `Bernie Sanders`).
            if gazetteer == nil, strength <= .context, members.contains(where: { wordCount[$0] >= 2 && (findings[$0].kind == nil || findings[$0].kind == .person) }) {
                kind = .person
            }
            if kind == nil {
                let single = members.allSatisfy { wordCount[$0] <= 1 }
                let caps = members.allSatisfy { facts.tokens[findings[$0].tokens.lowerBound].isAllCaps }
                kind = single && caps ? .organization : .person
            }
            var aliases: [String] = []
            var seen: [NameKey] = [NameKey(name)]
            var descriptions: [String] = []
            var evidence: [String] = []
            for m in members {
                if findings[m].form != .description {
                    let k = NameKey(findings[m].surface)
                    if !seen.contains(k) {
                        seen.append(k)
                        aliases.append(findings[m].surface)
                    }
                }
                for d in findings[m].descriptions where !descriptions.contains(d) { descriptions.append(d) }
                if !evidence.contains(findings[m].evidence) { evidence.append(findings[m].evidence) }
            }
            renumber[g] = entities.count
            entities.append(LocalEntity(index: entities.count, name: name, kind: kind ?? .person, aliases: aliases,
                                        descriptions: descriptions, evidence: evidence))
        }
        return (entities, entityOf.map { $0 >= 0 ? renumber[$0] : -1 })
    }

    /// A finding's name as one number: its words' keys (a leading `The` and a final `’s` left out),
    /// so that `The Times of Israel` and `Times of Israel` are one name. Gazetteer findings are keyed
    /// by their entry instead.
    func key(_ f: Finding) -> UInt64 {
        var h: UInt64 = 0x5bd1_e995
        var first = true
        var n = 0
        for t in f.tokens where facts.isWord(t) {
            if first, facts.key[t] == ChunkReader.the { first = false; continue }
            first = false
            h = (h ^ facts.base[t].raw) &* 0x0000_0100_0000_01b3
            n += 1
        }
        // An organ read off a coordination (`the Obama and Trump administrations`) has its own name.
        if f.organOf != nil || f.evidence.hasPrefix("government-of:") || f.evidence.hasPrefix("organ-of:") { h ^= NameKey(f.surface).raw &* 31 }
        return h | (1 << 63)
    }

    /// `the Strip`, `the devastated Strip`: `the` and at most two lower-case words before a token.
    func afterThe(_ t: Int) -> Bool {
        var b = t - 1
        var n = 0
        while b >= 0, n <= 2, facts.isWord(b), !facts.cap[b] {
            if facts.key[b] == ChunkReader.the { return true }
            if lexicon.functionWords.contains(facts.key[b]) { return false }
            b -= 1
            n += 1
        }
        return false
    }

    /// `PA`, `ToI` (not `McCain`): an acronym ends in a capital.
    func endsInCapital(_ t: Int) -> Bool {
        let r = facts.tokens[t].range
        guard r.end > r.start else { return false }
        let c = facts.bytes[r.end - 1]
        return c >= 0x41 && c <= 0x5A
    }

    /// How many ASCII capitals a token has.
    func upperLetters(_ t: Int) -> Int {
        let r = facts.tokens[t].range
        var n = 0
        for i in r.start..<r.end where facts.bytes[i] >= 0x41 && facts.bytes[i] <= 0x5A { n += 1 }
        return n
    }

    /// Name words of a finding: words, lower-case particles and hyphen-joined parts not counted
    /// (`Har-Shefi` and `al-Nunu` are one word, `Margalit Har-Shefi` two).
    func words(_ f: Finding) -> Int {
        var n = 0
        var counted = false
        for t in f.tokens where facts.isWord(t) {
            let joined = t > f.tokens.lowerBound && facts.isInnerHyphen(t - 1)
            if !facts.cap[t] && lexicon.particles.contains(facts.key[t]) { counted = false; continue }
            if joined && counted { continue }
            n += 1
            counted = true
        }
        return n
    }

    /// A one-word (or particle + word) name of a person or of unknown kind: a surname or an acronym.
    func isShortName(_ f: Finding, words: Int) -> Bool {
        guard f.gazetteer == nil, f.organOf == nil, words == 1 else { return false }
        // A kind read from a cue word (`Institute`, `the X think-tank`) is an organisation's own name;
        // one read from context (`on X`, `in X`) may still be a surname.
        return f.kind == nil || f.kind == .person || f.strength <= .context || f.evidence == "acronym"
    }

    /// The person whose name ends with this one's words: the nearest written before it, else — when
    /// only one person has such a name — the one after it.
    func surnameTarget(_ i: Int, findings: [Finding], entityOf: [Int], index: NameKeyMapList, words: [Int]) -> Int? {
        guard findings[i].kind == nil || findings[i].kind == .person || findings[i].strength <= .context else { return nil }
        let mine = findings[i].tokens
        let start = findings[i].range.start
        guard let last = mine.last else { return nil }
        let n = mine.count
        func fits(_ o: Int) -> Bool {
            guard words[o] > words[i] else { return false }
            let theirs = findings[o].tokens
            // This name's tokens end the other one.
            guard theirs.count >= n else { return false }
            let offset = theirs.upperBound - n
            for k in 0..<n where facts.base[offset + k] != facts.base[mine.lowerBound + k] { return false }
            return true
        }
        // The longer names with this last word, in text order (ties by finding index).
        let list = index.values(facts.base[last])
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if findings[list[mid]].range.start < start { lo = mid + 1 } else { hi = mid }
        }
        // The nearest full name before it (the first found of those starting at the same place).
        var p = lo - 1
        while p >= 0, !fits(list[p]) { p -= 1 }
        if p >= 0 {
            let s = findings[list[p]].range.start
            var best = list[p]
            var q = p - 1
            while q >= 0, findings[list[q]].range.start == s {
                if fits(list[q]) { best = list[q] }
                q -= 1
            }
            return entityOf[best]
        }
        // Before any full name: only when one person has such a name (the nearest after it).
        var after: Int?
        var names = Set<UInt64>()
        for o in list[lo...] where fits(o) {
            if after == nil { after = o }
            names.insert(key(findings[o]))
            if names.count > 1 { return nil }
        }
        return after.map { entityOf[$0] }
    }

    /// An acronym's letters, lower-cased (`PA` → `pa`, `ToI` → `toi`), or nil when it is not one.
    static func acronym(_ surface: String, tokens: Int) -> String? {
        guard tokens == 1 else { return nil }
        let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = letters.filter { $0.properties.isUppercase }.count
        guard letters.count >= 2, letters.count <= 6, upper >= 2 else { return nil }
        return String(String.UnicodeScalarView(letters)).lowercased()
    }

    /// Initials of a name read from its tokens (as ``initials(of:)``, without making strings of the words).
    func initials(of r: Range<Int>) -> [String] {
        var all: [UInt8] = []
        var capitalised: [UInt8] = []
        var startsWithThe = false
        for t in r where facts.isWord(t) {
            let c = facts.bytes[facts.tokens[t].range.start]
            let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            if all.isEmpty, facts.key[t] == ChunkReader.the { startsWithThe = true }
            all.append(lower)
            if facts.cap[t] { capitalised.append(lower) }
            // A hyphenated word counts its parts (`Arab-Israel`).
        }
        guard all.count >= 2 else { return [] }
        var out = [String(decoding: all, as: UTF8.self), String(decoding: capitalised, as: UTF8.self)]
        if startsWithThe { out.append(String(decoding: all.dropFirst(), as: UTF8.self)) }
        return out.filter { $0.count >= 2 }
    }

    /// What an organisation's name may be shortened to: initials of every word, of the capitalised
    /// ones, and without a leading `The`.
    static func initials(of name: String) -> [String] {
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count >= 2 else { return [] }
        let all = String(parts.compactMap { $0.first }).lowercased()
        let capitalised = String(parts.filter { $0.first?.isUppercase ?? false }.compactMap { $0.first }).lowercased()
        var out = [all, capitalised]
        if parts.first?.lowercased() == "the" { out.append(String(all.dropFirst())) }
        return out.filter { $0.count >= 2 }
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

/// Finding indices by the key of their last word.
struct NameKeyMapList {
    private var index = NameKeyMap()
    private var lists: [[Int]] = []

    mutating func append(_ k: NameKey, _ v: Int) {
        if let i = index[k] {
            lists[i].append(v)
        } else {
            index[k] = lists.count
            lists.append([v])
        }
    }

    func values(_ k: NameKey) -> [Int] { index[k].map { lists[$0] } ?? [] }

    mutating func sortEach(by less: (Int, Int) -> Bool) {
        for i in lists.indices { lists[i].sort(by: less) }
    }
}
