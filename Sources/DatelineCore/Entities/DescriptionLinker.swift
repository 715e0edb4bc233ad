/// Links definite role phrases to the person they describe (in-document coreference of descriptions).
///
/// `the president`, `the US president`, `the prime minister`, `the analyst`: the person whose
/// descriptions have that role word, the nearest one mentioned before (`the analyst` after `Palestinian
/// analyst Saeed Ziad`). `The King’s College London academic` (a role no description has, with a name
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
        var added: [Mention] = []
        var nextThe = 0
        for s in facts.doc.sentences where !facts.guarded[s.index] {
            let end = min(s.tokens.upperBound, facts.count)
            while nextThe < facts.theTokens.count, facts.theTokens[nextThe] < s.tokens.lowerBound { nextThe += 1 }
            while nextThe < facts.theTokens.count, facts.theTokens[nextThe] < end {
                let t = facts.theTokens[nextThe]
                nextThe += 1
                guard let (head, phraseEnd, named) = phrase(after: t, end: end) else { continue }
                let range = TextRange(facts.tokens[t].range.start, facts.tokens[phraseEnd - 1].range.end)
                if overlapsPerson(range, sorted, persons) || added.contains(where: { $0.range.overlaps(range) }) { continue }
                if described.isEmpty {
                    for e in result.entities {
                        var keys: [NameKey] = []
                        if e.kind == .person { for d in e.descriptions { DescriptionLinker.appendWords(of: d, to: &keys) } }
                        described.append(keys)
                    }
                }
                var candidates: [Int] = []
                for e in result.entities where persons[e.index] {
                    if head.allSatisfy({ described[e.index].contains(facts.key[$0]) }) { candidates.append(e.index) }
                }
                var target: Int?
                if !candidates.isEmpty {
                    target = nearest(before: range.start, among: Set(candidates), mentions: sorted, added: added)
                } else if named {
                    let lo = firstIndex(atOrAfter: facts.doc.sentences[max(0, s.index - 1)].range.start, sorted)
                    let window = sorted[lo...].prefix { $0.range.start < range.start }
                        .filter { persons[$0.entity] && $0.range.end <= range.start } + added.filter { s.index - $0.sentence <= 1 }
                    if Set(window.map(\.entity)).count == 1 { target = window.first?.entity }
                }
                guard let e = target else { continue }
                let text = facts.text(t..<phraseEnd)
                if !result.entities[e].descriptions.contains(text) { result.entities[e].descriptions.append(text) }
                let m = Mention(range: range, sentence: s.index, form: .description, entity: e)
                added.append(m)
            }
        }
        result.mentions += added
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
                return (i..<headEnd, headEnd, named)
            }
            if !facts.cap[i], lexicon.titles.contains(k), i + 1 < end, facts.isWord(i + 1), !facts.cap[i + 1], lexicon.roles.contains(facts.key[i + 1]) {
                i += 1
                modifiers += 1
                continue
            }
            if facts.cap[i] {
                if lexicon.functionWords.contains(k) { return nil }
                named = named || lexicon.gazetteer.match(at: i, in: facts, limit: end) == nil
            } else if lexicon.functionWords.contains(k) || lexicon.speechVerbs.contains(k) || lexicon.connectors.contains(k) {
                return nil
            }
            modifiers += 1
            i += 1
        }
        return nil
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
    func nearest(before byte: Int, among: Set<Int>, mentions: [Mention], added: [Mention]) -> Int? {
        var best: Mention?
        var i = firstIndex(atOrAfter: byte, mentions) - 1
        while i >= 0 {
            if among.contains(mentions[i].entity), mentions[i].range.end <= byte { best = mentions[i]; break }
            i -= 1
        }
        for m in added where among.contains(m.entity) && m.range.end <= byte && m.range.start > (best?.range.start ?? -1) { best = m }
        if let b = best { return b.entity }
        return mentions.first { among.contains($0.entity) }?.entity
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
