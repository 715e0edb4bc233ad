/// Cross-document alias resolution: one ``Actor`` per real entity across the corpus.
///
/// The documents' actors are joined by rules, each merge written down in the actor's `merges` with
/// its evidence:
///
/// 1. `dateline.yml` (``Curation``): names listed together are one actor; `separate` groups never are.
/// 2. Same name: the same normalised name or alias (`The Times of Israel` = `Times of Israel`,
///    `U.S.` = `US`), of compatible kinds (a kind read only from a guess yields).
/// 3. Spelling variants of a person: the same surname and given names that sound alike and differ by
///    at most two letters (`Sean`/`Shawn`, `Binyamin`/`Benjamin`, `Mark`/`Marco`), or the same given
///    name and such surnames (`Meyer`/`Meier`) — never two names written in one document, and only
///    with corroboration: a description word in common, or two other actors they both appear with. A
///    familiar form of the given name (`Ty`/`Tyrone`, `Bill`/`William`, from `entities-nicknames.tsv`)
///    needs one, or the two forms in one document.
/// 4. A surname alone (`Meyer`, `Wasserman Schultz`, `Holtz-Eakin`) is the one person with that surname in
///    the corpus; a given name alone (`Hillary`) the one person with that given name, when nobody has it as a
///    surname.
/// 5. Organs of a person (`the Trump administration`, `Netanyahu’s government`) are one per person;
///    the government of a sitting president or prime minister is the country their title names.
/// 6. A capital city that the texts elsewhere use for its government is that country (`Washington`).
///
/// Cost: candidates are blocked by normalised name, surname and given name; no pair of actors outside
/// a block is compared, so the work grows with the number of actors, not its square.
public struct ActorResolver: Sendable {
    public init() {}

    /// The corpus's actors and, for each local actor id (`DOC#N`), the corpus-wide id it became.
    public struct Resolution: Sendable {
        public var actors: [Actor]
        public var globalID: [String: String]
        /// What `dateline.yml` did, when there was one.
        public var curation: CurationReport?
        /// For each local actor, in the order they were added, the index of its actor in ``actors``
        /// (what ``globalID`` says, without a table keyed by strings: 8 bytes a local instead of ~60).
        var actorIndex: [Int] = []
    }

    public func resolve(_ facts: [DocumentFacts], curation: Curation? = nil) -> Resolution {
        var work = ResolverWork(facts)
        return resolve(&work, curation: curation)
    }

    /// Resolves the actors gathered in `work` (documents added one by one as they were analysed);
    /// without `keyedByID`, the resolution's ``Resolution/globalID`` is left empty (its
    /// ``Resolution/actorIndex`` says the same).
    func resolve(_ work: inout ResolverWork, curation: Curation?, parallelism: Int = 1, keyedByID: Bool = true) -> Resolution {
        if let curation { work.applyForced(curation) }
        work.joinSameNames()
        work.joinVariants()
        work.joinMiddleNames()
        work.joinSurnames()
        work.joinGivenNames()
        work.joinOrgans()
        work.joinCapitals()
        return work.finish(curation, parallelism: parallelism, keyedByID: keyedByID)
    }
}

/// What `dateline.yml` changed, for the run's report.
public struct CurationReport: Sendable, Codable, Hashable {
    public var file: String
    /// One line per rule that took effect.
    public var applied: [String]
    /// Rules that matched no actor (a misspelt name?).
    public var unmatched: [String]

    /// One line for stderr.
    public var summary: String {
        var s = "\(file): \(applied.count) rule(s) applied"
        if !unmatched.isEmpty { s += "; \(unmatched.count) matched no actor (\(unmatched.joined(separator: "; ")))" }
        return s
    }
}

/// The working state of one resolution: local actors, a union-find over them, indices for blocking.
struct ResolverWork {
    /// One document's actor. Kept small (112 bytes instead of 160; a corpus has millions): small
    /// numbers in narrow fields, and a person's name parts behind one reference shared by every
    /// local of that name.
    struct Local {
        var actor: Actor
        var key: String
        /// Its name's and aliases' keys, sorted, without repeats.
        var keys: [String]
        private let doc32: Int32
        private let kindClass8: UInt8
        private let rank8: UInt8
        private let person: PersonName?

        init(doc: Int, actor: Actor, key: String, keys: [String], kindClass: Int, rank: Int, person: PersonName?) {
            self.actor = actor
            self.key = key
            self.keys = keys
            doc32 = Int32(clamping: doc)
            kindClass8 = UInt8(clamping: kindClass)
            rank8 = UInt8(clamping: rank)
            self.person = person
        }

        var doc: Int { Int(doc32) }
        var kindClass: Int { Int(kindClass8) }
        var rank: Int { Int(rank8) }
        var words: [String] { person?.words ?? [] }
        /// Sound skeletons of the given name and the surname (persons of two words or more).
        var firstSkeleton: String { person?.first ?? "" }
        var surnameSkeleton: String { person?.surname ?? "" }
    }

    /// A person's name in words, and the sound skeletons of its given name and surname.
    final class PersonName: Sendable {
        let words: [String]
        let first: String
        let surname: String

        init(words: [String], first: String, surname: String) {
            self.words = words
            self.first = first
            self.surname = surname
        }
    }

    var locals: [Local] = []
    var parent: [Int] = []
    /// Per root: the name keys in the cluster (kept only when `dateline.yml` keeps names apart).
    var names: [Set<String>] = []
    /// Per root that took part in a join: its documents (a lone local's is its own document).
    private var docSets: [Set<Int>?] = []
    /// Per root: its merge notes.
    var notes: [[String]] = []
    /// Per root that took part in a join: its members (a lone local is its only member).
    private var memberList: [[Int]] = []
    /// Per root: the name key of the country it is, if a gazetteer country is in it.
    var country: [String?] = []
    /// Locals of each document.
    var byDoc: [[Int]] = []
    var forbidden: [(Set<String>, Set<String>)] = []
    var applied: [String] = []
    var unmatched: [String] = []
    private(set) var docIDs: [String] = []
    /// Names repeat across documents: each is normalised once, and a person's name split into words once.
    private var nameInfo: [String: NameInfo] = [:]
    /// Lists of keys repeat (a name every article writes): each kept once.
    private var keyLists = Set<[String]>()

    /// A name's key and, once it was a person's, its words and the sound skeletons of the given name and
    /// surname (one reference shared by every local of that name).
    private struct NameInfo {
        var key: String
        var person: PersonName?
        /// The keys of an actor of this name without aliases (`[key]`, or none for the empty key), made
        /// once: most actors have no alias, and their lists need no look-up to be shared.
        var soleKeys: [String]?
    }

    init() {}

    init(_ facts: [DocumentFacts]) {
        for f in facts {
            var actors = f.actors
            add(document: f.document.id, taking: &actors)
        }
    }

    private mutating func key(_ s: String) -> String {
        if let info = nameInfo[s] { return info.key }
        let k = NameMatching.key(s)
        nameInfo[s] = NameInfo(key: k)
        return k
    }

    /// Adds one document's actors (the next document).
    mutating func add(document id: String, taking actors: inout [Actor]) {
        let d = docIDs.count
        docIDs.append(id)
        var mine: [Int] = []
        mine.reserveCapacity(actors.count)
        // Each actor moved out of the list into its local, not copied.
        for i in actors.indices {
            var a = Actor(id: "", name: "", kind: .person)
            swap(&a, &actors[i])
            // One look-up of the name for its key and, for a person, its words.
            var info: NameInfo
            var fresh = false
            if let known = nameInfo[a.name] {
                info = known
            } else {
                info = NameInfo(key: NameMatching.key(a.name))
                fresh = true
            }
            if a.kind == .person && info.person == nil {
                let words = NameMatching.words(a.name)
                var first = ""
                var surname = ""
                if words.count >= 2 { first = NameMatching.skeleton(words[0]); surname = NameMatching.skeleton(words[words.count - 1]) }
                info.person = PersonName(words: words, first: first, surname: surname)
                fresh = true
            }
            let k = info.key
            // The name's and aliases' keys, sorted, without repeats or the empty key.
            var keys: [String]
            if a.aliases.isEmpty {
                if let known = info.soleKeys {
                    keys = known
                } else {
                    keys = k.isEmpty ? [] : [k]
                    info.soleKeys = keys
                    fresh = true
                }
                if fresh { nameInfo[a.name] = info }
            } else {
                if fresh { nameInfo[a.name] = info }
                var all = [k]
                for x in a.aliases { all.append(key(x)) }
                all.sort()
                keys = []
                keys.reserveCapacity(all.count)
                for x in all where !x.isEmpty && keys.last != x { keys.append(x) }
                if let known = keyLists.firstIndex(of: keys) { keys = keyLists[known] } else { keyLists.insert(keys) }
            }
            let person = a.kind == .person ? info.person : nil
            let local = Local(doc: d, actor: a, key: k, keys: keys, kindClass: ResolverWork.kindClass(a.kind),
                              rank: ResolverWork.rank(a.merges), person: person)
            mine.append(locals.count)
            parent.append(locals.count)
            notes.append([])
            docSets.append(nil)
            memberList.append([])
            country.append(local.kindClass == 2 && local.rank >= 4 ? local.key : nil)
            locals.append(local)
        }
        byDoc.append(mine)
    }

    /// The documents of root `r`'s cluster.
    func docs(_ r: Int) -> Set<Int> { docSets[r] ?? [locals[r].doc] }

    /// How many documents root `r`'s cluster is in.
    func docCount(_ r: Int) -> Int { docSets[r]?.count ?? 1 }

    static func kindClass(_ k: ActorKind) -> Int {
        switch k {
        case .person: return 0
        case .organization, .group: return 1
        case .country: return 2
        case .place: return 3
        }
    }

    /// How much the recognizer's evidence says about the kind: a gazetteer 4, a cue word 3, context 2,
    /// a guess 0.
    static func rank(_ evidence: [String]) -> Int {
        var best = 0
        for e in evidence {
            let r: Int
            if e.hasPrefix("gazetteer") || e == "demonym" || e.hasPrefix("capital-as-government") { r = 4 } else if e.hasPrefix("org-") || e == "title" || e == "role" || e.hasPrefix("government-of") || e.hasPrefix("organ-of")
                || e.hasPrefix("place-head") || e.hasPrefix("name-after") { r = 3 } else if e.hasPrefix("after:") || e.hasPrefix("has:") { r = 2 } else if e == "acronym" { r = 1 } else { r = 0 }
            best = max(best, r)
        }
        return best
    }

    // MARK: - Union-find

    mutating func root(_ i: Int) -> Int { parent.unionFindRoot(i) }

    /// Joins two clusters unless `dateline.yml` keeps them apart. Returns whether they are one now.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, note: String?) -> Bool {
        let ra = root(a)
        let rb = root(b)
        if ra == rb { return true }
        for (x, y) in forbidden {
            if (!names[ra].isDisjoint(with: x) && !names[rb].isDisjoint(with: y)) || (!names[ra].isDisjoint(with: y) && !names[rb].isDisjoint(with: x)) {
                return false
            }
        }
        // Two countries are never one actor, whatever chain of evidence leads there.
        if let ca = country[ra], let cb = country[rb], ca != cb { return false }
        let (keep, drop) = ra < rb ? (ra, rb) : (rb, ra)
        parent[drop] = keep
        if country[keep] == nil { country[keep] = country[drop] }
        if !names.isEmpty {
            names[keep].formUnion(names[drop])
            names[drop] = []
        }
        // Taken out before growing, so that the set is not copied.
        var d = docSets[keep] ?? [locals[keep].doc]
        docSets[keep] = nil
        if let other = docSets[drop] { d.formUnion(other) } else { d.insert(locals[drop].doc) }
        docSets[keep] = d
        docSets[drop] = nil
        if !notes[drop].isEmpty { notes[keep] += notes[drop] }
        if let note { notes[keep].append(note) }
        if memberList[keep].isEmpty { memberList[keep] = [keep] }
        if memberList[drop].isEmpty { memberList[keep].append(drop) } else { memberList[keep] += memberList[drop] }
        notes[drop] = []
        memberList[drop] = []
        return true
    }

    func label(_ i: Int) -> String { "'\(locals[i].actor.name)' (\(docIDs[locals[i].doc]))" }

    func compatible(_ a: Int, _ b: Int) -> Bool {
        locals[a].kindClass == locals[b].kindClass || locals[a].rank <= 1 || locals[b].rank <= 1
    }

    // MARK: - Rules

    mutating func applyForced(_ c: Curation) {
        var byKey: [String: [Int]] = [:]
        for i in locals.indices { for k in locals[i].keys { byKey[k, default: []].append(i) } }
        func members(_ list: [String]) -> [Int] { list.flatMap { byKey[NameMatching.key($0)] ?? [] } }
        for group in c.separations where group.count >= 2 {
            let keys = group.map(NameMatching.key)
            for i in 0..<keys.count {
                for j in (i + 1)..<keys.count { forbidden.append(([keys[i]], [keys[j]])) }
            }
            if members(group).isEmpty { unmatched.append("separate " + group.joined(separator: " / ")) } else {
                applied.append("kept apart: " + group.joined(separator: " / "))
            }
        }
        // Names kept apart are checked on every join: each cluster's name keys are kept from now on.
        if !forbidden.isEmpty && names.isEmpty { names = locals.map { Set($0.keys) } }
        for group in c.merges {
            let found = members(group)
            guard let first = found.first else { unmatched.append("merge " + group.joined(separator: " + ")); continue }
            var joined = 0
            for m in found.dropFirst() where root(m) != root(first) {
                if union(first, m, note: "dateline.yml merge: \(label(m)) = \(label(first))") { joined += 1 }
            }
            applied.append("merged " + group.joined(separator: " + ") + " (\(found.count) document actor(s))")
        }
        for rule in c.actors {
            let found = members([rule.name] + rule.aliases)
            guard let first = found.first else {
                if rule.aliases.isEmpty { unmatched.append("actor " + rule.name) }
                continue
            }
            for m in found.dropFirst() where root(m) != root(first) {
                union(first, m, note: "dateline.yml alias: \(label(m)) = \(rule.name)")
            }
            if !rule.aliases.isEmpty { applied.append("aliases of \(rule.name): " + rule.aliases.joined(separator: ", ")) }
        }
    }

    /// Rule 2: the same normalised name or alias. Each name has one representative per kind; a local
    /// actor joins the representative of its kind, or, when its kind was a guess, the strongest one.
    mutating func joinSameNames() {
        // Per name, its representative of each kind class: a short list (four classes at most), not a
        // dictionary per name.
        var reps: [String: [(kindClass: Int, local: Int)]] = [:]
        for i in locals.indices where locals[i].rank >= 2 {
            let c = locals[i].kindClass
            if !(reps[locals[i].key]?.contains { $0.kindClass == c } ?? false) { reps[locals[i].key, default: []].append((c, i)) }
        }
        func target(_ k: String, for i: Int) -> Int? {
            guard let byClass = reps[k] else { return nil }
            if let same = byClass.first(where: { $0.kindClass == locals[i].kindClass }) { return same.local }
            guard locals[i].rank <= 1 else { return nil }
            return byClass.map(\.local).max { locals[$0].rank != locals[$1].rank ? locals[$0].rank < locals[$1].rank : $0 > $1 }
        }
        var weakFirst: [String: Int] = [:]
        for i in locals.indices {
            let own = locals[i].key
            let person = locals[i].kindClass == 0
            for k in locals[i].keys {
                // A person's one-word alias is a surname that several people share (`Clinton`): rule 4 decides.
                if k != own, person, !k.utf8.contains(0x20) { continue }
                if let t = target(k, for: i) {
                    guard root(t) != root(i) else { continue }
                    // Joins under one name are summed up per actor when it is written out (`same name: …`).
                    if k == own { union(t, i, note: nil) } else { union(t, i, note: "alias: \(label(i)) = \(label(t))") }
                } else if k == own, reps[k] == nil {
                    // Names only guessed everywhere: join them to each other.
                    if let w = weakFirst[k] {
                        if root(w) != root(i) { union(w, i, note: nil) }
                    } else {
                        weakFirst[k] = i
                    }
                }
            }
        }
    }

    /// Rule 3: spelling variants of multi-word person names, blocked by the surname's sound and by the
    /// given name; each block holds one representative per distinct name.
    mutating func joinVariants() {
        var bySurname: [String: [Int]] = [:]
        var byFirst: [String: [Int]] = [:]
        var seen = Set<String>()
        for i in locals.indices where locals[i].kindClass == 0 && locals[i].words.count >= 2 {
            guard seen.insert(locals[i].key).inserted else { continue }
            bySurname[locals[i].surnameSkeleton, default: []].append(i)
            if let f = locals[i].words.first { byFirst[f, default: []].append(i) }
        }
        // Blocks in a fixed order, so that merges are noted the same way on every run.
        let blocks = bySurname.keys.sorted().compactMap { bySurname[$0] } + byFirst.keys.sorted().compactMap { byFirst[$0] }
        for block in blocks where block.count >= 2 {
            for x in 0..<block.count {
                for y in (x + 1)..<block.count {
                    let a = block[x]
                    let b = block[y]
                    guard root(a) != root(b), let why = variantEvidence(a, b) else { continue }
                    union(a, b, note: "spelling variant: \(label(b)) = \(label(a)); \(why)")
                }
            }
        }
    }

    mutating func variantEvidence(_ a: Int, _ b: Int) -> String? {
        let wa = locals[a].words
        let wb = locals[b].words
        guard wa.count >= 2, wb.count >= 2, let fa = wa.first, let fb = wb.first, let sa = wa.last, let sb = wb.last else { return nil }
        let how: String
        guard fa.count >= 2, fb.count >= 2 else { return nil }
        var familiar = false
        if sa == sb, fa != fb, locals[a].firstSkeleton == locals[b].firstSkeleton, NameMatching.variants(fa, fb) {
            how = "same surname, given names sound alike (\(locals[a].firstSkeleton))"
        } else if sa == sb, fa != fb, NameMatching.nickname(fa, fb) {
            how = "same surname, '\(wa[0])' is a familiar form of '\(wb[0])'"
            familiar = true
        } else if fa == fb, sa != sb, locals[a].surnameSkeleton == locals[b].surnameSkeleton, NameMatching.variants(sa, sb) {
            how = "same given name, surnames sound alike (\(locals[a].surnameSkeleton))"
        } else {
            return nil
        }
        // Two spellings in one document are two people; a full and a familiar form there are one (`Steven M.
        // Rosenthal … Steve Rosenthal`).
        let ra = root(a)
        let rb = root(b)
        if familiar, !docs(ra).isDisjoint(with: docs(rb)) { return how + "; both in one document" }
        guard docs(ra).isDisjoint(with: docs(rb)) else { return nil }
        if let word = sharedDescriptionWord(ra, rb) { return how + "; both described with '\(word)'" }
        let shared = sharedNeighbours(ra, rb)
        if shared.count >= (familiar ? 1 : 2) { return how + "; both appear with " + shared.prefix(3).joined(separator: ", ") }
        return nil
    }

    mutating func members(of r: Int) -> [Int] { members(root: root(r)) }

    /// The members of root `r` (itself alone when it never took part in a join).
    func members(root r: Int) -> [Int] { memberList[r].isEmpty ? [r] : memberList[r] }

    mutating func sharedDescriptionWord(_ ra: Int, _ rb: Int) -> String? {
        var wa = Set<String>()
        for m in members(of: ra) { for d in locals[m].actor.descriptions { wa.formUnion(NameMatching.contentWords(d)) } }
        var wb = Set<String>()
        for m in members(of: rb) { for d in locals[m].actor.descriptions { wb.formUnion(NameMatching.contentWords(d)) } }
        return wa.intersection(wb).sorted().first
    }

    /// Names of other clusters that share a document with both.
    mutating func sharedNeighbours(_ ra: Int, _ rb: Int) -> [String] {
        func around(_ r: Int) -> [Int: String] {
            var out: [Int: String] = [:]
            for d in docs(r) {
                for i in byDoc[d] where locals[i].kindClass != 3 && locals[i].rank >= 2 {
                    let x = root(i)
                    // An actor in most documents (the story's main ones) says nothing about who else is who.
                    if x != ra && x != rb && docCount(x) * 2 <= docIDs.count { out[x] = locals[i].actor.name }
                }
            }
            return out
        }
        let na = around(ra)
        let nb = around(rb)
        return na.keys.filter { nb[$0] != nil }.sorted().compactMap { na[$0] }
    }

    /// Rule 3b: `Donald J. Trump` = `Donald Trump`: the same given name and surname, with and without
    /// one middle name or initial — unless the corpus has several middles for them (`George W. Bush`,
    /// `George H.W. Bush`) or a generational suffix (`Jr.`) tells them apart.
    mutating func joinMiddleNames() {
        let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        var seen = Set<String>()
        for i in locals.indices where locals[i].kindClass == 0 && locals[i].words.count >= 2 {
            guard seen.insert(locals[i].key).inserted, let first = locals[i].words.first, let last = locals[i].words.last, !suffixes.contains(last) else { continue }
            let k = first + "|" + last
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(i)
        }
        for k in order {
            guard let group = groups[k], group.count >= 2 else { continue }
            var middles = Set<Character>()
            for i in group where locals[i].words.count > 2 { if let c = locals[i].words[1].first { middles.insert(c) } }
            guard middles.count == 1 else { continue }
            for i in group.dropFirst() where root(i) != root(group[0]) {
                union(group[0], i, note: "middle name: \(label(i)) = \(label(group[0])), the same given name and surname")
            }
        }
    }

    /// Rule 4: a one-word person name is the only multi-word person with that surname; so is a name of two
    /// words or more that does not start with a given name (`Wasserman Schultz`) and ends longer names.
    mutating func joinSurnames() {
        var bySurname: [String: Set<Int>] = [:]
        // One local per distinct name, by its last word (for the tails of longer names).
        var byLast: [String: [Int]] = [:]
        var seenNames = Set<String>()
        for i in locals.indices where locals[i].kindClass == 0 && locals[i].words.count >= 2 {
            guard let s = locals[i].words.last else { continue }
            bySurname[s, default: []].insert(root(i))
            if seenNames.insert(locals[i].key).inserted { byLast[s, default: []].append(i) }
        }
        for i in locals.indices where locals[i].kindClass == 0 && locals[i].words.count >= 1 {
            let roots: Set<Int>
            if locals[i].words.count == 1 {
                guard let s = locals[i].words.first, let found = bySurname[s] else { continue }
                roots = found
            } else {
                // `Wasserman Schultz`: the tail of longer names.
                guard let first = locals[i].words.first, !NameMatching.givenNames.contains(first), let last = locals[i].words.last, let list = byLast[last] else { continue }
                let n = locals[i].words.count
                var found = Set<Int>()
                for o in list where locals[o].words.count > n && Array(locals[o].words.suffix(n)) == locals[i].words { found.insert(root(o)) }
                guard !found.isEmpty else { continue }
                roots = found
            }
            let distinct = Array(Set(roots.map { root($0) })).sorted()
            if distinct.count == 1, let r = distinct.first {
                if root(i) != r { union(r, i, note: "surname: \(label(i)) = \(locals[r].actor.name), the only person so named") }
                continue
            }
            // Several people share it: the one the corpus names far more often (four times the others'
            // documents together), as `Obama` for Barack Obama beside Michelle Obama.
            let sizes = distinct.map { docCount($0) }
            guard let best = sizes.indices.max(by: { sizes[$0] < sizes[$1] }), root(i) != distinct[best] else { continue }
            let others = sizes.reduce(0, +) - sizes[best]
            guard sizes[best] >= 4 * others, sizes[best] >= 3 else { continue }
            union(distinct[best], i, note: "surname: \(label(i)) = \(locals[distinct[best]].actor.name), named in \(sizes[best]) documents, the others so named in \(others)")
        }
    }

    /// Rule 4b: `Hillary`, `Bernie` alone: the one person whose name starts with that given name (or the one
    /// the corpus names four times as often as the others together), when no person has it as a surname.
    mutating func joinGivenNames() {
        var surnames = Set<String>()
        var byFirst: [String: Set<Int>] = [:]
        for i in locals.indices where locals[i].kindClass == 0 && locals[i].words.count >= 2 {
            if let s = locals[i].words.last { surnames.insert(s) }
            if let f = locals[i].words.first, NameMatching.givenNames.contains(f) { byFirst[f, default: []].insert(root(i)) }
        }
        // The clusters of each given name, read once (later joins only add one-word names to them).
        var clustersOf: [String: Set<Int>] = [:]
        for i in locals.indices where locals[i].kindClass == 0 && locals[i].words.count == 1 {
            guard let w = locals[i].words.first, !surnames.contains(w), let list = byFirst[w],
                  !locals[i].actor.descriptions.contains(where: { NameMatching.soleNameTitles.contains($0.lowercased()) }) else { continue }
            let clusters = clustersOf[w] ?? Set(list.map { root($0) })
            clustersOf[w] = clusters
            let distinct = Array(Set(clusters.map { root($0) })).sorted()
            let sizes = distinct.map { docCount($0) }
            guard let best = sizes.indices.max(by: { sizes[$0] < sizes[$1] }), root(i) != distinct[best] else { continue }
            let others = sizes.reduce(0, +) - sizes[best]
            if distinct.count == 1 {
                union(distinct[best], i, note: "given name: \(label(i)) = \(locals[distinct[best]].actor.name), the only person so named")
            } else if sizes[best] >= 4 * others, sizes[best] >= 3 {
                union(distinct[best], i, note: "given name: \(label(i)) = \(locals[distinct[best]].actor.name), named in \(sizes[best]) documents, the others so named in \(others)")
            }
        }
    }

    /// Rule 5: organs of one person are one; a sitting leader's government is the country.
    mutating func joinOrgans() {
        // Persons by (document, name key).
        struct DocName: Hashable { var doc: Int; var key: String }
        var organLocals: [Int] = []
        for i in locals.indices where locals[i].kindClass == 1 && locals[i].rank >= 3 {
            if locals[i].actor.merges.contains(where: { $0.hasPrefix("government-of:") || $0.hasPrefix("organ-of:") }) { organLocals.append(i) }
        }
        guard !organLocals.isEmpty else { return }
        let organDocs = Set(organLocals.map { locals[$0].doc })
        var person: [DocName: Int] = [:]
        for d in organDocs {
            for i in byDoc[d] where locals[i].kindClass == 0 {
                for k in locals[i].keys where person[DocName(doc: d, key: k)] == nil || k == locals[i].key { person[DocName(doc: d, key: k)] = i }
            }
        }
        var organs: [String: Int] = [:]
        var governments: [(Int, Int)] = []
        for i in organLocals {
            let l = locals[i]
            for e in l.actor.merges where e.hasPrefix("government-of:") || e.hasPrefix("organ-of:") {
                let ownerName = String(e.drop(while: { $0 != ":" }).dropFirst())
                guard let p = person[DocName(doc: l.doc, key: NameMatching.key(ownerName))] else { continue }
                let noun = NameMatching.key(l.actor.name).split(separator: " ").last.map(String.init) ?? ""
                let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
                let key = "\(root(p))|\(singular)"
                if let o = organs[key] {
                    union(o, i, note: "same organ: \(label(i)) = \(label(o)), both of \(locals[p].actor.name)")
                } else {
                    organs[key] = i
                }
                if e.hasPrefix("government-of:") { governments.append((i, p)) }
            }
        }
        guard !governments.isEmpty else { return }
        // Countries by every name and alias.
        var countries: [String: Int] = [:]
        for i in locals.indices where locals[i].kindClass == 2 && locals[i].rank >= 4 { for k in locals[i].keys { countries[k] = i } }
        let heads: [[String]] = [["president"], ["prime", "minister"], ["premier"], ["chancellor"], ["king"], ["emir"], ["supreme", "leader"]]
        func has(_ words: [String], _ h: [String]) -> Bool {
            guard words.count >= h.count else { return false }
            for i in 0...(words.count - h.count) where Array(words[i..<(i + h.count)]) == h { return true }
            return false
        }
        // Words that make a title not the present one (`former president`, `the next president`).
        let notSitting: Set<String> = ["former", "ex", "late", "next", "future", "would", "could", "if", "elected", "candidate",
                                       "nominee", "hopeful", "elect", "deputy", "vice", "acting"]
        // The countries a description's short titles name, with the description, computed once per
        // description: a sitting leader's descriptions repeat across thousands of documents.
        var titled: [String: [Int]] = [:]
        func countriesTitled(_ d: String) -> [Int] {
            if let known = titled[d] { return known }
            var out: [Int] = []
            let words = NameMatching.key(d).split(separator: " ").map(String.init)
            // A short title with its country right before it or after `of (the)`: `U.S. President`,
            // `Israeli Prime Minister`, `President of the United States`.
            if words.count <= 7, !words.contains(where: notSitting.contains) {
                for h in heads {
                    guard words.count >= h.count else { continue }
                    for s in 0...(words.count - h.count) where Array(words[s..<(s + h.count)]) == h {
                        var before: Int?
                        for n in 1...3 where s - n >= 0 {
                            if let c = countries[words[(s - n)..<s].joined(separator: " ")] { before = c }
                        }
                        var after: Int?
                        var a = s + h.count
                        if a < words.count, words[a] == "of" {
                            a += 1
                            if a < words.count, words[a] == "the" { a += 1 }
                            for n in 1...3 where a + n <= words.count {
                                if let c = countries[words[a..<(a + n)].joined(separator: " ")] { after = c }
                            }
                        }
                        if let c = before ?? after { out.append(c) }
                    }
                }
            }
            titled[d] = out
            return out
        }
        // Per person cluster: each country its members' descriptions name, with the first description
        // naming it, in member order; dropped when a join changes the cluster.
        var named: [Int: [(country: Int, description: String)]] = [:]
        for (organ, p) in governments {
            let r = root(p)
            let candidates: [(country: Int, description: String)]
            if let known = named[r] {
                candidates = known
            } else {
                var list: [(country: Int, description: String)] = []
                var seen = Set<Int>()
                for m in members(of: r) {
                    for d in locals[m].actor.descriptions {
                        for c in countriesTitled(d) where seen.insert(c).inserted { list.append((c, d)) }
                    }
                }
                named[r] = list
                candidates = list
            }
            var found: [Int: String] = [:]
            for (c, d) in candidates where found[root(c)] == nil { found[root(c)] = d }
            // One country only: a person called president of two is not evidence enough.
            guard found.count == 1, let (c, because) = found.first, root(c) != root(organ) else { continue }
            let (rc, ro) = (root(c), root(organ))
            if union(c, organ, note: "government: \(label(organ)) = \(locals[c].actor.name), led by \(locals[p].actor.name) ('\(because)')") {
                named[rc] = nil
                named[ro] = nil
            }
        }
    }

    /// Rule 6: `in Washington` is the United States when the texts use Washington for its government.
    mutating func joinCapitals() {
        var byCapital: [String: Int] = [:]
        for i in locals.indices where locals[i].kindClass == 2 {
            for e in locals[i].actor.merges where e.hasPrefix("capital-as-government:") {
                byCapital[NameMatching.key(String(e.dropFirst("capital-as-government:".count)))] = i
            }
        }
        for i in locals.indices where locals[i].kindClass == 3 && locals[i].actor.merges.contains("gazetteer:capital") {
            guard let c = byCapital[locals[i].key], root(c) != root(i) else { continue }
            union(c, i, note: "capital: \(label(i)) = \(locals[c].actor.name), whose government the texts call \(locals[i].actor.name) in \(docIDs[locals[c].doc])")
        }
    }

    // MARK: - Output

    /// One corpus actor being made from its cluster: everything but its id.
    struct Draft {
        var root: Int
        var members: [Int]
        /// The members' mention lists (moved out of the locals), joined into ``mentions``.
        var parts: [[SourceSpan]]
        var rule: Curation.ActorRule?
        var actor = Actor(id: "", name: "", kind: .person)
        var slug = ""
        /// What `dateline.yml` changed (for the run's report), in order.
        var applied: [String] = []
    }

    mutating func finish(_ curation: Curation?, parallelism: Int = 1, keyedByID: Bool = true) -> ResolverWork.Result {
        // Clusters in the order of their first local actor; members in document order.
        var order: [Int] = []
        for i in locals.indices where root(i) == i { order.append(i) }
        // Each cluster's first local found once, not twice per comparison of the sort.
        var first = [Int](repeating: 0, count: locals.count)
        for r in order { first[r] = memberList[r].min() ?? r }
        order.sort { first[$0] < first[$1] }
        var rules: [String: Curation.ActorRule] = [:]
        for rule in curation?.actors ?? [] {
            rules[NameMatching.key(rule.name)] = rule
            for a in rule.aliases { rules[NameMatching.key(a)] = rule }
        }
        // Gathered in order; each member's mentions moved out of its local (no copy kept).
        var drafts: [Draft] = []
        drafts.reserveCapacity(order.count)
        for r in order {
            let members = members(root: r).sorted()
            guard !members.isEmpty else { continue }
            var rule: Curation.ActorRule?
            if !rules.isEmpty {
                search: for m in members {
                    for k in locals[m].keys { if let x = rules[k] { rule = x; break search } }
                }
            }
            var parts: [[SourceSpan]] = []
            parts.reserveCapacity(members.count)
            for m in members {
                parts.append(locals[m].actor.mentions)
                locals[m].actor.mentions = []
            }
            drafts.append(Draft(root: r, members: members, parts: parts, rule: rule))
        }
        // Each actor made on its own (up to `parallelism` at once): they only read the locals.
        let work = self
        Parallel.update(&drafts, parallelism: parallelism) { _, draft in work.make(&draft) }
        // Ids in order, each unique.
        var actors: [Actor] = []
        actors.reserveCapacity(drafts.count)
        var taken = Set<String>()
        var globalID: [String: String] = [:]
        var actorIndex = [Int](repeating: 0, count: locals.count)
        var usedRules = Set<String>()
        for k in drafts.indices {
            let id = ActorID.unique(drafts[k].slug, taken: taken)
            taken.insert(id)
            for m in drafts[k].members {
                actorIndex[m] = k
                if keyedByID { globalID[locals[m].actor.id] = id }
            }
            if let rule = drafts[k].rule { usedRules.insert(rule.name) }
            applied += drafts[k].applied
            // Moved out of the draft (a copy would retain each of its texts and lists).
            var actor = Actor(id: "", name: "", kind: .person)
            swap(&actor, &drafts[k].actor)
            actor.id = id
            actors.append(actor)
        }
        for rule in curation?.actors ?? [] where !usedRules.contains(rule.name) && !rule.aliases.isEmpty {
            unmatched.append("actor " + rule.name)
        }
        let report = curation.map { CurationReport(file: $0.path ?? Curation.fileName, applied: applied, unmatched: unmatched) }
        return Result(actors: actors, globalID: globalID, curation: report, actorIndex: actorIndex)
    }

    /// Makes a cluster's actor: kind, canonical name, evidence, descriptions, merge notes, aliases and
    /// mentions (and its id's slug).
    func make(_ draft: inout Draft) {
        let members = draft.members
        let r = draft.root
        // Kind: the strongest evidence.
        var strongest = members[0]
        for m in members where locals[m].rank > locals[strongest].rank { strongest = m }
        var kind = locals[strongest].actor.kind
        // A lone actor (most of them) keeps its name; its few evidence words and descriptions are
        // de-duplicated without hash sets.
        var name = members.count == 1 ? locals[members[0]].actor.name : canonicalName(members, mentions: draft.parts)
        var evidence: [String] = []
        var aliases: [String] = []
        var seenExact = FewTexts()
        var seenAlias = FewTexts()
        var descriptions: [String] = []
        if members.count == 1 {
            evidence = firstOccurrences(locals[members[0]].actor.merges)
            descriptions = firstOccurrences(locals[members[0]].actor.descriptions)
        } else {
            var seenEvidence = Set<String>()
            var seenDescription = Set<String>()
            for m in members {
                // Read in place: a copy of the actor would retain each of its texts and lists.
                for e in locals[m].actor.merges where seenEvidence.insert(e).inserted { evidence.append(e) }
                for d in locals[m].actor.descriptions where seenDescription.insert(d).inserted { descriptions.append(d) }
            }
        }
        // The first member's list moved into place (a lone actor's is all of them), the others' appended.
        var mentions: [SourceSpan] = []
        if draft.parts.count == 1 {
            swap(&mentions, &draft.parts[0])
        } else {
            mentions.reserveCapacity(draft.parts.reduce(0) { $0 + $1.count })
            for k in draft.parts.indices {
                mentions += draft.parts[k]
                draft.parts[k] = []
            }
        }
        var merges = notes[r]
        // One line per name several documents share: `same name: 'Anna Meyer' in 4 documents (000_…, 002_…, …)`.
        var docsByName: [String: [Int]] = [:]
        var names: [String] = []
        for m in members where members.count > 1 {
            let n = locals[m].actor.name
            if docsByName[n] == nil { names.append(n) }
            docsByName[n, default: []].append(locals[m].doc)
        }
        var shared: [String] = []
        for n in names {
            guard let ds = docsByName[n], ds.count > 1 else { continue }
            let unique = Array(Set(ds)).sorted()
            let listed = unique.prefix(3).map { docIDs[$0] }.joined(separator: ", ") + (unique.count > 3 ? ", …" : "")
            shared.append("same name: '\(n)' in \(unique.count) documents (\(listed))")
        }
        merges.insert(contentsOf: shared, at: 0)
        if !evidence.isEmpty { merges.insert("recognised by: " + evidence.prefix(6).joined(separator: ", "), at: 0) }
        if let rule = draft.rule {
            if let k = rule.kind, k != kind { merges.append("dateline.yml kind: \(kind.rawValue) → \(k.rawValue)"); draft.applied.append("kind of \(name): \(k.rawValue)"); kind = k }
            if let n = rule.rename, n != name { merges.append("dateline.yml rename: \(name) → \(n)"); draft.applied.append("renamed \(name) → \(n)"); name = n }
        }
        _ = seenAlias.insert(name.lowercased())
        func addAlias(_ x: String) {
            // Most repeats are exact: skip them before lower-casing.
            guard seenExact.insert(x), seenAlias.insert(x.lowercased()) else { return }
            aliases.append(x)
        }
        for m in members {
            addAlias(locals[m].actor.name)
            for x in locals[m].actor.aliases { addAlias(x) }
        }
        if let rule = draft.rule { for x in rule.aliases { addAlias(x) } }
        draft.slug = ActorID.slug(name)
        draft.actor = Actor(id: "", name: name, kind: kind, aliases: aliases, descriptions: descriptions, mentions: mentions, merges: merges)
    }

    typealias Result = ActorResolver.Resolution

    /// A gazetteer's name if a member has one, else the fullest: most words, then most often written,
    /// then longest.
    func canonicalName(_ members: [Int], mentions: [[SourceSpan]]) -> String {
        if let g = members.first(where: { locals[$0].actor.merges.contains { $0.hasPrefix("gazetteer:") && $0 != "gazetteer:capital" } }) {
            return locals[g].actor.name
        }
        // The documents' names, with how often each is written.
        var names: [String] = []
        var count: [String: Int] = [:]
        for m in members where count[locals[m].actor.name] == nil {
            names.append(locals[m].actor.name)
            count[locals[m].actor.name] = 0
        }
        guard names.count > 1 else { return names.first ?? "" }
        for list in mentions { for s in list where count[s.text] != nil { count[s.text, default: 0] += 1 } }
        // A name that far fewer documents use than the usual one is a one-off (`Billionaire Donald
        // Trump` in one article, `Donald Trump` in hundreds): only names that at least a quarter as many
        // documents give as the most common one compete; among them the fullest (most words), then the
        // most often written, then the longest.
        var docsOf: [String: Set<Int>] = [:]
        for m in members { docsOf[locals[m].actor.name, default: []].insert(locals[m].doc) }
        let top = docsOf.values.map(\.count).max() ?? 0
        let eligible = names.filter { (docsOf[$0]?.count ?? 0) * 4 >= top }
        func words(_ n: String) -> Int { n.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
        return eligible.max { a, b in
            if words(a) != words(b) { return words(a) < words(b) }
            let ca = count[a] ?? 0
            let cb = count[b] ?? 0
            if ca != cb { return ca < cb }
            if a.unicodeScalars.count != b.unicodeScalars.count { return a.unicodeScalars.count < b.unicodeScalars.count }
            return a > b
        } ?? names[0]
    }
}

/// Stable, readable actor ids made from names: `Anna Meyer` → `anna-meyer`.
public enum ActorID {
    public static func make(name: String, taken: Set<String>) -> String { unique(slug(name), taken: taken) }

    /// `Anna Meyer` → `anna-meyer` (`actor` when nothing is left).
    static func slug(_ name: String) -> String {
        var slug = ""
        var dash = false
        for s in name.lowercased().unicodeScalars {
            // ASCII letters and digits without looking up Unicode properties.
            if s.value < 0x80 ? (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A)
                : s.properties.isAlphabetic {
                slug.unicodeScalars.append(s)
                dash = false
            } else if !dash && !slug.isEmpty {
                slug += "-"
                dash = true
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "actor" }
        return slug
    }

    /// The slug, or `slug-2`, `slug-3` … when it is taken.
    static func unique(_ slug: String, taken: Set<String>) -> String {
        var id = slug
        var n = 2
        while taken.contains(id) {
            id = "\(slug)-\(n)"
            n += 1
        }
        return id
    }
}

/// Order-keeping de-duplication (by `==`, as a `Set` would): a linear scan for the few values an actor
/// or event usually has, a hash set beyond that.
func firstOccurrences(_ xs: [String]) -> [String] {
    guard xs.count > 1 else { return xs }
    if xs.count <= 8 {
        var out: [String] = []
        out.reserveCapacity(xs.count)
        for x in xs where !out.contains(x) { out.append(x) }
        return out
    }
    var seen = Set<String>()
    return xs.filter { seen.insert($0).inserted }
}

/// `Set<String>.insert(_:).inserted` for the few texts an actor usually has: a linear scan (no hashing,
/// no table) up to 16 of them, a hash set beyond.
struct FewTexts {
    private var list: [String] = []
    private var set: Set<String>?

    /// Whether `x` was not there yet.
    mutating func insert(_ x: String) -> Bool {
        if var s = set {
            set = nil
            let inserted = s.insert(x).inserted
            set = s
            return inserted
        }
        if list.contains(x) { return false }
        list.append(x)
        if list.count > 16 {
            set = Set(list)
            list = []
        }
        return true
    }
}
