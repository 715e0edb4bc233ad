/// Countries, places and organisations known by name (`gazetteer-*.tsv`), matched on token keys.
///
/// Each name is tokenized like a document once at load time; a match is a run of tokens with the same
/// keys, starting at a capitalised word. Cost per lookup: one dictionary probe by the first token's key,
/// then a comparison of the few entries that start with it, longest first.
struct Gazetteer: Sendable {
    /// One real-world thing the gazetteer knows.
    struct Entry: Sendable {
        var name: String
        var kind: ActorKind
        /// For a place or organisation: the country it belongs to (an index into ``entries``).
        var country: Int?
        /// For a capital city: the country it is the capital of.
        var capitalOf: Int?
    }

    /// How a surface form names its entry.
    enum Form: UInt8, Sendable {
        case name, alias, demonym, demonymPlural, capital
    }

    /// One surface form: its token keys and which of them the table writes capitalised.
    struct Surface: Sendable {
        var keys: [NameKey]
        /// Per token: the table writes it with a capital (the text must too), or in capitals only.
        var capitalised: [Bool]
        var allCaps: Bool
        var entry: Int
        var form: Form
        var text: String
    }

    private(set) var entries: [Entry] = []
    /// Surfaces by the key of their first token, longest first.
    private(set) var byFirst: [NameKey: [Surface]] = [:]
    private var indexByName: [String: Int] = [:]

    /// Index of an entry by canonical name.
    func entry(named name: String) -> Int? { indexByName[name.lowercased()] }

    init(countries: Lexicon, places: Lexicon, organizations: Lexicon, tokenizer: Tokenizer) {
        func split(_ cell: String?) -> [String] {
            guard let cell, !cell.isEmpty else { return [] }
            return cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var pending: [(String, Int, Form)] = []
        for row in countries.rows where !row.isEmpty {
            let i = add(Entry(name: row[0], kind: .country))
            pending.append((row[0], i, .name))
            for a in split(row.count > 1 ? row[1] : nil) { pending.append((a, i, .alias)) }
            for d in split(row.count > 2 ? row[2] : nil) { pending.append((d, i, .demonym)) }
            for d in split(row.count > 3 ? row[3] : nil) { pending.append((d, i, .demonymPlural)) }
            for c in split(row.count > 4 ? row[4] : nil) {
                let city = add(Entry(name: c, kind: .place, country: i, capitalOf: i))
                pending.append((c, city, .capital))
            }
        }
        for (lexicon, defaultKind) in [(places, ActorKind.place), (organizations, ActorKind.organization)] {
            for row in lexicon.rows where !row.isEmpty {
                let kind: ActorKind = row.count > 2 && row[2] == "group" ? .group : defaultKind
                let country = row.count > 3 && !row[3].isEmpty ? indexByName[row[3].lowercased()] : nil
                let i = add(Entry(name: row[0], kind: kind, country: country))
                pending.append((row[0], i, .name))
                for a in split(row.count > 1 ? row[1] : nil) { pending.append((a, i, .alias)) }
            }
        }
        for (text, entry, form) in pending {
            let bytes = Array(text.utf8)
            let tokens = tokenizer.tokenize(bytes)
            guard !tokens.isEmpty else { continue }
            let keys = tokens.map { NameKey(bytes, $0.range.start..<$0.range.end) }
            let caps = tokens.map { $0.isCapitalized || $0.isAllCaps }
            let allCaps = tokens.count == 1 && tokens[0].isAllCaps && !text.contains(".")
            byFirst[keys[0], default: []].append(Surface(keys: keys, capitalised: caps, allCaps: allCaps, entry: entry, form: form, text: text))
        }
        for k in byFirst.keys { byFirst[k]?.sort { $0.keys.count > $1.keys.count } }
    }

    private mutating func add(_ e: Entry) -> Int {
        let key = e.name.lowercased()
        // A capital that is also listed as a place of its own is one entry (Jerusalem, Doha …).
        if let existing = indexByName[key], entries[existing].kind == e.kind, e.kind == .place { return existing }
        entries.append(e)
        let i = entries.count - 1
        if indexByName[key] == nil { indexByName[key] = i }
        return i
    }

    /// The longest surface form starting at token `t`, if any.
    ///
    /// - Parameter limit: one past the last token that may be part of the match.
    func match(at t: Int, in facts: EntityTokens, limit: Int) -> (surface: Surface, end: Int)? {
        guard t < limit else { return nil }
        if let m = match(at: t, in: facts, limit: limit, options: byFirst[facts.key[t]]) { return m }
        // `America’s`: a one-word name with a possessive.
        if facts.possessive[t], let options = byFirst[facts.base[t]] {
            return match(at: t, in: facts, limit: min(limit, t + 1), options: options)
        }
        return nil
    }

    private func match(at t: Int, in facts: EntityTokens, limit: Int, options: [Surface]?) -> (surface: Surface, end: Int)? {
        guard let options else { return nil }
        let tokens = facts.tokens
        for s in options {
            let end = t + s.keys.count
            guard end <= limit else { continue }
            if s.allCaps && !tokens[t].isAllCaps { continue }
            if s.capitalised[0] && !facts.cap[t] { continue }
            var ok = s.keys.count > 1 || facts.key[t] == s.keys[0] || facts.base[t] == s.keys[0]
            var k = 1
            while k < s.keys.count {
                let i = t + k
                let same = facts.key[i] == s.keys[k] || (k == s.keys.count - 1 && facts.base[i] == s.keys[k])
                if !same || (s.capitalised[k] && !facts.cap[i] && tokens[i].kind == .word) { ok = false; break }
                k += 1
            }
            if ok { return (s, end) }
        }
        return nil
    }
}
