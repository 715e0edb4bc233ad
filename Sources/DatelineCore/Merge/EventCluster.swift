/// One event as the merge compares it: its family, actors, day range and how specific it is.
struct MergeItem: Sendable {
    var index: Int
    var family: String
    var kind: String
    /// Actors (affiliations included: `U.S. envoy X` speaks for the United States), sorted.
    var core: [String]
    /// Actors other than affiliations.
    var heads: [String]
    var place: String?
    var status: EventStatus
    /// First and last day (ordinals); nil = open on that side.
    var lo: Int?
    var hi: Int?
    /// A date the text gives for this mention (not a publication stand-in or an open bound).
    var specific: Bool
    var series: Bool
    var anaphoric: Bool
    var doc: String
    var sentence: Int?
    var window: Int

    init(_ e: Event, index: Int, family: String, window: Int) {
        self.index = index
        self.family = family
        kind = e.kind
        core = MergeItem.sortedUnique(e.participants.map(\.actor))
        // Without an affiliation the heads are the core actors: the same list shared, not a second one
        // made (a list per mention less while the corpus-wide merge runs).
        heads = e.participants.contains { $0.role == "affiliation" }
            ? MergeItem.sortedUnique(e.participants.filter { $0.role != "affiliation" }.map(\.actor)) : core
        place = e.place
        status = e.status
        lo = e.date?.earliest?.ordinal
        hi = e.date?.latest?.ordinal
        if let d = e.date, d.precision != .unknown {
            specific = d.basis != .publication && !(e.detail?.generic ?? false)
        } else {
            specific = false
        }
        series = e.detail?.series ?? false
        anaphoric = e.detail?.anaphoric ?? false
        doc = e.sources.first?.doc ?? ""
        sentence = e.sources.first?.sentence
        self.window = window
    }

    /// Sorted, each once (no set built: events name a handful of actors).
    static func sortedUnique(_ xs: [String]) -> [String] {
        var out = xs.sorted()
        var w = 0
        for r in out.indices where r == 0 || out[r] != out[w - 1] {
            out.swapAt(w, r)
            w += 1
        }
        out.removeLast(out.count - w)
        return out
    }

    /// The actors two sorted lists without repeats share, sorted (no sets built).
    static func shared(_ a: [String], _ b: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                out.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }

    /// The day used to sort and block: the middle of a bounded range, else its one bound.
    var anchor: Int {
        switch (lo, hi) {
        case let (l?, h?): return (l + h) / 2
        case let (l?, nil): return l
        case let (nil, h?): return h
        default: return Int.min / 4
        }
    }
}

/// What a growing cluster of mentions agrees on, to keep merges from chaining (A≈B, B≈C, A≉C).
struct ClusterState: Sendable {
    var lo: Int?
    var hi: Int?
    var place: String?
    var statuses: Set<EventStatus>
    /// Statuses of mentions that name their participants themselves (not taken from an earlier mention).
    var asserted: Set<EventStatus>
    var docs: Set<String>
    /// Document hash and sentence index of every mention.
    var sentences: Set<UInt64>
    var core: Set<String>
    var heads: Set<String>
    var family: String
    /// Holds a mention with a date of its own.
    var specific: Bool

    init(_ m: MergeItem) {
        lo = m.lo
        hi = m.hi
        place = m.place
        statuses = [m.status]
        asserted = m.anaphoric ? [] : [m.status]
        docs = [m.doc]
        sentences = m.sentence.map { [EventIdentity.fnv(m.doc) &+ UInt64($0)] } ?? []
        core = Set(m.core)
        heads = Set(m.heads)
        family = m.family
        specific = m.specific
    }

    /// Happened and reported are one claim told two ways; planned and denied stay apart from both.
    static func statusesFit(_ a: Set<EventStatus>, _ b: Set<EventStatus>) -> Bool {
        func group(_ s: EventStatus) -> Int {
            switch s {
            case .happened, .reported: return 0
            case .planned: return 1
            case .denied: return 2
            }
        }
        return Set(a.map(group)) == Set(b.map(group))
    }

    /// Day ranges overlap, or lie within `tolerance` days of each other.
    static func datesFit(_ alo: Int?, _ ahi: Int?, _ blo: Int?, _ bhi: Int?, tolerance: Int) -> Bool {
        if let ah = ahi, let bl = blo, bl > ah + tolerance { return false }
        if let bh = bhi, let al = alo, al > bh + tolerance { return false }
        return true
    }

    /// Whether another cluster may join this one: same family, fitting statuses and places, dates that
    /// agree (across documents within the kind's window), and never two dated mentions of one sentence
    /// (`talks on March 4, following lower-level talks a week earlier` are two meetings).
    func accepts(_ o: ClusterState, tolerance: Int) -> Bool {
        guard family == o.family, ClusterState.statusesFit(statuses, o.statuses) else { return false }
        if let p = place, let q = o.place, p != q { return false }
        if specific && o.specific && !sentences.isDisjoint(with: o.sentences) { return false }
        // Reporting lag: only single days from different articles may sit a little apart.
        let days = [lo, hi, o.lo, o.hi]
        let singleDays = lo != nil && lo == hi && o.lo != nil && o.lo == o.hi
        let tol = docs.isDisjoint(with: o.docs) && (singleDays || days.contains(nil)) ? tolerance : 0
        return ClusterState.datesFit(lo, hi, o.lo, o.hi, tolerance: tol)
    }

    mutating func absorb(_ o: ClusterState) {
        // Keep the narrowest common range (the union when they disagree within the tolerance).
        let nlo = [lo, o.lo].compactMap { $0 }.max()
        let nhi = [hi, o.hi].compactMap { $0 }.min()
        if let l = nlo, let h = nhi, l > h {
            lo = [lo, o.lo].compactMap { $0 }.min()
            hi = [hi, o.hi].compactMap { $0 }.max()
        } else {
            lo = nlo
            hi = nhi
        }
        place = place ?? o.place
        statuses.formUnion(o.statuses)
        asserted.formUnion(o.asserted)
        docs.formUnion(o.docs)
        sentences.formUnion(o.sentences)
        core.formUnion(o.core)
        heads.formUnion(o.heads)
        specific = specific || o.specific
    }
}

/// Union-find over event indices, each root holding its cluster's state.
///
/// A mention alone is its own cluster; its state is made from it when it first takes part in a join
/// (most mentions never do), so a corpus's events cost no sets up front.
struct EventClusters {
    private var parent: [Int]
    private var items: [MergeItem]
    /// Where the state of each root that took part in a join is in ``states``; -1 for the others and
    /// for non-roots. (A slot of 4 bytes per mention instead of an optional state of ~120: most
    /// mentions never join.)
    private var slot: [Int32]
    /// The states of the roots that took part in a join; a slot freed by a join is reused.
    private var states: [ClusterState?] = []
    private var freeSlots: [Int32] = []
    /// Why clusters were joined, by root.
    private(set) var notes: [Int: [String]] = [:]

    init(_ items: [MergeItem]) {
        parent = Array(0..<items.count)
        self.items = items
        slot = [Int32](repeating: -1, count: items.count)
    }

    /// The state of root `r`, if it took part in a join.
    private func state(_ r: Int) -> ClusterState? {
        let k = Int(slot[r])
        return k >= 0 ? states[k] : nil
    }

    /// Takes root `r`'s state out (its slot freed).
    private mutating func takeState(_ r: Int) -> ClusterState? {
        let k = slot[r]
        guard k >= 0 else { return nil }
        slot[r] = -1
        freeSlots.append(k)
        var out: ClusterState?
        swap(&out, &states[Int(k)])
        return out
    }

    /// Gives root `r` a state.
    private mutating func putState(_ r: Int, _ s: ClusterState?) {
        guard let s else { return }
        if let k = freeSlots.popLast() {
            states[Int(k)] = s
            slot[r] = k
        } else {
            slot[r] = Int32(states.count)
            states.append(s)
        }
    }

    /// Makes a root's state if it has none yet.
    private mutating func materialize(_ r: Int) {
        if slot[r] < 0, parent[r] == r { putState(r, ClusterState(items[r])) }
    }

    mutating func find(_ i: Int) -> Int { parent.unionFindRoot(i) }

    /// Joins the clusters of `a` and `b` if their states accept each other; the lower index stays root.
    @discardableResult
    mutating func join(_ a: Int, _ b: Int, tolerance: Int, note: String?) -> Bool {
        let ra = find(a)
        let rb = find(b)
        guard ra != rb else { return false }
        materialize(ra)
        materialize(rb)
        guard accepts(ra, rb, tolerance: tolerance) else { return false }
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        // Taken out of the array first, so that its sets are not copied to be grown (a copy per join
        // made a cluster's joins quadratic in its size).
        var merged = takeState(root)
        let other = takeState(child)
        if let other { merged?.absorb(other) }
        putState(root, merged)
        parent[child] = root
        notes[root, default: []] += (notes[child] ?? []) + (note.map { [$0] } ?? [])
        notes[child] = nil
        return true
    }

    /// Frees the clusters' states and items once no more joins are to be made (roots and notes stay).
    mutating func dropStates() {
        slot = []
        states = []
        freeSlots = []
        items = []
    }

    func clusterState(root: Int) -> ClusterState? {
        if let s = state(root) { return s }
        return parent[root] == root ? ClusterState(items[root]) : nil
    }

    private func accepts(_ ra: Int, _ rb: Int, tolerance: Int) -> Bool {
        let (a, b) = (Int(slot[ra]), Int(slot[rb]))
        guard a >= 0, b >= 0, let sa = states[a], let sb = states[b] else { return false }
        return sa.accepts(sb, tolerance: tolerance)
    }
}

extension Array {
    /// Reorders the elements in place so that `self[k]` is the old `self[order[k]]` (`order` a
    /// permutation of the indices), moving them rather than copying.
    mutating func permute(_ order: [Int]) {
        guard order.count == count else { return }
        var done = [Bool](repeating: false, count: count)
        // On the buffer: its `swapAt` moves the two elements' bytes, where `Array.swapAt` copies them
        // (a retain and a release of every reference an event holds).
        withUnsafeMutableBufferPointer { buffer in
            for s in buffer.indices where !done[s] {
                var j = s
                while order[j] != s {
                    buffer.swapAt(j, order[j])
                    done[j] = true
                    j = order[j]
                }
                done[j] = true
            }
        }
    }
}
