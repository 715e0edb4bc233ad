/// Groups one document's findings into entities (in-document coreference).
///
/// - The same gazetteer entry, or the same name (case and a leading `The` aside), is one entity.
/// - A shorter person name that ends a longer one is that person (`Harding` → `Paul Harding`,
///   `Al-Sayed` → `Hani al-Sayed`), the nearest one written before it, else the first after it; a name
///   two people share stays its own.
/// - An acronym is the organisation whose words it spells (`PA` → `Palestinian Authority`, `ToI`).
/// - Kind: the strongest reading among the entity's findings; none → a person (several words) or, for
///   one word in capitals, an organisation.
/// - Name: the gazetteer's, else the fullest form; the others are aliases.
struct Coreference {
    let facts: EntityTokens
    let lexicon: EntityLexicon
    /// Read every candidate for every short name (the rules as written, for checking the shortcuts).
    var scanOnly = false

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
        mergeOrganisationParts(findings, wordCount: wordCount, groups: &groups, entityOf: &entityOf, byKey: &byKey)
        // 2. Surnames, acronyms, head words: indices over the longer names.
        var byLastWord = NameKeyMapList()
        var byFirstName = NameKeyMapList()
        var heads = NameKeyMap()
        var ambiguousHeads = NameKeySet()
        var organisations: [Int] = []
        // Places named by their head word (`Stonewall Inn`): `Stonewall` alone is the place too.
        let placesByHead = findings.indices.filter { entityOf[$0] >= 0 && findings[$0].gazetteer == nil && findings[$0].evidence.hasPrefix("place-name:") }
        for i in findings.indices where entityOf[i] >= 0 {
            let g = entityOf[i]
            let gazetteer = findings[i].gazetteer
            let tokens = findings[i].tokens
            if gazetteer == nil, findings[i].organOf == nil, findings[i].kind == nil || findings[i].kind == .person, wordCount[i] >= 2, let last = tokens.last {
                byLastWord.append(facts.base[last], i)
                if let first = tokens.first, facts.cap[first], !facts.isInnerHyphen(first + 1) { byFirstName.append(facts.base[first], i) }
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
        // Organisations and places by their first word (`Waxman` → `Waxman Industries Inc.`, `Stonewall` →
        // `Stonewall Inn`).
        var byFirstWord = NameKeyMap()
        for i in organisations + placesByHead where findings[i].gazetteer == nil && wordCount[i] >= 2 && findings[i].organOf == nil
            && !findings[i].evidence.hasPrefix("government-of:") && !findings[i].evidence.hasPrefix("organ-of:") {
            // Not a person's name word (`Clinton` is not the Clinton Foundation where Bill Clinton is named).
            if let t = findings[i].tokens.first(where: { facts.isWord($0) && facts.key[$0] != ChunkReader.the }), byFirstWord[facts.base[t]] == nil,
               byLastWord.values(facts.base[t]).isEmpty, lexicon.givenName(facts.base[t]) == nil {
                byFirstWord[facts.base[t]] = entityOf[i]
            }
        }
        var surnames = SurnameCandidates.Cache()
        var givenNames: [NameKey: Int?] = [:]
        for i in deferred {
            let tokens = findings[i].tokens
            var target = surnameTarget(i, findings: findings, entityOf: entityOf, index: byLastWord, words: wordCount, cache: &surnames)
            if target == nil {
                target = givenNameTarget(i, findings: findings, entityOf: entityOf, index: byFirstName, words: wordCount, cache: &givenNames)
            }
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
            if target == nil, findings[i].strength == .guess, findings[i].kind == nil || findings[i].evidence.hasPrefix("weak-place:"), tokens.count == 1 {
                target = byFirstWord[facts.base[tokens.lowerBound]]
            }
            // A title word alone (`King`), an unsupported word opening a sentence: not names unless they
            // are part of one.
            if target == nil, findings[i].evidence == "title-word" || findings[i].evidence == "initial-word" { continue }
            if let t = target {
                groups[t].findings.append(i)
                entityOf[i] = t
                // The same word later is the same one (`Timex` after `Timex Inc.`, however it is read there).
                if byKey[keys[i]] == nil { byKey[keys[i]] = t }
            } else {
                groups.append(Group(findings: [i]))
                byKey[keys[i]] = groups.count - 1
                entityOf[i] = groups.count - 1
            }
        }
        mergeSurnamePairs(findings, wordCount: wordCount, index: byLastWord, groups: &groups, entityOf: &entityOf)
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
            // A full name read only from context is a person's (`Sanders` after `on`, joined to `Bernie Sanders`),
            // and so is one that starts with a given name (`in Carmel Martin.` is not a place).
            if gazetteer == nil, strength <= .context, members.contains(where: { wordCount[$0] >= 2 && (findings[$0].kind == nil || findings[$0].kind == .person || startsWithGivenName(findings[$0])) }) {
                kind = .person
            }
            // `in Portage` is a place only when the text names it nowhere else (`Trump said … confidence in Trump`).
            if kind == .place, strength == .guess, gazetteer == nil, members.contains(where: { !findings[$0].evidence.hasPrefix("weak-place:") }) {
                kind = nil
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

    /// `Waertsilae Marine` after `Waertsilae Marine Industries Oy`, `Foreign Affairs Department` beside `South
    /// African Foreign Affairs Department`: a name of unknown kind that starts an organisation's longer name,
    /// or an organisation's name that ends a longer one after a country or demonym, is that organisation —
    /// when only one organisation of the document fits.
    func mergeOrganisationParts(_ findings: [Finding], wordCount: [Int], groups: inout [Group], entityOf: inout [Int], byKey: inout [UInt64: Int]) {
        var prefixes: [UInt64: Int] = [:]
        var suffixes: [UInt64: Int] = [:]
        var ambiguous = Set<UInt64>()
        func note(_ k: UInt64, _ g: Int, _ map: inout [UInt64: Int]) {
            if let o = map[k], o != g { ambiguous.insert(k) } else { map[k] = g }
        }
        for (i, f) in findings.enumerated() where f.gazetteer == nil && f.organOf == nil && f.kind == .organization && f.strength >= .cue && f.tokens.count >= 3 && entityOf[i] >= 0 {
            let words = f.tokens.filter { facts.isWord($0) && !(facts.key[$0] == ChunkReader.the && $0 == f.tokens.lowerBound) }
            guard words.count >= 3 else { continue }
            for n in 2..<words.count { note(hash(words.prefix(n)), entityOf[i], &prefixes) }
            // Only after a country, its demonym or a place (`South African`, `Israeli`, `Chicago`).
            var start = 0
            while start < words.count - 2, let m = lexicon.gazetteer.match(at: words[start], in: facts, limit: f.tokens.upperBound),
                  lexicon.gazetteer.entries[m.surface.entry].kind == .country || lexicon.gazetteer.entries[m.surface.entry].kind == .place {
                start = words.firstIndex(where: { $0 >= m.end }) ?? words.count
            }
            if start > 0, start <= words.count - 2 { note(hash(words.suffix(from: start)), entityOf[i], &suffixes) }
        }
        guard !prefixes.isEmpty || !suffixes.isEmpty else { return }
        for (i, f) in findings.enumerated() where f.gazetteer == nil && f.organOf == nil && entityOf[i] >= 0 {
            let g = entityOf[i]
            let words = f.tokens.filter { facts.isWord($0) && !(facts.key[$0] == ChunkReader.the && $0 == f.tokens.lowerBound) }
            guard words.count >= 2 else { continue }
            let k = hash(words[...])
            guard !ambiguous.contains(k) else { continue }
            let target: Int?
            if f.kind == nil || (f.kind == .person && f.strength <= .guess) || f.evidence.hasPrefix("name-after:") {
                // Not a person's name (`Eric Trump` is not the Eric Trump Foundation); `Texas Eastern` is
                // `Texas Eastern Corp.`.
                target = startsWithGivenName(f) ? nil : prefixes[k]
            } else if f.kind == .organization {
                target = suffixes[k]
            } else {
                target = nil
            }
            guard let t = target, t != g, groups[g].findings.allSatisfy({ findings[$0].kind == nil || findings[$0].kind == .organization }) else { continue }
            for m in groups[g].findings { entityOf[m] = t }
            groups[t].findings += groups[g].findings
            groups[g].findings = []
            for (key, v) in byKey where v == g { byKey[key] = t }
        }
    }

    /// `Wasserman Schultz` beside `Debbie Wasserman Schultz`: a two-word name that does not start with a given
    /// name and ends the name of exactly one other person of the document is that person's surname.
    func mergeSurnamePairs(_ findings: [Finding], wordCount: [Int], index: NameKeyMapList, groups: inout [Group], entityOf: inout [Int]) {
        for (g, group) in groups.enumerated() where !group.findings.isEmpty {
            guard group.findings.allSatisfy({ i in
                let f = findings[i]
                guard f.gazetteer == nil, f.organOf == nil, f.kind == nil || f.kind == .person, wordCount[i] == 2, f.tokens.count == 2,
                      let t = f.tokens.first, facts.cap[t] else { return false }
                return lexicon.givenName(facts.base[t]) == nil && !lexicon.titles.contains(facts.base[t])
            }), let i = group.findings.first, let last = findings[i].tokens.last else { continue }
            let mine = findings[i].tokens
            var targets = Set<Int>()
            for o in index.values(facts.base[last]) where wordCount[o] > 2 && entityOf[o] >= 0 && entityOf[o] != g {
                let theirs = findings[o].tokens
                guard theirs.count > 2 else { continue }
                if facts.base[theirs.upperBound - 2] == facts.base[mine.lowerBound] && facts.base[theirs.upperBound - 1] == facts.base[mine.lowerBound + 1] {
                    targets.insert(entityOf[o])
                }
            }
            guard targets.count == 1, let t = targets.first else { continue }
            for m in groups[g].findings { entityOf[m] = t }
            groups[t].findings += groups[g].findings
            groups[g].findings = []
        }
    }

    /// The words of a name as one number (the base of each, as ``key(_:)`` does).
    func hash<C: Collection>(_ words: C) -> UInt64 where C.Element == Int {
        var h: UInt64 = 0x5bd1_e995
        for t in words { h = (h ^ facts.base[t].raw) &* 0x0000_0100_0000_01b3 }
        return h | (1 << 63)
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

    /// A name of two words or more whose first word is a common given name (`Joseph Kamotho`).
    func startsWithGivenName(_ f: Finding) -> Bool {
        guard f.gazetteer == nil, f.tokens.count >= 2, let t = f.tokens.first, facts.cap[t] else { return false }
        return lexicon.givenName(facts.base[t]) != nil && !facts.isInnerHyphen(t + 1)
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
    /// (`Har-Shefi` and `al-Sayed` are one word, `Margalit Har-Shefi` two).
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

    /// The person whose name ends with this one's words. Among several written before it, the one the
    /// text introduced first (a writer names the story's person by surname and a relative by full or given
    /// name: `Patricia Smith … her son Sean Smith … Smith said` is Patricia), after `Mr.`/`Mrs.` only one of
    /// that gender when the given names tell; before any full name (a headline), the one introduced first.
    /// As ``surnameTargetScan(_:findings:entityOf:index:words:)``, reading each distinct short name's
    /// candidates once (sorted by where each person is first named) instead of every full name with
    /// its last word for every mention: a surname written thousands of times in a long text was
    /// quadratic. Falls back to the scan when the shortcut cannot tell (two people first named at one
    /// place, a person whose full names disagree on the given name's gender).
    func surnameTarget(_ i: Int, findings: [Finding], entityOf: [Int], index: NameKeyMapList, words: [Int],
                       cache: inout SurnameCandidates.Cache) -> Int? {
        guard findings[i].kind == nil || findings[i].kind == .person || findings[i].strength <= .context else { return nil }
        let mine = findings[i].tokens
        guard !mine.isEmpty else { return nil }
        let key = SurnameCandidates.Key(bases: mine.map { facts.base[$0] }, words: words[i])
        let c: SurnameCandidates
        if let known = cache[key] {
            c = known
        } else {
            c = SurnameCandidates(self, mine: mine, words: words[i], findings: findings, entityOf: entityOf, index: index, wordCount: words)
            cache[key] = c
        }
        guard c.exact, !scanOnly else { return surnameTargetScan(i, findings: findings, entityOf: entityOf, index: index, words: words) }
        let start = findings[i].range.start
        // People first named before this mention.
        var lo = 0
        var hi = c.people.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if c.people[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        let before = lo
        // None: the person introduced first after it (a headline).
        guard before > 0 else { return c.people.first?.group }
        if before > 1, let wanted = honorificGender(before: mine.lowerBound) {
            for p in c.people[..<before] where p.gender == nil || p.gender == .either || p.gender == wanted { return p.group }
        }
        return c.people.first?.group
    }

    /// The full names a short name may stand for: every fitting one's person, with the place the person
    /// is first named and the gender of its given name.
    struct SurnameCandidates {
        struct Key: Hashable {
            var bases: [NameKey]
            var words: Int
        }
        typealias Cache = [Key: SurnameCandidates]

        /// By first place named; no two at one place.
        var people: [(group: Int, start: Int, gender: EntityLexicon.Gender?)] = []
        /// Whether ``people`` answers exactly as the scan.
        var exact = true

        init(_ c: Coreference, mine: Range<Int>, words: Int, findings: [Finding], entityOf: [Int], index: NameKeyMapList, wordCount: [Int]) {
            guard let last = mine.last else { return }
            let facts = c.facts
            let n = mine.count
            let givenName = n == 1 && c.lexicon.givenName(facts.base[last]) != nil
            var at: [Int: Int] = [:]
            for o in index.values(facts.base[last]) where wordCount[o] > words {
                let theirs = findings[o].tokens
                guard theirs.count >= n else { continue }
                if givenName, let first = theirs.first, facts.lowerSeen.contains(facts.key[first]) || c.lexicon.common.contains(facts.key[first]) { continue }
                let offset = theirs.upperBound - n
                var same = true
                for k in 0..<n where facts.base[offset + k] != facts.base[mine.lowerBound + k] { same = false; break }
                guard same else { continue }
                let g = entityOf[o]
                let s = findings[o].range.start
                let gender = theirs.first.flatMap { c.lexicon.givenName(facts.base[$0]) }
                if let k = at[g] {
                    // The scan takes the gender of the person's first full name in finding order.
                    if people[k].gender != gender { exact = false }
                    if s < people[k].start { people[k].start = s }
                } else {
                    at[g] = people.count
                    people.append((g, s, gender))
                }
            }
            people.sort { $0.start < $1.start }
            for k in people.indices.dropFirst() where people[k].start == people[k - 1].start { exact = false }
        }
    }

    func surnameTargetScan(_ i: Int, findings: [Finding], entityOf: [Int], index: NameKeyMapList, words: [Int]) -> Int? {
        guard findings[i].kind == nil || findings[i].kind == .person || findings[i].strength <= .context else { return nil }
        let mine = findings[i].tokens
        let start = findings[i].range.start
        guard let last = mine.last else { return nil }
        let n = mine.count
        // Each candidate person: its first full-name mention and the gender of its given name.
        var before: [(group: Int, start: Int, gender: EntityLexicon.Gender?)] = []
        var after: (group: Int, start: Int)?
        let givenName = n == 1 && lexicon.givenName(facts.base[last]) != nil
        for o in index.values(facts.base[last]) where words[o] > words[i] {
            let theirs = findings[o].tokens
            // This name's tokens end the other one.
            guard theirs.count >= n else { continue }
            // `Joe` is not the surname of `Morning Joe`, `Hillary` not that of `Team Hillary`.
            if givenName, let first = theirs.first, facts.lowerSeen.contains(facts.key[first]) || lexicon.common.contains(facts.key[first]) { continue }
            let offset = theirs.upperBound - n
            var same = true
            for k in 0..<n where facts.base[offset + k] != facts.base[mine.lowerBound + k] { same = false; break }
            guard same else { continue }
            let g = entityOf[o]
            let s = findings[o].range.start
            if s < start {
                let gender = theirs.first.flatMap { lexicon.givenName(facts.base[$0]) }
                if let k = before.firstIndex(where: { $0.group == g }) {
                    if s < before[k].start { before[k].start = s }
                } else {
                    before.append((g, s, gender))
                }
            } else {
                if after == nil || s < (after?.start ?? Int.max) { after = (g, s) }
            }
        }
        if before.count > 1, let wanted = honorificGender(before: mine.lowerBound) {
            let fitting = before.filter { $0.gender == nil || $0.gender == .either || $0.gender == wanted }
            if !fitting.isEmpty { before = fitting }
        }
        if let first = before.min(by: { $0.start < $1.start }) { return first.group }
        // Before any full name (a headline): the person introduced first.
        return after?.group
    }

    static let male = NameKeySet(["mr.", "mr"].map(NameKey.init))
    static let female = NameKeySet(["mrs.", "mrs", "ms.", "ms", "miss"].map(NameKey.init))

    /// `Mr.` or `Mrs.` right before a token.
    func honorificGender(before t: Int) -> EntityLexicon.Gender? {
        guard t > 0, facts.isWord(t - 1) else { return nil }
        if Coreference.male.contains(facts.key[t - 1]) { return .male }
        if Coreference.female.contains(facts.key[t - 1]) { return .female }
        return nil
    }

    /// The one person whose name starts with this given name (`Hillary` → `Hillary Clinton`), when no
    /// person's name ends with the word (tried before) and only one person of the document has it.
    func givenNameTarget(_ i: Int, findings: [Finding], entityOf: [Int], index: NameKeyMapList, words: [Int], cache: inout [NameKey: Int?]) -> Int? {
        let mine = findings[i].tokens
        guard mine.count == 1, let t = mine.first,
              findings[i].kind == nil || findings[i].kind == .person || findings[i].strength <= .context else { return nil }
        // `Pope Francis` is not a Francis someone else's full name starts with.
        if findings[i].descriptions.contains(where: { lexicon.soleNameTitles.contains(NameKey($0)) }) { return nil }
        // A word the list does not know (`Khizr` beside `Khizr Khan`) counts when the text never writes it in lower case.
        if lexicon.givenName(facts.base[t]) == nil, facts.lowerSeen.contains(facts.key[t]) || lexicon.common.contains(facts.key[t]) { return nil }
        // The persons with this given name, read once per name (the index and its entities do not change).
        if !scanOnly, let known = cache[facts.base[t]] { return known }
        var groups = Set<Int>()
        for o in index.values(facts.base[t]) where words[o] >= 2 && entityOf[o] >= 0 { groups.insert(entityOf[o]) }
        let one = groups.count == 1 ? groups.first : nil
        cache[facts.base[t]] = one
        return one
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
