/// Cross-document event merge: the same real happening reported by several articles becomes one event
/// with every source; gives each event its corpus-wide id, date, confidence and summary.
///
/// Conservative and explainable, in four passes (every join leaves a note in the event's `flags`):
/// 1. Statements: the same speaker with a near-identical quotation (word overlap ≥ 0.8, at least five
///    words, or three words found inside the other) in different articles, dates within the window,
///    is one utterance: the statements stay apart (each article's quotation is a fact of its own) and
///    each names the others in a `same utterance as …` flag.
/// 2. Dated mentions: same family (`events-kinds.tsv`), at least two shared actors (or one, when one
///    mention's actors are a subset of the other's and they share a place or a day), fitting statuses
///    (happened ≈ reported; planned and denied apart), no conflicting places, dates that overlap (across
///    articles: within the kind's window, the disagreement kept as a range and flagged). Never two
///    mentions of one sentence.
/// 3. Generic mentions (no date of their own: `the talks in Doha`): attached to the one dated cluster
///    they fit best, when it scores clearly above the next (shared actors, place, status); a series
///    (`has been conducting talks`) is never pinned to one session. The score counts shared actors and
///    the place (status only has to fit); a cluster whose mentions all borrowed their actors from an
///    earlier mention scores lower.
/// 4. Generic mentions left over: joined with each other when they share two actors (or all of one
///    actor and a place; or, both planned, all actors of one of them), published within 45 days.
///
/// Candidates come from blocks (family + actor, sorted by date) and each mention is compared with at
/// most ``maxCandidates`` neighbours per actor, so the cost is near-linear in the number of events.
public struct EventMerger: Sendable {
    let kinds: [String: EventKindInfo]
    /// Most neighbours a mention is compared with in one block.
    public var maxCandidates = 48
    /// How many days before its article a generic mention's event may lie.
    public var genericReach = 90

    public init() {
        kinds = EventMerger.bundledKinds
    }

    init(kinds: [String: EventKindInfo]) {
        self.kinds = kinds
    }

    /// `events-kinds.tsv`; without it (a broken install) every kind is its own family with window 1.
    static let bundledKinds: [String: EventKindInfo] = {
        guard let lex = try? Lexicon.bundled("events-kinds") else { return [:] }
        var out: [String: EventKindInfo] = [:]
        for row in lex.rows where row.count >= 5 {
            out[row[0]] = EventKindInfo(family: row[1], sides: Int(row[2]) ?? 1, window: Int(row[3]) ?? 1, label: row[4])
        }
        return out
    }()

    func info(_ kind: String) -> EventKindInfo { kinds[kind] ?? EventKindInfo(family: kind, sides: 1, window: 1, label: kind) }

    /// Events with participants already in corpus-wide actor ids.
    public func merge(_ input: [Event], actors: [Actor]) -> [Event] {
        var events = input
        return merge(taking: &events, actors: actors)
    }

    /// As ``merge(_:actors:)``, emptying `events` (their storage is reused, not copied); the steps done
    /// per event or per cluster run on up to `parallelism` threads (the result is the same).
    func merge(taking events: inout [Event], actors: [Actor], parallelism: Int = 1) -> [Event] {
        // A canonical order first, so that the result does not depend on the order of the input.
        events.permute(EventMerger.canonicalOrder(events))
        // Read through the buffer: an event is not copied (a retain of each of its references).
        var items = events.withUnsafeBufferPointer { buffer in
            Parallel.map(buffer.count, parallelism: parallelism) { i in
                let kind = buffer[i].kind
                let k = info(kind)
                return MergeItem(buffer[i], index: i, family: kind == "statement" ? "statement" : k.family, window: k.window)
            }
        }
        var clusters = EventClusters(items)
        let names = Dictionary(actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Statements of one utterance stay apart (each article's quotation is its own fact) and are
        // linked by flags.
        var utterances = EventClusters(items)
        StatementMerger(maxCandidates: maxCandidates).join(events, items, &utterances, parallelism: parallelism)
        utterances.dropStates()
        joinDated(items, &clusters, names: names)
        attachGeneric(items, &clusters, names: names)
        joinGeneric(items, &clusters, names: names)
        clusters.dropStates()

        // Clusters in the order of their roots (each root is its cluster's first member, so it is met
        // first): one list of members, cluster by cluster (`members`), cut at `starts` — no array per
        // cluster.
        var cluster = [Int](repeating: -1, count: items.count)
        var sizes: [Int] = []
        for i in items.indices {
            let r = clusters.find(i)
            if cluster[r] < 0 {
                cluster[r] = sizes.count
                sizes.append(0)
            }
            cluster[i] = cluster[r]
            sizes[cluster[i]] += 1
        }
        var starts = [Int](repeating: 0, count: sizes.count + 1)
        for k in sizes.indices { starts[k + 1] = starts[k] + sizes[k] }
        var members = [Int](repeating: 0, count: items.count)
        var fill = starts
        for i in items.indices {
            members[fill[cluster[i]]] = i
            fill[cluster[i]] += 1
        }
        cluster = []
        fill = []
        let count = sizes.count
        let utterance: [Int?] = (0..<count).map { k in sizes[k] == 1 ? utterances.find(members[starts[k]]) : nil }
        sizes = []
        let builder = MergedEventBuilder(kinds: kinds, names: names)
        let notes = clusters.notes
        // The mentions put in cluster order, then each cluster's merged event written over the front of
        // the list in place (cluster k at k, never past its own first mention), a batch of clusters at
        // a time, so that the mentions and the merged events are not all held at once. Each cluster's
        // mentions are moved out of the list by the thread that builds its event (not copied), so
        // they are freed there, and what the merged events overwrite is empty.
        events.permute(members)
        let batch = 8192
        var done = 0
        while done < count {
            let first = done
            var made = Parallel.map(min(batch, count - first), parts: &events, ranges: { j in starts[first + j]..<starts[first + j + 1] },
                                    parallelism: parallelism) { j, part in
                let range = starts[first + j]..<starts[first + j + 1]
                var mentions: [Event] = []
                mentions.reserveCapacity(part.count)
                for k in part.indices {
                    var e = Event.moved
                    swap(&e, &part[k])
                    mentions.append(e)
                }
                return builder.build(mentions, items: members[range].map { MergedEventBuilder.Rank(specific: items[$0].specific, index: items[$0].index) }, notes: notes[members[range.lowerBound]] ?? [])
            }
            // Moved into place, not copied (a retain and a release of each of its references).
            for j in made.indices { swap(&events[first + j], &made[j]) }
            done += made.count
        }
        events.removeLast(events.count - count)
        items = []
        members = []
        starts = []
        var out = events
        events = []
        // Summaries, flags and participant lists that repeat (copies of one article) kept once.
        var interner = TextInterner()
        var roles = Set<[ActorRole]>()
        for k in out.indices {
            out[k].summary = interner(out[k].summary)
            out[k].flags = interner.list(out[k].flags)
            out[k].participants = roles.insert(out[k].participants).memberAfterInsert
        }
        let order = EventIdentity.order(out)
        var result = out
        out = []
        result.permute(order)
        EventIdentity.assignIDs(&result, parallelism: parallelism)
        var ids: [Int: [String]] = [:]
        for (k, i) in order.enumerated() { if let g = utterance[i] { ids[g, default: []].append(result[k].id) } }
        var why: [Int: String] = [:]
        // The flag of a statement that is not among the first ids its utterance lists: the same text
        // for all of them, so one string for all (a quotation carried by a hundred copies of a story
        // made a hundred strings of ten ids each — a sixth of the ×100 benchmark's peak).
        var sharedFlag: [Int: String] = [:]
        for (k, i) in order.enumerated() {
            guard let g = utterance[i], let same = ids[g], same.count > 1 else { continue }
            let own = result[k].id
            let listedFirst = same.prefix(EventMerger.utteranceListLimit).contains(own)
            if !listedFirst, let flag = sharedFlag[g] {
                result[k].flags.append(flag)
                continue
            }
            let others = EventMerger.listed(same, except: own)
            let because: String
            if let known = why[g] {
                because = known
            } else {
                because = utterances.notes[g]?.first.map { " (" + $0.replacingOccurrences(of: "merged: ", with: "") + ")" } ?? ""
                why[g] = because
            }
            let flag = "same utterance as " + others + because
            if !listedFirst { sharedFlag[g] = flag }
            result[k].flags.append(flag)
        }
        return result
    }

    /// Most statement ids a `same utterance as …` flag names; the rest are counted. A quotation carried
    /// by a hundred copies of a wire story would otherwise name 99 ids on each of them (output
    /// quadratic in the number of copies).
    public static let utteranceListLimit = 10

    /// `a, b, c` — or the first ``utteranceListLimit`` and `and N more`.
    static func listed(_ ids: [String]) -> String {
        guard ids.count > utteranceListLimit else { return ids.joined(separator: ", ") }
        return ids.prefix(utteranceListLimit).joined(separator: ", ") + " and \(ids.count - utteranceListLimit) more"
    }

    /// ``listed(_:)`` of the ids of an utterance's statements other than `own`, which `ids` holds once
    /// (ids are unique), looking at no more of them than it names: a quotation carried by N copies of
    /// a story cost N² comparisons.
    static func listed(_ ids: [String], except own: String) -> String {
        let others = ids.count - 1
        var named: [String] = []
        for id in ids where id != own {
            named.append(id)
            if named.count == utteranceListLimit { break }
        }
        guard others > utteranceListLimit else { return named.joined(separator: ", ") }
        return named.joined(separator: ", ") + " and \(others - utteranceListLimit) more"
    }

    /// The order of (first source's document, its start, kind, id), comparing ranks of the strings
    /// rather than the strings.
    static func canonicalOrder(_ events: [Event]) -> [Int] {
        // Fields read through the buffer: an event is not copied (a retain of each of its references).
        events.withUnsafeBufferPointer { buffer in
            let docRank = sortedRanks(buffer.count) { buffer[$0].sources.first?.doc ?? "" }
            let kindRank = sortedRanks(buffer.count) { buffer[$0].kind }
            let keys = buffer.indices.map { i in (docRank[i], buffer[i].sources.first?.start ?? 0, kindRank[i]) }
            return buffer.indices.sorted { a, b in
                let ka = keys[a]
                let kb = keys[b]
                if ka != kb { return ka < kb }
                return buffer[a].id < buffer[b].id
            }
        }
    }

    // MARK: - Pass 2: dated mentions

    func joinDated(_ items: [MergeItem], _ clusters: inout EventClusters, names: [String: String]) {
        var blocks: [String: [Int]] = [:]
        for m in items where m.family != "statement" && m.specific {
            if m.core.isEmpty {
                blocks["\(m.family)|~\(m.kind)|\(m.doc)", default: []].append(m.index)
            } else {
                for a in m.core { blocks["\(m.family)|\(a)", default: []].append(m.index) }
            }
        }
        for key in blocks.keys.sorted() {
            guard var list = blocks[key] else { continue }
            list.sort { (items[$0].lo ?? Int.min, $0) < (items[$1].lo ?? Int.min, $1) }
            for (p, i) in list.enumerated() {
                let a = items[i]
                var q = p + 1
                var compared = 0
                while q < list.count && compared < maxCandidates {
                    let b = items[list[q]]
                    if let bl = b.lo, let ah = a.hi, bl > ah + max(a.window, b.window) { break }
                    if clusters.find(a.index) != clusters.find(b.index), let reason = sameDated(a, b, names: names) {
                        clusters.join(a.index, b.index, tolerance: max(a.window, b.window), note: reason)
                    }
                    q += 1
                    compared += 1
                }
            }
        }
    }

    /// Why two dated mentions are one event, or nil.
    func sameDated(_ a: MergeItem, _ b: MergeItem, names: [String: String]) -> String? {
        guard a.family == b.family, !a.series || b.series else { return nil }
        if a.core.isEmpty || b.core.isEmpty {
            guard a.core.isEmpty && b.core.isEmpty, a.kind == b.kind, a.doc == b.doc else { return nil }
            return "merged: \(a.kind) mentions of one document with the same date"
        }
        let shared = MergeItem.shared(a.core, b.core)
        guard !shared.isEmpty else { return nil }
        if shared.count < 2 {
            // Actors are sorted without repeats: one holds the other's when the shared ones are all of it.
            let subset = a.core.count == shared.count || b.core.count == shared.count
            let samePlace = a.place != nil && a.place == b.place
            let tight = [a, b].allSatisfy { m in m.lo.flatMap { l in m.hi.map { $0 - l <= 6 } } ?? false }
            guard subset && (samePlace || tight) else { return nil }
        }
        let who = shared.map { names[$0] ?? $0 }.sorted().joined(separator: ", ")
        return "merged: \(a.doc == b.doc ? "same document" : "\(a.doc) + \(b.doc)"), shares \(who), dates agree"
    }

    // MARK: - Pass 3: generic mentions onto dated clusters

    func attachGeneric(_ items: [MergeItem], _ clusters: inout EventClusters, names: [String: String]) {
        var blocks: [String: [Int]] = [:]
        for m in items where m.family != "statement" && m.specific {
            for a in m.core { blocks["\(m.family)|\(a)", default: []].append(m.index) }
        }
        for key in blocks.keys { blocks[key]?.sort { (items[$0].lo ?? Int.min, $0) < (items[$1].lo ?? Int.min, $1) } }
        // No mention starting later than a bound plus the widest window can be in reach of it.
        let widest = items.map(\.window).max() ?? 0
        for g in items where g.family != "statement" && !g.specific && !g.series && !g.core.isEmpty {
            var roots = Set<Int>()
            for a in g.core {
                guard let list = blocks["\(g.family)|\(a)"] else { continue }
                // The dated mentions that end before the generic one's bound, nearest first (those that
                // start too late are passed over without counting, so they are skipped by a binary search).
                var end = list.count
                if let gh = g.hi {
                    var lo = 0
                    while lo < end {
                        let mid = (lo + end) / 2
                        if let ml = items[list[mid]].lo, ml > gh + widest { end = mid } else { lo = mid + 1 }
                    }
                }
                var compared = 0
                for i in list[..<end].reversed() where compared < maxCandidates {
                    let m = items[i]
                    if let gh = g.hi, let ml = m.lo, ml > gh + m.window { continue }
                    if let gh = g.hi, let mh = m.hi, mh < gh - genericReach { break }
                    if let gl = g.lo, let mh = m.hi, mh < gl - m.window { continue }
                    roots.insert(clusters.find(i))
                    compared += 1
                }
            }
            guard !roots.isEmpty else { continue }
            var scored: [(score: Int, root: Int, why: String)] = []
            for r in roots.sorted() {
                guard let st = clusters.clusterState(root: r), ClusterState.statusesFit([g.status], st.statuses) else { continue }
                let shared = Set(g.core).intersection(st.core)
                let sharedHeads = Set(g.heads).intersection(st.core)
                guard !sharedHeads.isEmpty, shared.count >= min(2, g.heads.count) else { continue }
                // One actor is thin evidence: across articles the cluster must be about that actor alone
                // (`Axios revealed` → `Axios reported on March 5`, not any event naming a hub actor).
                if g.heads.count == 1 && !st.docs.contains(g.doc) && st.heads != Set(g.heads) { continue }
                if let p = g.place, let q = st.place, p != q { continue }
                // A shared head counts twice, a shared affiliation once (`US media outlet Axios`).
                var score = 2 * sharedHeads.count + (shared.count - sharedHeads.count)
                var why = "shares " + shared.map { names[$0] ?? $0 }.sorted().joined(separator: ", ")
                if let p = g.place, p == st.place {
                    score += 2
                    why += ", place \(names[p] ?? p)"
                }
                // A cluster only of mentions that borrowed their actors (`lower-level talks a week earlier`).
                if st.asserted.isEmpty { score -= 1 }
                scored.append((score, r, why))
            }
            scored.sort { ($0.score, -$0.root) > ($1.score, -$1.root) }
            guard let best = scored.first, scored.count == 1 || best.score - scored[1].score >= 1 else { continue }
            let runnerUp = scored.count > 1 ? "; next candidate scored \(scored[1].score) < \(best.score)" : "; the only candidate"
            let note = "attached generic mention from \(g.doc)\(g.sentence.map { " s\($0)" } ?? ""): \(best.why)\(runnerUp)"
            clusters.join(best.root, g.index, tolerance: genericReach, note: note)
        }
    }

    // MARK: - Pass 4: leftover generic mentions

    func joinGeneric(_ items: [MergeItem], _ clusters: inout EventClusters, names: [String: String]) {
        var dated = Set<Int>()
        for m in items where m.specific { dated.insert(clusters.find(m.index)) }
        var blocks: [String: [Int]] = [:]
        for m in items where m.family != "statement" && !m.specific && !m.core.isEmpty && !dated.contains(clusters.find(m.index)) {
            for a in m.core { blocks["\(m.family)|\(a)", default: []].append(m.index) }
        }
        for key in blocks.keys.sorted() {
            guard var list = blocks[key] else { continue }
            list.sort { (items[$0].anchor, $0) < (items[$1].anchor, $1) }
            for (p, i) in list.enumerated() {
                let a = items[i]
                var q = p + 1
                var compared = 0
                while q < list.count && compared < maxCandidates {
                    let b = items[list[q]]
                    if b.anchor - a.anchor > 45 { break }
                    if clusters.find(a.index) == clusters.find(b.index) {
                        q += 1
                        compared += 1
                        continue
                    }
                    let shared = MergeItem.shared(a.core, b.core)
                    let samePlaceAll = a.core == b.core && a.place != nil && a.place == b.place
                    // Two announcements of one trip: `X will visit Qatar`, `X postponed his visit`.
                    let plannedSubset = a.status == .planned && b.status == .planned && !shared.isEmpty
                        && (shared.count == a.core.count || shared.count == b.core.count)
                    if shared.count >= 2 || samePlaceAll || plannedSubset {
                        let who = shared.map { names[$0] ?? $0 }.sorted().joined(separator: ", ")
                        clusters.join(a.index, b.index, tolerance: 45, note: "joined generic mentions (\(a.doc) + \(b.doc)): shares \(who)")
                    }
                    q += 1
                    compared += 1
                }
            }
        }
    }
}

extension Event {
    /// What is left where an event was moved out of a list (no text, no lists: nothing to free).
    static let moved = Event(id: "", kind: "", date: nil, sources: [])
}
