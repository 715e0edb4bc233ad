/// Countries, places and organisations known by name (`gazetteer-*.tsv`), matched on token keys.
///
/// Each name is tokenized like a document once at load time; a match is a run of tokens with the same
/// keys, starting at a capitalised word. Cost per lookup: one dictionary probe by the first token's key,
/// then a comparison of the few entries that start with it, longest first.
final class Gazetteer: Sendable {
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

    /// One surface form: where its token keys are in the key pool, and which of them the table
    /// writes capitalised (bit k for token k; the text must be capitalised there too).
    struct Surface: Sendable {
        var keyStart: Int32
        var keyCount: Int32
        var capitalised: UInt32
        var allCaps: Bool
        var entryIndex: Int32
        var form: Form
        /// The entry it names (an index into ``Gazetteer/entries``).
        var entry: Int { Int(entryIndex) }
    }

    let entries: [Entry]
    /// Every surface's token keys, one after the other.
    private let keyPool: [NameKey]
    /// Surfaces grouped by their first token's key, longest first in each group.
    private let surfaces: [Surface]
    /// First key → (start, count) in `surfaces`, packed as start << 16 | count.
    private let groups: NameKeyMap
    private let indexByName: [String: Int]
    /// Key of the last word of each entry's name (`strip` for `Gaza Strip`).
    let lastWord: [NameKey]
    /// Whether each entry's name has more than one word.
    let multiWord: [Bool]
    /// What an organisation's name may be shortened to (empty for other entries).
    let initials: [[String]]

    /// Index of an entry by canonical name.
    func entry(named name: String) -> Int? { indexByName[name.lowercased()] }

    /// Whether some name starts with this word.
    func startsName(_ k: NameKey) -> Bool { groups[k] != nil }

    init(countries: Lexicon, places: Lexicon, organizations: Lexicon, tokenizer: Tokenizer) {
        var entries: [Entry] = []
        var indexByName: [String: Int] = [:]
        var keyPool: [NameKey] = []
        var surfaces: [Surface] = []
        var groups = NameKeyMap(capacity: 4096)
        func add(_ e: Entry) -> Int {
            let key = e.name.lowercased()
            // A capital that is also listed as a place of its own is one entry (Jerusalem, Doha …).
            if let existing = indexByName[key], entries[existing].kind == e.kind, e.kind == .place { return existing }
            entries.append(e)
            let i = entries.count - 1
            if indexByName[key] == nil { indexByName[key] = i }
            return i
        }
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
                for d in split(row.count > 4 ? row[4] : nil) { pending.append((d, i, .demonym)) }
            }
        }
        // `FBI` is also written `F.B.I.` (the New York Times' style).
        for (text, entry, form) in pending where (2...6).contains(text.utf8.count) && text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
            pending.append((text.map { "\($0)." }.joined(), entry, form))
        }
        var byFirst: [UInt64: [(keys: [NameKey], caps: UInt32, allCaps: Bool, entry: Int, form: Form)]] = [:]
        var firstSeen: [UInt64] = []
        for (text, entry, form) in pending {
            let bytes = Array(text.utf8)
            let tokens = tokenizer.tokenize(bytes)
            guard !tokens.isEmpty, tokens.count <= 32 else { continue }
            let keys = tokens.map { NameKey(bytes, $0.range.start..<$0.range.end) }
            var caps: UInt32 = 0
            for (k, t) in tokens.enumerated() where t.isCapitalized || t.isAllCaps { caps |= 1 << UInt32(k) }
            let allCaps = tokens.count == 1 && tokens[0].isAllCaps && !text.contains(".")
            if byFirst[keys[0].raw] == nil { firstSeen.append(keys[0].raw) }
            byFirst[keys[0].raw, default: []].append((keys, caps, allCaps, entry, form))
        }
        for first in firstSeen {
            guard var list = byFirst[first] else { continue }
            list.sort { $0.keys.count > $1.keys.count }
            groups[NameKey(raw: first)] = surfaces.count << 16 | list.count
            for s in list {
                surfaces.append(Surface(keyStart: Int32(keyPool.count), keyCount: Int32(s.keys.count), capitalised: s.caps,
                                        allCaps: s.allCaps, entryIndex: Int32(s.entry), form: s.form))
                keyPool += s.keys
            }
        }
        self.entries = entries
        self.indexByName = indexByName
        self.keyPool = keyPool
        self.surfaces = surfaces
        self.groups = groups
        lastWord = entries.map { NameKey($0.name.split(separator: " ").last.map(String.init) ?? $0.name) }
        multiWord = entries.map { $0.name.utf8.contains(0x20) }
        initials = entries.map { $0.kind == .organization ? Coreference.initials(of: $0.name) : [] }
    }

    /// The countries named in a run of word keys (names, aliases, demonyms; capitals not counted),
    /// case aside: `U.S. President` → United States.
    func countries(in keys: [NameKey]) -> Set<Int> {
        var out = Set<Int>()
        var t = 0
        while t < keys.count {
            var advanced = false
            if let g = groups[keys[t]] {
                for n in (g >> 16)..<((g >> 16) + (g & 0xFFFF)) {
                    let s = surfaces[n]
                    let len = Int(s.keyCount)
                    guard s.form != .capital, t + len <= keys.count, entries[s.entry].kind == .country else { continue }
                    if (0..<len).allSatisfy({ keyPool[Int(s.keyStart) + $0] == keys[t + $0] }) {
                        out.insert(s.entry)
                        t += len
                        advanced = true
                        break
                    }
                }
            }
            if !advanced { t += 1 }
        }
        return out
    }

    /// The longest surface form starting at token `t`, if any.
    ///
    /// - Parameter limit: one past the last token that may be part of the match.
    func match(at t: Int, in facts: EntityTokens, limit: Int) -> (surface: Surface, end: Int)? {
        guard t < limit, facts.isWord(t) || facts.tokens[t].kind == .number else { return nil }
        if let g = groups[facts.key[t]], let m = match(at: t, in: facts, limit: limit, group: g) { return m }
        // `America’s`: a one-word name with a possessive.
        if facts.possessive[t], let g = groups[facts.base[t]] {
            return match(at: t, in: facts, limit: min(limit, t + 1), group: g)
        }
        return nil
    }

    private func match(at t: Int, in facts: EntityTokens, limit: Int, group: Int) -> (surface: Surface, end: Int)? {
        let start = group >> 16
        let count = group & 0xFFFF
        let tokens = facts.tokens
        for n in start..<(start + count) {
            let s = surfaces[n]
            let length = Int(s.keyCount)
            let end = t + length
            guard end <= limit else { continue }
            if s.allCaps && !tokens[t].isAllCaps && !(facts.possessive[t] && facts.isAllCapsBase(t)) { continue }
            if s.capitalised & 1 != 0 && !facts.cap[t] { continue }
            let base = Int(s.keyStart)
            var ok = length > 1 || facts.key[t] == keyPool[base] || facts.base[t] == keyPool[base]
            var k = 1
            while k < length {
                let i = t + k
                let want = keyPool[base + k]
                let same = facts.key[i] == want || (k == length - 1 && facts.base[i] == want)
                if !same || (s.capitalised & (1 << UInt32(k)) != 0 && !facts.cap[i] && tokens[i].kind == .word) { ok = false; break }
                k += 1
            }
            if ok { return (s, end) }
        }
        return nil
    }
}
