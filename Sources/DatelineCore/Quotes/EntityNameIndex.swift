/// Finds a document's entities by name without reading them all: by a lower-cased name or alias, by
/// the last words of a person's name (`Reyes` → `Tom Reyes`) and by a one-word name.
///
/// Each key lists the entities that had it when registered; a lookup checks each listed entity
/// against its current names and returns the last one in array order that still matches, as a
/// backwards scan of all entities would. Register an entity again after its name changes.
struct EntityNameIndex: Sendable {
    private var byName: [String: [Int]] = [:]
    private var bySuffix: [String: [Int]] = [:]
    private var byOneWord: [String: [Int]] = [:]
    private var byWord: [String: [Int]] = [:]

    init(_ entities: [LocalEntity]) {
        for p in entities.indices { register(entities[p], at: p) }
    }

    /// Records the names of the entity at array position `p` (again after a change).
    mutating func register(_ e: LocalEntity, at p: Int) {
        addName(e.name, at: p)
        for a in e.aliases { addName(a, at: p) }
        let full = WordSplit.words(e.name, digits: false)
        if full.count == 1, let w = full.first { byOneWord[w, default: []].append(p) }
        for w in Set(full) where byWord[w]?.last != p { byWord[w, default: []].append(p) }
        if full.count > 1 {
            for k in 1..<full.count { bySuffix[full.suffix(k).joined(separator: " "), default: []].append(p) }
        }
    }

    /// Records one more name or alias of the entity at position `p`.
    mutating func addName(_ name: String, at p: Int) {
        let key = name.lowercased()
        if byName[key]?.last != p { byName[key, default: []].append(p) }
    }

    /// The last entity whose name or an alias is `key` when lower-cased.
    func last(named key: String, in entities: [LocalEntity]) -> Int? {
        last(byName[key], in: entities) { e in e.name.lowercased() == key || e.aliases.contains { $0.lowercased() == key } }
    }

    /// The last person whose name's words end with `parts` and are more than them.
    func lastPerson(endingWith parts: [String], in entities: [LocalEntity]) -> Int? {
        guard !parts.isEmpty else {
            // Every person's name ends with no words.
            return entities.indices.last { entities[$0].kind == .person && !WordSplit.words(entities[$0].name, digits: false).isEmpty }
        }
        return last(bySuffix[parts.joined(separator: " ")], in: entities) { e in
            let full = WordSplit.words(e.name, digits: false)
            return e.kind == .person && full.count > parts.count && Array(full.suffix(parts.count)) == parts
        }
    }

    /// The last person whose name is the one word `word`.
    func lastPerson(named word: String, in entities: [LocalEntity]) -> Int? {
        last(byOneWord[word], in: entities) { e in e.kind == .person && WordSplit.words(e.name, digits: false) == [word] }
    }

    /// Whether a person's name has the word `word` (lower-cased, as ``WordSplit`` splits it).
    func anyPerson(withWord word: String, in entities: [LocalEntity]) -> Bool {
        last(byWord[word], in: entities) { e in e.kind == .person && WordSplit.words(e.name, digits: false).contains(word) } != nil
    }

    /// The first entity (in array order) whose name or an alias is `key` when lower-cased and that
    /// passes `test`.
    func first(named key: String, in entities: [LocalEntity], where test: (LocalEntity) -> Bool) -> Int? {
        var best: Int?
        for p in byName[key] ?? [] where p < entities.count && p < (best ?? Int.max) {
            let e = entities[p]
            if test(e), e.name.lowercased() == key || e.aliases.contains(where: { $0.lowercased() == key }) { best = p }
        }
        return best
    }

    private func last(_ candidates: [Int]?, in entities: [LocalEntity], _ test: (LocalEntity) -> Bool) -> Int? {
        var best: Int?
        for p in candidates ?? [] where p < entities.count && p > (best ?? -1) && test(entities[p]) { best = p }
        return best
    }
}
