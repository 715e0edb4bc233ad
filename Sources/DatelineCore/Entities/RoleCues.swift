/// Roles written around a name, which make it a person and become its descriptions:
///
/// - before it: `geopolitics expert Paul Harding`, `US hostage envoy Anna Meyer`, `State Department
///   spokesperson Tammy Bruce`;
/// - after it, between commas: `Harding, associate fellow at the Lowy Institute think-tank’s …`;
/// - before it, between commas: `Trump’s Middle East envoy, Mark Ellison,`, `a spokesperson for
///   Hamas’s al-Qassam Brigades, Abu Karim.`;
/// - after `is`: `Sam Adler is a senior fellow at the Brookings Institution`.
///
/// A role is a noun from `quotes-speaker-nouns.tsv`/`entities-roles.tsv`, or a capitalised title.
struct RoleCues {
    let facts: EntityTokens
    let lexicon: EntityLexicon
    let start: Int
    let end: Int

    static let determiners = NameKeySet(["a", "an", "the", "another", "one"].map(NameKey.init))
    static let copulas = NameKeySet(["is", "was", "has been", "remains"].map(NameKey.init))
    static let prepositions = NameKeySet(["for", "of", "at", "to", "on", "in", "with", "from"].map(NameKey.init))

    init(facts: EntityTokens, lexicon: EntityLexicon, sentence: Sentence) {
        self.facts = facts
        self.lexicon = lexicon
        start = sentence.tokens.lowerBound
        end = min(sentence.tokens.upperBound, facts.count)
    }

    func isRole(_ i: Int, titles: Bool) -> Bool {
        guard facts.isWord(i) else { return false }
        if !facts.cap[i] { return lexicon.roles.contains(facts.key[i]) }
        return titles && lexicon.titles.contains(facts.base[i]) && !ChunkReader.honorifics.contains(facts.key[i])
    }

    func isBreak(_ i: Int) -> Bool {
        let t = facts.tokens[i]
        switch t.kind {
        case .punctuation:
            return true
        case .quote:
            // A closing apostrophe glued to a word (`Hamas' political chief`) is not a break.
            return !(i > start && facts.adjacent(i - 1, i) && facts.isWord(i - 1))
        case .symbol:
            return true
        default:
            return false
        }
    }

    /// The descriptions of a name whose tokens are `name` (its title, if any, starting at `outer`).
    func descriptions(outer: Int, name: Range<Int>) -> [String] {
        var out: [String] = []
        if let d = before(outer) { out.append(d) }
        if let d = reverseApposition(outer, after: name.upperBound) { out.append(d) }
        if let d = apposition(after: name.upperBound) { out.append(d) }
        if let d = copular(after: name.upperBound) { out.append(d) }
        return out
    }

    /// `US hostage envoy` right before the name.
    func before(_ lo: Int) -> String? {
        let r = lo - 1
        guard r >= start, isRole(r, titles: false) else { return nil }
        let b = extendLeft(from: r, determiner: false)
        return facts.text(b..<lo)
    }

    /// From a role noun, left over its modifiers: other roles, capitalised words, hyphen compounds,
    /// possessives and a few lower-case words; not over function words, verbs or punctuation.
    func extendLeft(from r: Int, determiner: Bool) -> Int {
        var b = r
        var free = 0
        while b - 1 >= start {
            let t = b - 1
            if facts.isInnerHyphen(t) { b = t; continue }
            if isBreak(t) { break }
            guard facts.isWord(t) else { break }
            let k = facts.key[t]
            if facts.cap[t] {
                if facts.initial[t], lexicon.functionWords.contains(k) { break }
                if lexicon.functionWords.contains(k) && !lexicon.titles.contains(k) { break }
                b = t
                continue
            }
            if lexicon.roles.contains(k) { b = t; continue }
            if k == NameRuns.and, t - 1 >= start, isRole(t - 1, titles: false) { b = t; continue }
            if RoleCues.determiners.contains(k) {
                if determiner { b = t }
                break
            }
            if lexicon.functionWords.contains(k) || lexicon.speechVerbs.contains(k) || lexicon.connectors.contains(k) || RoleCues.prepositions.contains(k) { break }
            let w = facts.text(t..<(t + 1))
            if w.hasSuffix("ing") || w.hasSuffix("ed") && !(t > start && facts.isInnerHyphen(t - 1)) { break }
            guard free < 4 else { break }
            free += 1
            b = t
        }
        return b
    }

    /// `, associate fellow at …,` after the name.
    func apposition(after hi: Int) -> String? {
        guard hi + 1 < end, facts.punct(hi, 0x2C) else { return nil }
        let a = hi + 1
        guard facts.isWord(a) else { return nil }
        let k = facts.key[a]
        if facts.cap[a] {
            guard lexicon.titles.contains(facts.base[a]) || RoleCues.determiners.contains(k) else { return nil }
        } else if lexicon.functionWords.contains(k) && !RoleCues.determiners.contains(k) {
            return nil
        }
        var e = a
        while e < end, !isBreak(e), !(facts.isWord(e) && !facts.cap[e] && lexicon.speechVerbs.contains(facts.key[e])) { e += 1 }
        guard e > a, e - a <= 24 else { return nil }
        // `Congresswoman Susan Brooks, Secretary of State Connie Lawson`: another titled person, not a role.
        if facts.cap[a], lexicon.titles.contains(facts.base[a]) {
            var t = a
            while t < e, facts.isWord(t), lexicon.titles.contains(facts.base[t]) || (!facts.cap[t] && lexicon.connectors.contains(facts.key[t])) || lexicon.gazetteer.startsName(facts.key[t]) { t += 1 }
            if t < e, facts.isWord(t), facts.cap[t] { return nil }
        }
        guard (a..<min(e, a + 7)).contains(where: { isRole($0, titles: true) }) else { return nil }
        return facts.text(a..<e)
    }

    /// `Trump’s Middle East envoy, ` or `a spokesperson for Hamas’s al-Qassam Brigades, ` before the name.
    func reverseApposition(_ lo: Int, after hi: Int) -> String? {
        guard lo - 2 >= start, facts.punct(lo - 1, 0x2C) else { return nil }
        guard hi >= end || facts.punct(hi, 0x2C) || facts.punct(hi, 0x2E) || isBreak(hi) else { return nil }
        let comma = lo - 1
        // The role noun nearest the comma, with only a prepositional phrase after it.
        var r = comma - 1
        var sawPreposition = false
        while r >= start, comma - r <= 10 {
            if isBreak(r) { return nil }
            if isRole(r, titles: true) {
                if r == comma - 1 || sawPreposition { break }
            }
            if facts.isWord(r), !facts.cap[r], RoleCues.prepositions.contains(facts.key[r]) { sawPreposition = true }
            r -= 1
        }
        guard r >= start, comma - r <= 10, isRole(r, titles: true) else { return nil }
        if r < comma - 1 {
            // What follows the role must start with a preposition (`for Hamas’s …`, `on the Middle East`).
            guard facts.isWord(r + 1), RoleCues.prepositions.contains(facts.key[r + 1]) else { return nil }
        }
        let b = extendLeft(from: r, determiner: true)
        return facts.text(b..<comma)
    }

    /// `is the Ziegler Distinguished Fellow at The Washington Institute`.
    func copular(after hi: Int) -> String? {
        guard hi + 2 < end, facts.isWord(hi), RoleCues.copulas.contains(facts.key[hi]) else { return nil }
        var a = hi + 1
        guard RoleCues.determiners.contains(facts.key[a]) else { return nil }
        if facts.key[a] == ChunkReader.the { a += 1 }
        var e = a
        while e < end, !isBreak(e) { e += 1 }
        guard e > a, e - a <= 16, (a..<min(e, a + 6)).contains(where: { isRole($0, titles: true) }) else { return nil }
        return facts.text(a..<e)
    }
}
