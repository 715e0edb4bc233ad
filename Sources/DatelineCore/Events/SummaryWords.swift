/// The words of a trigger's own noun phrase that a summary reuses: what a noun trigger is called in
/// the text (`ceasefire’s first phase`, `decision to withhold aid deliveries`), what received a passive
/// act when nobody is named (`four hostages were released`), and groups of a country's people that
/// are not the country (`the release of US hostages`).
///
/// Cost: a scan of at most a dozen tokens around the trigger.
extension ParticipantFinder {
    /// A noun trigger as written, without its determiner or a named possessor: up to three modifiers
    /// before it (a possessive word that names nobody ends them: `ceasefire’s first phase`), and an
    /// `of`/`to` complement that names nobody (`first phase of the agreement`, `decision to withhold aid
    /// deliveries`).
    func nominal(_ trigger: Range<Int>, s0: Int, s1: Int) -> String {
        let a = trigger.lowerBound
        let b = trigger.upperBound
        var lo = a
        var p = a - 1
        var modifiers = 0
        while p >= s0 && modifiers < 3 {
            if v.mentionAt[p] >= 0 || v.timexAt[p] >= 0 { break }
            if v.isHyphen(p), p - 1 >= s0, v.isWord(p - 1), v.mentionAt[p - 1] < 0 {
                p -= 1
                continue
            }
            guard v.isWord(p), !v.doc.tokens[p].isCapitalized else { break }
            if v.possessive[p] {
                lo = p
                break
            }
            if !v.has(p, ordinal) {
                if v.has(p, [.determiner, .preposition, .clause, .be, .have, .modal, .light, .skip, .nonspecific]) { break }
                if v.hash[p] == EventTokens.and || v.hash[p] == EventTokens.or { break }
                // A participle is a modifier after an article (`the devastating raid`), else a verb (`for using threats`).
                if v.ed[p] || v.ing[p] || v.has(p, .past) {
                    guard p - 1 >= s0, v.isWord(p - 1), v.has(p - 1, .determiner) || v.possessive[p - 1] else { break }
                }
            }
            lo = p
            modifiers += 1
            p -= 1
        }
        // `- border attack`: a hyphen left over at the start belongs to a word not taken.
        while lo < a, !v.isWord(lo) { lo += 1 }
        var hi = b
        if b < s1, v.isWord(b), v.hash[b] == EventTokens.of || v.hash[b] == EventTokens.to {
            var e = b + 1
            var words = 0
            var named = false
            while e < s1 && words < 5 {
                if v.mentionAt[e] >= 0 {
                    named = true
                    break
                }
                if v.timexAt[e] >= 0 || v.isHardBoundary(e) || v.isComma(e) { break }
                let tok = v.doc.tokens[e]
                if tok.kind == .word {
                    if v.has(e, [.clause, .be, .have, .modal]) { break }
                    if words > 0 && (v.has(e, .preposition) || (v.ed[e] && !EventTokens.articles.contains(v.hash[e - 1]))) { break }
                } else if tok.kind != .number && !v.isHyphen(e) {
                    break
                }
                e += 1
                words += 1
            }
            // Never end on an article (`of the`).
            while e > b + 1, v.isWord(e - 1), EventTokens.articles.contains(v.hash[e - 1]) || v.has(e - 1, .preposition) { e -= 1 }
            if !named && e > b + 1 { hi = e }
        }
        // A trigger is never a name: `Attacks` in a title-case headline is `attacks`.
        var words = v.text(lo..<hi)
        if lo == a, v.doc.tokens[a].isCapitalized, !v.doc.tokens[a].isAllCaps { words = words.prefix(1).lowercased() + words.dropFirst() }
        return words
    }

    /// What the object is called (`a foreign terrorist organization` in `classified Hamas as a foreign
    /// terrorist organization in 1997`, `was designated a terrorist group by X`): an article, then up to
    /// six words to a comma, a clause word, a date or a preposition other than `of`.
    func complement(after start: Int, s1: Int) -> String? {
        var j = start
        if j < s1, v.isWord(j), v.hash[j] == EventTokens.as { j += 1 }
        guard j < s1, v.isWord(j), EventTokens.articles.contains(v.hash[j]) else { return nil }
        var e = j + 1
        while e < s1, e - j < 7 {
            if v.isHardBoundary(e) || v.isComma(e) || v.timexAt[e] >= 0 { break }
            if v.isWord(e), v.mentionAt[e] < 0, v.has(e, [.clause, .be, .have, .modal]) || (v.has(e, .preposition) && v.hash[e] != EventTokens.of) { break }
            e += 1
        }
        guard e > j + 1 else { return nil }
        return lowerFirstArticle(j..<e)
    }

    /// The unnamed subject of a passive verb, as written (`four hostages` in `…, and four hostages were
    /// released`; `Five Thai nationals` in `Five Thai nationals held hostage in Gaza were freed`): the
    /// noun phrase opening the clause, up to its first participle or preposition, ending in a group word.
    func passiveSubject(before a: Int, s0: Int) -> (text: String, group: Bool)? {
        // The clause starts after a comma, a hard boundary or a clause word (and an `and` after it).
        var start = a - 1
        var k = 0
        while start - 1 >= s0, k < 16 {
            let t = start - 1
            if v.isComma(t) || v.isHardBoundary(t) { break }
            if v.isWord(t), v.mentionAt[t] < 0, v.has(t, .clause) { break }
            start = t
            k += 1
        }
        while start < a, v.isWord(start), v.hash[start] == EventTokens.and || v.hash[start] == EventTokens.or { start += 1 }
        var end = start
        while end < a, end - start < 5 {
            let tok = v.doc.tokens[end]
            if v.mentionAt[end] >= 0 {
                // A name inside the phrase only as a modifier (`Five Thai nationals`).
                let r = v.mentionTokens(end)
                guard r.upperBound < a, v.isWord(r.upperBound), v.mentionAt[r.upperBound] < 0, !v.doc.tokens[r.upperBound].isCapitalized else { return nil }
                end = r.upperBound
                continue
            }
            guard tok.kind == .word || tok.kind == .number || v.isHyphen(end) else { break }
            if tok.kind == .word {
                if v.has(end, [.preposition, .clause, .be, .have, .modal, .skip]) { break }
                if end > start, v.ed[end] || v.ing[end] || v.has(end, .past) { break }
            }
            end += 1
        }
        let last = end - 1
        // A group word (`four hostages`), or a noun phrase of two words or more (`this controversial
        // proposal`; a lone `they` or `it` is no phrase).
        guard last >= start, v.isWord(last), v.mentionAt[last] < 0, !v.doc.tokens[last].isCapitalized else { return nil }
        let group = v.has(last, .group) || v.has(last, captives)
        guard group || end - start >= 2, let text = lowerFirstArticle(start..<end) else { return nil }
        return (text, group)
    }

    /// The noun a reduced relative hangs on (`the accord` in `the accord brokered by X`): up to three
    /// lower-case words before the participle, with their article.
    func nounBefore(_ a: Int, s0: Int) -> String? {
        var start = a
        var words = 0
        while start - 1 >= s0, words < 3 {
            let t = start - 1
            guard v.isWord(t), v.mentionAt[t] < 0, !v.doc.tokens[t].isCapitalized else { break }
            if v.hash[t] == EventTokens.and || v.hash[t] == EventTokens.or { break }
            if EventTokens.articles.contains(v.hash[t]) {
                start = t
                break
            }
            if v.has(t, [.preposition, .clause, .be, .have, .modal, .light, .determiner]) { break }
            start = t
            words += 1
        }
        guard words > 0 else { return nil }
        return lowerFirstArticle(start..<a)
    }

    /// A name before a captives word is a group of that country's or party's people, not the actor
    /// itself (`the release of US hostages`, `freed Hamas prisoners`); a possessive name before a noun
    /// owns what was received (`the release of Clinton's correspondence`): the phrase as written, or nil.
    func capturedGroup(_ mentions: [Int], end: Int, role: String) -> String? {
        guard let first = mentions.first, let last = mentions.last, let m = v.mention(last) else { return nil }
        var t = v.mentionTokens(last).upperBound
        if role == "patient", v.possessive[t - 1], t < v.count, v.isWord(t), v.mentionAt[t] < 0, !v.doc.tokens[t].isCapitalized,
           !v.has(t, [.preposition, .clause, .be, .have, .modal, .determiner]), !v.ed[t], !v.ing[t] {
            return v.text(v.mentionTokens(first).lowerBound..<(t + 1))
        }
        guard v.kind(of: m) != .person else { return nil }
        var words = 0
        while t < v.count, words < 3, v.isWord(t), v.mentionAt[t] < 0, v.sentenceOf[t] == v.sentenceOf[last] {
            if v.has(t, captives) && !v.doc.tokens[t].isCapitalized {
                return v.text(v.mentionTokens(first).lowerBound..<(t + 1))
            }
            if v.doc.tokens[t].isCapitalized || v.has(t, [.preposition, .clause, .be, .have, .modal, .determiner]) { return nil }
            if v.hash[t] == EventTokens.and || v.hash[t] == EventTokens.or || v.ed[t] || v.ing[t] { return nil }
            t += 1
            words += 1
        }
        return nil
    }

    /// Text of a token range, its first word lower-cased when only its place capitalised it (`The
    /// hostages` → `the hostages`, `Five Thai nationals` → `five Thai nationals`).
    private func lowerFirstArticle(_ r: Range<Int>) -> String? {
        guard let f = r.first else { return nil }
        let text = v.text(r)
        guard !text.isEmpty else { return nil }
        let opensSentence = v.sentenceOf[f] >= 0 && v.doc.sentences.indices.contains(Int(v.sentenceOf[f]))
            && v.doc.sentences[Int(v.sentenceOf[f])].tokens.lowerBound == f
        if EventTokens.articles.contains(v.hash[f]) || (opensSentence && v.mentionAt[f] < 0 && !v.doc.tokens[f].isAllCaps) {
            return text.prefix(1).lowercased() + text.dropFirst()
        }
        return text
    }
}
