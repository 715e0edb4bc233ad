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
        let persons = Set(result.entities.filter { $0.kind == .person }.map(\.index))
        guard !persons.isEmpty else { return }
        var byStart = result.mentions.sorted { $0.range.start < $1.range.start }
        var added: [Mention] = []
        for s in facts.doc.sentences where !facts.guarded[s.index] {
            let end = min(s.tokens.upperBound, facts.count)
            var t = s.tokens.lowerBound
            while t < end {
                defer { t += 1 }
                guard facts.isWord(t), facts.key[t] == ChunkReader.the else { continue }
                guard let (head, phraseEnd, named) = phrase(after: t, end: end) else { continue }
                let range = TextRange(facts.tokens[t].range.start, facts.tokens[phraseEnd - 1].range.end)
                if byStart.contains(where: { $0.range.overlaps(range) && persons.contains($0.entity) }) { continue }
                let headWords = words(facts.text(head))
                var candidates: [Int] = []
                for e in result.entities where persons.contains(e.index) {
                    if e.descriptions.contains(where: { d in contains(words(d), headWords) }) { candidates.append(e.index) }
                }
                var target: Int?
                if !candidates.isEmpty {
                    target = nearest(before: range.start, among: Set(candidates), mentions: byStart)
                } else if named {
                    let window = byStart.filter { persons.contains($0.entity) && $0.range.end <= range.start && s.index - $0.sentence <= 1 }
                    if Set(window.map(\.entity)).count == 1 { target = window.first?.entity }
                }
                guard let e = target else { continue }
                let text = facts.text(t..<phraseEnd)
                if !result.entities[e].descriptions.contains(text) { result.entities[e].descriptions.append(text) }
                let m = Mention(range: range, sentence: s.index, form: .description, entity: e)
                added.append(m)
                byStart.append(m)
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

    func nearest(before byte: Int, among: Set<Int>, mentions: [Mention]) -> Int? {
        var best: Mention?
        for m in mentions where among.contains(m.entity) && m.range.end <= byte {
            if best == nil || m.range.start > (best?.range.start ?? 0) { best = m }
        }
        if let b = best { return b.entity }
        return mentions.first { among.contains($0.entity) }?.entity
    }

    func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// `words` has `part` as a contiguous sequence.
    func contains(_ words: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, words.count >= part.count else { return false }
        for i in 0...(words.count - part.count) where Array(words[i..<(i + part.count)]) == part { return true }
        return false
    }
}
