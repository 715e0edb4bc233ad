/// The speakers of a document's statements so far, indexed for the resolver's backward searches: the
/// last unnamed source described with a word, the last statement of an entity, and the entities in
/// the order they last spoke.
///
/// The list it indexes only grows while speakers are resolved (``sync(_:)`` reads the new ones), so
/// each answer is the one a backward scan of the whole list would give, at the cost of the speakers
/// it passes over that have not spoken since (not of every statement).
struct SpeakerHistory: Sendable {
    private(set) var count = 0
    /// Word → index of the last unnamed speaker whose description has that word.
    private var lastAnonymous: [String: Int] = [:]
    /// Entity → index of its last statement.
    private var lastOf: [Int: Int] = [:]
    /// Entities from the one that spoke last to the one that spoke longest ago (a linked list).
    private var newest: Int?
    private var older: [Int: Int] = [:]
    private var newer: [Int: Int] = [:]

    /// Indexes the speakers added to `previous` since the last call.
    mutating func sync(_ previous: [ResolvedSpeaker]) {
        if previous.count < count { self = SpeakerHistory() }
        while count < previous.count {
            let p = previous[count]
            if let e = p.entity {
                lastOf[e] = count
                moveToFront(e)
            } else if let a = p.anonymous {
                for w in WordSplit.words(a, digits: false) { lastAnonymous[w] = count }
            }
            count += 1
        }
    }

    private mutating func moveToFront(_ e: Int) {
        guard newest != e else { return }
        // Unlink.
        let o = older[e]
        let n = newer[e]
        if let n { older[n] = o }
        if let o { newer[o] = n }
        // Link in front.
        older[e] = newest
        newer[e] = nil
        if let first = newest { newer[first] = e }
        newest = e
    }

    /// As `previous.lastIndex { $0.entity == nil && words($0.anonymous).contains(word) }`.
    func lastAnonymous(describedWith word: String) -> Int? { lastAnonymous[word] }

    /// As `previous.lastIndex { $0.entity == e }`.
    func lastStatement(of e: Int) -> Int? { lastOf[e] }

    /// As `previous.last { $0.entity.map(test) ?? false }?.entity`: entities in the order they last
    /// spoke, the first that passes.
    func lastSpeaker(where test: (Int) -> Bool) -> Int? {
        var e = newest
        while let x = e {
            if test(x) { return x }
            e = older[x]
        }
        return nil
    }
}
