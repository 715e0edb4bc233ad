/// Links definite role phrases to the person they describe (in-document coreference of descriptions).
///
/// `the president`, `the US president`, `the prime minister`, `the analyst`: the person whose
/// descriptions have that role word, the nearest one mentioned before (`the analyst` after `Palestinian
/// analyst Karim Haddad`). `The University College London academic` (a role no description has, with a name
/// in it): the one person mentioned in the two sentences before. A phrase nobody fits is left alone
/// (`the official` after an unnamed official). Each link is a `description` mention, and the phrase is
/// added to the person's descriptions.
struct DescriptionLinker {
    let facts: EntityTokens
    let lexicon: EntityLexicon

    func link(_ result: inout DocumentEntities) {
        let persons = result.entities.map { $0.kind == .person }
        guard persons.contains(true) else { return }
        let sorted = result.mentions.sorted { $0.range.start < $1.range.start }
        // Each person's description words, as keys (made when the first role phrase is met).
        var described: [[NameKey]] = []
        var countriesOf: [Set<Int>] = []
        // Linked phrases, in text order: each starts after the previous one ends (an overlapping one is
        // skipped), so they are sorted by start, end and sentence alike.
        var added = AddedMentions()
        // Each entity's mentions, as positions in `sorted`.
        var positions: [Int: [Int]] = [:]
        for (p, m) in sorted.enumerated() { positions[m.entity, default: []].append(p) }
        var nextThe = 0
        for s in facts.doc.sentences where !facts.guarded[s.index] {
            let end = min(s.tokens.upperBound, facts.count)
            while nextThe < facts.theTokens.count, facts.theTokens[nextThe] < s.tokens.lowerBound { nextThe += 1 }
            while nextThe < facts.theTokens.count, facts.theTokens[nextThe] < end {
                let t = facts.theTokens[nextThe]
                nextThe += 1
                guard let (head, phraseEnd, named) = phrase(after: t, end: end) else { continue }
                let range = TextRange(facts.tokens[t].range.start, facts.tokens[phraseEnd - 1].range.end)
                if overlapsPerson(range, sorted, persons) || added.overlaps(range) { continue }
                if described.isEmpty {
                    for e in result.entities {
                        var keys: [NameKey] = []
                        var countries = Set<Int>()
                        if e.kind == .person {
                            for d in e.descriptions {
                                DescriptionLinker.appendWords(of: d, to: &keys)
                                countries.formUnion(countriesNamed(in: d))
                            }
                        }
                        described.append(keys)
                        countriesOf.append(countries)
                    }
                }
                // `the Mexican president` is not a president of another country.
                let phraseCountries = countriesNamed(in: facts.text(t..<phraseEnd))
                var candidates: [Int] = []
                for e in result.entities where persons[e.index] {
                    guard head.allSatisfy({ described[e.index].contains(facts.key[$0]) }) else { continue }
                    if !phraseCountries.isEmpty, !countriesOf[e.index].isEmpty, countriesOf[e.index].isDisjoint(with: phraseCountries) { continue }
                    if !phraseCountries.isEmpty, countriesOf[e.index].isEmpty { continue }
                    candidates.append(e.index)
                }
                var target: Int?
                if !candidates.isEmpty {
                    target = nearest(before: range.start, among: candidates, mentions: sorted, positions: positions, added: added)
                } else if named {
                    let lo = firstIndex(atOrAfter: facts.doc.sentences[max(0, s.index - 1)].range.start, sorted)
                    let window = sorted[lo...].prefix { $0.range.start < range.start }
                        .filter { persons[$0.entity] && $0.range.end <= range.start } + added.since(sentence: s.index - 1)
                    if Set(window.map(\.entity)).count == 1 { target = window.first?.entity }
                }
                guard let e = target else { continue }
                let text = facts.text(t..<phraseEnd)
                if !result.entities[e].descriptions.contains(text) { result.entities[e].descriptions.append(text) }
                let m = Mention(range: range, sentence: s.index, form: .description, entity: e)
                added.append(m)
            }
        }
        result.mentions += added.list
    }

    /// The mentions the linker adds, in text order, with what the lookups need kept up to date.
    struct AddedMentions {
        private(set) var list: [Mention] = []
        private var maxEnd = Int.min
        /// Each entity's last added mention.
        private(set) var last: [Int: Mention] = [:]

        mutating func append(_ m: Mention) {
            list.append(m)
            maxEnd = max(maxEnd, m.range.end)
            last[m.entity] = m
        }

        /// Whether an added mention overlaps `r`, which starts after every added mention starts.
        func overlaps(_ r: TextRange) -> Bool { maxEnd > r.start }

        /// The added mentions of sentence `s` and later, in order.
        func since(sentence s: Int) -> ArraySlice<Mention> {
            var i = list.count
            while i > 0, list[i - 1].sentence >= s { i -= 1 }
            return list[i...]
        }
    }

    /// After `the`: up to four modifiers (capitalised words, possessives, lower-case adjectives) and a
    /// role noun or title not followed by a name. Returns the head's tokens, the phrase's end and whether
    /// a capitalised name is inside.
    func phrase(after the: Int, end: Int) -> (Range<Int>, Int, Bool)? {
        var i = the + 1
        var named = false
        var modifiers = 0
        while i < end, modifiers <= 4 {
            guard facts.isWord(i) || facts.isInnerHyphen(i) else { return nil }
            if facts.isInnerHyphen(i) { i += 1; continue }
            let k = facts.key[i]
            if !facts.cap[i], lexicon.roles.contains(k) || (lexicon.titles.contains(k) && lexicon.roles.contains(k)) {
                var headEnd = i + 1
                // `the prime minister`
                if i + 1 < end, facts.isWord(i + 1), !facts.cap[i + 1], lexicon.roles.contains(facts.key[i + 1]), lexicon.titles.contains(k) {
                    headEnd = i + 2
                }
                if headEnd < end, facts.isWord(headEnd), facts.cap[headEnd] { return nil }
                if headEnd < end, facts.isWord(headEnd), !facts.cap[headEnd], lexicon.roles.contains(facts.key[headEnd]) { return nil }
                // `the journalists`: a plural role is not one person.
                if isPlural(headEnd - 1) { return nil }
                return (i..<headEnd, headEnd, named)
            }
            if !facts.cap[i], lexicon.titles.contains(k), i + 1 < end, facts.isWord(i + 1), !facts.cap[i + 1], lexicon.roles.contains(facts.key[i + 1]) {
                i += 1
                modifiers += 1
                continue
            }
            if facts.cap[i] {
                if lexicon.functionWords.contains(k) { return nil }
                if let m = lexicon.gazetteer.match(at: i, in: facts, limit: end) {
                    // `the New York attorney general`: a known place, not a name of its own.
                    modifiers += 1
                    i = m.end
                    continue
                }
                named = true
            } else if lexicon.functionWords.contains(k) || lexicon.speechVerbs.contains(k) || lexicon.connectors.contains(k) {
                return nil
            }
            modifiers += 1
            i += 1
        }
        return nil
    }

    /// Countries a short text names (`U.S. President` → United States).
    func countriesNamed(in text: String) -> Set<Int> {
        let bytes = Array(text.utf8)
        let keys = lexicon.tokenizer.tokenize(bytes).map { NameKey(bytes, $0.range.start..<$0.range.end) }
        return lexicon.gazetteer.countries(in: keys)
    }

    /// A role noun whose singular is also a role (`journalists`, `officials`).
    func isPlural(_ t: Int) -> Bool {
        let r = facts.tokens[t].range
        guard r.length > 3, facts.bytes[r.end - 1] == 0x73 else { return false }
        return lexicon.roles.contains(NameKey(facts.bytes, r.start..<(r.end - 1)))
    }

    /// Index of the first mention starting at or after `byte` (mentions sorted by start).
    func firstIndex(atOrAfter byte: Int, _ mentions: [Mention]) -> Int {
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.start < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func overlapsPerson(_ r: TextRange, _ mentions: [Mention], _ persons: [Bool]) -> Bool {
        var i = firstIndex(atOrAfter: r.start, mentions)
        // A mention starting a little before may reach into the phrase.
        var j = i - 1
        while j >= 0, r.start - mentions[j].range.start < 200 {
            if mentions[j].range.overlaps(r) && persons[mentions[j].entity] { return true }
            j -= 1
        }
        while i < mentions.count, mentions[i].range.start < r.end {
            if persons[mentions[i].entity] { return true }
            i += 1
        }
        return false
    }

    /// The entity among `among` mentioned last before `byte`, else the first one mentioned.
    ///
    /// Reads each candidate's own mentions (`positions`: indices into `mentions`, sorted by start)
    /// rather than every mention before `byte`; `added` all end by `byte`.
    func nearest(before byte: Int, among: [Int], mentions: [Mention], positions: [Int: [Int]], added: AddedMentions) -> Int? {
        // The last mention starting before `byte` that ends by it, of any candidate: the one a backward
        // scan of `mentions` from `byte` meets first.
        let limit = firstIndex(atOrAfter: byte, mentions)
        var bestPosition: Int?
        for e in among {
            guard let list = positions[e] else { continue }
            var lo = 0
            var hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if list[mid] < limit { lo = mid + 1 } else { hi = mid }
            }
            var k = lo - 1
            while k >= 0, k < list.count, list[k] > (bestPosition ?? -1) {
                if mentions[list[k]].range.end <= byte {
                    bestPosition = list[k]
                    break
                }
                k -= 1
            }
        }
        var best = bestPosition.map { mentions[$0] }
        // The latest added one of a candidate, when it starts later.
        for e in among {
            if let m = added.last[e], m.range.end <= byte, m.range.start > (best?.range.start ?? -1) { best = m }
        }
        if let b = best { return b.entity }
        var first: Int?
        for e in among { if let p = positions[e]?.first, p < (first ?? Int.max) { first = p } }
        return first.map { mentions[$0].entity }
    }

    /// Appends the key of every run of letters in `s` (ASCII and multi-byte letters alike).
    static func appendWords(of s: String, to keys: inout [NameKey]) {
        let b = Array(s.utf8)
        var start = -1
        for i in 0...b.count {
            let letter = i < b.count && ((b[i] >= 0x41 && b[i] <= 0x5A) || (b[i] >= 0x61 && b[i] <= 0x7A) || b[i] >= 0xC0 || (b[i] >= 0x80 && start >= 0))
            if letter {
                if start < 0 { start = i }
            } else if start >= 0 {
                keys.append(NameKey(b, start..<i))
                start = -1
            }
        }
    }
}
