/// For "which texts hold every one of these words": each word's list of the texts that hold it.
///
/// A text holding all of a set's words is in the list of each of them, so reading the shortest of
/// those lists (in ascending order) finds every candidate, and the first that passes a check is the
/// one a scan of all texts in order would find. Cost: linear in the words indexed; a query reads one
/// list.
struct WordPostings {
    private var lists: [String: [Int]] = [:]

    /// Indexes text `i` (call in ascending order of `i`).
    mutating func add(_ words: Set<String>, as i: Int) {
        for w in words { lists[w, default: []].append(i) }
    }

    /// The texts that may hold all of `words`, ascending: the shortest list among theirs.
    func candidates(for words: Set<String>) -> [Int] {
        var best: [Int]?
        for w in words {
            guard let list = lists[w] else { return [] }
            if best == nil || list.count < (best?.count ?? 0) { best = list }
        }
        return best ?? []
    }
}
