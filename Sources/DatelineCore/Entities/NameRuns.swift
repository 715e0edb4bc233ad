/// Runs of capitalised words in a sentence: the raw material of names.
///
/// A run is capitalised words (not function words, months or weekdays) with what glues name words
/// together: inner hyphens (`al-Rashid`, `US-Hamas`), lower-case particles (`bin`, `von der`), `&`,
/// and `of`/`for`/`on` after a title or organisation word (`Secretary of State`, `University of
/// Singapore`, `Institute for Near East Policy`). A possessive word ends a run (`Singapore’s`), unless
/// it is a title word before an organisation (`King’s College`). Cost: one pass over the sentence.
struct NameRuns {
    let facts: EntityTokens
    let lexicon: EntityLexicon
    /// The sentence being read: where it ends and whether it asks a question.
    var sentenceEnd = 0
    var isQuestion = false

    init(facts: EntityTokens, lexicon: EntityLexicon) {
        self.facts = facts
        self.lexicon = lexicon
    }

    static let the = NameKey("the")
    static let and = NameKey("and")
    static let ampersand = NameKey("&")

    /// A capitalised word that can be part of a name.
    func isNameWord(_ i: Int) -> Bool {
        guard i < facts.count, facts.cap[i] else { return false }
        let k = facts.base[i]
        if lexicon.calendar.contains(k) { return false }
        if lexicon.ambiguousCalendar.contains(k), isMonth(i) { return false }
        // `The`, `But`, `I`: capitalised function words are never inside a name (a leading `The` is read apart).
        if lexicon.functionWords.contains(k) && !lexicon.titles.contains(k) {
            return lexicon.gazetteer.match(at: i, in: facts, limit: facts.count) != nil || givenNameBeforeSurname(i)
        }
        return true
    }

    /// `March` in `in March`, `mid-March`, `March 8`: the month, not a name.
    func isMonth(_ i: Int) -> Bool {
        if i + 1 < facts.count, facts.tokens[i + 1].kind == .number { return true }
        guard i > 0 else { return false }
        if facts.isWord(i - 1), !facts.cap[i - 1], lexicon.monthPrepositions.contains(facts.key[i - 1]) { return true }
        return i > 1 && facts.isInnerHyphen(i - 1) && lexicon.monthPrepositions.contains(facts.key[i - 2])
    }

    /// `Will Doyle`: a given name that is also a function word, right before a capitalised surname, in a
    /// sentence that is not a question (`Will Trump win?`).
    func givenNameBeforeSurname(_ i: Int) -> Bool {
        guard lexicon.givenName(facts.key[i]) != nil, i + 1 < sentenceEnd, facts.isWord(i + 1), facts.cap[i + 1],
              !lexicon.functionWords.contains(facts.key[i + 1]), !lexicon.calendar.contains(facts.key[i + 1]) else { return false }
        return !isQuestion
    }

    /// A company's legal form (`Inc.`, `AG`): the name ends there.
    func isCompanySuffix(_ i: Int) -> Bool { facts.isWord(i) && lexicon.companySuffixes.contains(facts.key[i]) && !lexicon.companyPrefixes.contains(facts.key[i]) }

    func isParticle(_ i: Int) -> Bool {
        i < facts.count && facts.isWord(i) && !facts.cap[i] && lexicon.particles.contains(facts.key[i])
    }

    /// Title or organisation word: `of`/`for`/`on` may follow it inside a name.
    func takesComplement(_ i: Int) -> Bool {
        let k = facts.base[i]
        return lexicon.titles.contains(k) || lexicon.orgCues.contains(k)
    }

    /// The runs of one sentence, in order.
    mutating func runs(_ sentence: Sentence) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let end = min(sentence.tokens.upperBound, facts.count)
        sentenceEnd = end
        isQuestion = false
        var q = end - 1
        while q >= sentence.tokens.lowerBound, q >= 0, facts.tokens[q].kind == .quote { q -= 1 }
        if q >= sentence.tokens.lowerBound, q >= 0 { isQuestion = facts.punct(q, 0x3F) }
        var i = sentence.tokens.lowerBound
        while i < end {
            // Cheap tests first: most tokens are lower-case words that start nothing.
            if !facts.cap[i] {
                guard i + 2 < end, facts.isInnerHyphen(i + 1), isParticle(i), isNameWord(i + 2) else { i += 1; continue }
            } else if !isNameWord(i) {
                // `Mar-a-Lago`: a known hyphenated name whose first word alone is not a name word (`Mar`).
                if facts.isWord(i), i + 1 < end, facts.isInnerHyphen(i + 1), let m = lexicon.gazetteer.match(at: i, in: facts, limit: end), m.end > i + 2 {
                    out.append(i..<m.end)
                    i = m.end
                    continue
                }
                i += 1
                continue
            }
            var last = i
            var j = i + 1
            var complemented = false
            while j < end {
                if facts.possessive[last] && !possessiveJoins(last, end: end) { break }
                // `Carnival Cruise Lines Inc. Carnival, which …`: a company's name ends with its legal form.
                if j == last + 1, isCompanySuffix(last), last > i { break }
                if isNameWord(j) { last = j; j += 1; continue }
                // al-Rashid, US-Hamas, Abu-Bakr (not Riviera-like).
                if facts.isInnerHyphen(j), j + 1 < end, isNameWord(j + 1) || isParticle(j + 1) { j += 1; continue }
                // bin Salman, von der Leyen, al-Qassam inside a run.
                if isParticle(j), j + 1 < end, isNameWord(j + 1) || isParticle(j + 1) || facts.isInnerHyphen(j + 1) { j += 1; continue }
                if facts.key[j] == NameRuns.ampersand, j + 1 < end, isNameWord(j + 1) { j += 1; continue }
                // Channel 12, France 24.
                if facts.tokens[j].kind == .number, j == last + 1, !facts.possessive[last],
                   lexicon.orgCues.contains(facts.base[last]) || lexicon.gazetteer.match(at: i, in: facts, limit: j + 1)?.end == j + 1 {
                    last = j
                    j += 1
                    continue
                }
                let k = facts.key[j]
                if !facts.cap[j], facts.isWord(j), lexicon.connectors.contains(k), k != NameRuns.the, k != NameRuns.and || complemented,
                   complemented || takesComplement(last) {
                    // `of the Union`, `for Near East Policy`, `of Health and Human Services`.
                    var k2 = j + 1
                    if k2 < end, facts.key[k2] == NameRuns.the, !facts.cap[k2] { k2 += 1 }
                    if k2 < end, isNameWord(k2) {
                        complemented = true
                        j = k2
                        continue
                    }
                }
                break
            }
            out.append(i..<(last + 1))
            i = last + 1
        }
        return out
    }

    /// `King’s College`, `St. John’s University`: a possessive title word inside an organisation's name.
    func possessiveJoins(_ p: Int, end: Int) -> Bool {
        guard lexicon.titles.contains(facts.base[p]) || facts.key[p] == NameKey("st."), !lexicon.gazetteer.startsName(facts.base[p]) else { return false }
        var k = p + 1
        while k < end, k <= p + 2, isNameWord(k) {
            if lexicon.orgCues.contains(facts.base[k]) { return true }
            k += 1
        }
        return false
    }
}
