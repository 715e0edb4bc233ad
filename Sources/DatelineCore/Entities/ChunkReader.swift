/// Reads one run of capitalised words (``NameRuns``) into ``Finding``s.
///
/// In order: a sentence-initial common word is dropped (`Supporting`, `Experts`); a run headed by an
/// organisation word is an organisation (`Washington Institute`, `National University of Singapore`);
/// a title before a name is the name's description (`Secretary of State Marco Rubio`); gazetteer names
/// are read in context (a capital that acts is its government, a demonym before `officials` its
/// country); a name next to `administration`, `think-tank`, `outlet` or `axis` gets its kind from that
/// word. What is left is a name of unknown kind for ``Coreference`` to settle.
struct ChunkReader {
    let facts: EntityTokens
    let lexicon: EntityLexicon
    let sentence: Sentence
    var findings: [Finding] = []

    /// The sentence asks a question (`Will Trump win?`): a given name that is also a word does not start a name.
    let isQuestion: Bool

    init(facts: EntityTokens, lexicon: EntityLexicon, sentence: Sentence) {
        self.facts = facts
        self.lexicon = lexicon
        self.sentence = sentence
        var q = min(sentence.tokens.upperBound, facts.count) - 1
        while q >= sentence.tokens.lowerBound, q >= 0, facts.tokens[q].kind == .quote { q -= 1 }
        isQuestion = q >= sentence.tokens.lowerBound && q >= 0 && facts.punct(q, 0x3F)
    }

    var gazetteer: Gazetteer { lexicon.gazetteer }
    var start: Int { sentence.tokens.lowerBound }
    var end: Int { min(sentence.tokens.upperBound, facts.count) }

    static let honorifics = NameKeySet(["mr.", "mrs.", "ms.", "dr.", "miss", "mr", "mrs", "ms", "dr", "mx."].map(NameKey.init))
    static let placePrepositions = NameKeySet(["in", "near", "outside", "inside", "across", "throughout", "around", "into"].map(NameKey.init))
    static let romanNumerals = NameKeySet(["i", "ii", "iii", "iv", "v", "vi"].map(NameKey.init))
    static let think = NameKey("think")
    static let tank = NameKey("tank")
    static let the = NameKey("the")
    static let comma = NameKey(",")

    // MARK: - Runs

    mutating func read(run: Range<Int>) {
        var a = run.lowerBound
        if facts.initial[a] {
            while a < run.upperBound, isCommonAtStart(a) {
                a += 1
                if a < run.upperBound, facts.isInnerHyphen(a) { a += 1 }
            }
        }
        guard a < run.upperBound else { return }
        readPiece(a..<run.upperBound, initial: a == run.lowerBound && facts.initial[a])
    }

    /// A capitalised word at the start of a sentence that the document also writes in lower case, or a
    /// common word, and that is not a known name.
    func isCommonAtStart(_ i: Int) -> Bool {
        guard facts.isWord(i), gazetteer.match(at: i, in: facts, limit: end) == nil else { return false }
        let k = facts.key[i]
        if lexicon.titles.contains(facts.base[i]) || facts.capitalisedInside.contains(facts.base[i]) { return false }
        // `Hope Hicks said`, `Will Doyle, 45, …`, `Mark Cuban`: a given name that is also a word, before a surname.
        if givenNameBeforeSurname(i) { return false }
        if lexicon.common.contains(k) || facts.lowerSeen.contains(k) || facts.lowerSeen.contains(facts.base[i]) { return true }
        // `Recognizing Hamas as …`, `Supporting …`: a verb opening a list item or sentence.
        let r = facts.tokens[i].range
        guard r.length > 5, !facts.tokens[i].isAllCaps, lexicon.givenName(k) == nil, !isBrandCase(i) else { return false }
        if facts.bytes[r.end - 3] == 0x69 && facts.bytes[r.end - 2] == 0x6E && facts.bytes[r.end - 1] == 0x67 { return true }
        // `Tweeted …`, `Asked …` (a past tense opening a line), not a name the text capitalises elsewhere.
        return facts.bytes[r.end - 2] == 0x65 && facts.bytes[r.end - 1] == 0x64 && i + 1 < end && facts.isWord(i + 1) && !facts.cap[i + 1]
    }

    /// A given name that is also a common word (`Hope`, `Will`, `Mark`) before a capitalised word that is not
    /// a common one, outside a question.
    func givenNameBeforeSurname(_ i: Int) -> Bool {
        guard !isQuestion, lexicon.givenName(facts.key[i]) != nil, i + 1 < end, facts.isWord(i + 1), facts.cap[i + 1] else { return false }
        let next = facts.key[i + 1]
        if lexicon.common.contains(next) || lexicon.calendar.contains(next) || lexicon.titles.contains(facts.base[i + 1]) { return false }
        if facts.lowerSeen.contains(next) && !facts.capitalisedInside.contains(facts.base[i + 1]) { return false }
        return gazetteer.match(at: i + 1, in: facts, limit: end) == nil
    }

    // MARK: - Pieces

    mutating func readPiece(_ p: Range<Int>, initial: Bool) {
        guard !p.isEmpty else { return }
        let lo = p.lowerBound
        let hi = p.upperBound
        // `NEW HAMPSHIRE SHOWS STRONG TRUMP LEAD, BUT …`: words in capitals inside a sentence are a heading; only
        // known names count there.
        if hi - lo >= 3, (lo..<hi).allSatisfy({ !facts.isWord($0) || facts.tokens[$0].isAllCaps }),
           (lo..<hi).filter({ facts.isWord($0) }).count >= 3, gazetteer.match(at: lo, in: facts, limit: hi)?.end != hi {
            emitInnerGazetteer(p)
            return
        }
        // `Democratic People's Republic of Korea`: a known name that goes on past the run is read whole.
        if let m = gazetteer.match(at: lo, in: facts, limit: end), m.end > hi, m.end - lo >= 3 {
            emitGazetteer(lo..<m.end, m.surface, compound: false)
            return
        }
        // `Team Trump`: an organisation named after its leader.
        if hi - lo >= 2, facts.cap[lo], lexicon.orgPrefixes.contains(facts.key[lo]) {
            emitOrganization(p, evidence: "org-prefix:" + facts.text(lo..<(lo + 1)))
            return
        }
        if (2...5).contains(hi - lo) {
            // `Middle Eastern`, `Fox & Friends`: the words as written, hashed from the bytes (no string is made).
            let r = facts.byteRange(p)
            if lexicon.notNames.contains(NameKey(facts.bytes, r.start..<r.end)) { return }
        }
        // `Operation Iraqi Freedom`, `Hurricane Katrina`.
        if hi - lo >= 2, facts.cap[lo], lexicon.notActorPrefixes.contains(facts.key[lo]) { return }
        if let last = p.last, hi - lo >= 3, ChunkReader.romanNumerals.contains(facts.key[last]), lexicon.notActorHeads.contains(facts.base[last - 1]) {
            // `World War II`.
            return
        }
        if let last = p.last, hi - lo >= 2, facts.cap[last], lexicon.notActorHeads.contains(facts.base[last]), isNotActor(p) {
            // `the Affordable Care Act`, `the Cold War`, `Election Day`: a law, a war, a day, not an actor.
            if lexicon.notActorHeadsKeepingNames.contains(facts.base[last]) { emitInnerGazetteer(lo..<last) }
            return
        }
        // `Timex Inc.`, `Oy Waertsilae`, `Siemens AG`: a company by its legal form.
        if hi - lo >= 2, (lexicon.companyPrefixes.contains(facts.key[lo]) && facts.cap[lo])
            || ((lo + 1)..<hi).contains(where: { lexicon.companySuffixes.contains(facts.key[$0]) && facts.isWord($0) }) {
            emitOrganization(p, evidence: "org-company:" + facts.text((hi - 1)..<hi), strength: .known)
            return
        }
        if let head = organizationHead(p) {
            var q = lo
            while q <= head {
                if let m = gazetteer.match(at: q, in: facts, limit: hi), m.end > head {
                    // `American Civil Liberties Union of Ohio`: a branch of a known organisation is one of its own.
                    if q == lo, m.end < hi, facts.isWord(m.end), !facts.cap[m.end], lexicon.connectors.contains(facts.key[m.end]) {
                        emitOrganization(p, evidence: "org-cue:" + facts.text(head..<(head + 1)))
                        return
                    }
                    if q > lo { readPiece(lo..<q, initial: initial) }
                    emitGazetteer(q..<m.end, m.surface, compound: false)
                    if m.end < hi { readPiece(m.end..<hi, initial: false) }
                    return
                }
                q += 1
            }
            emitOrganization(p, evidence: "org-cue:" + facts.text(head..<(head + 1)))
            return
        }
        if let last = p.last, hi - lo >= 2, facts.cap[last], lexicon.placeNameHeads.contains(facts.base[last]), isPlaceName(p) {
            findings.append(Finding(tokens: p, range: facts.byteRange(p), sentence: sentence.index, surface: facts.name(p),
                                    kind: .place, strength: .cue, evidence: "place-name:" + facts.text((hi - 1)..<hi)))
            return
        }
        // `Moderator Bret Baier`, `Actress Danai Gurira`: a role word opening a name of two words or more.
        if hi - lo >= 3, facts.cap[lo], lexicon.roles.contains(facts.key[lo]), !facts.possessive[lo], facts.isWord(lo + 1), facts.cap[lo + 1],
           !lexicon.titles.contains(facts.base[lo]), gazetteer.match(at: lo + 1, in: facts, limit: hi) == nil,
           !((lo + 1)..<hi).contains(where: { lexicon.orgCues.contains(facts.base[$0]) }) {
            readName((lo + 1)..<hi, descriptions: [facts.text(lo..<(lo + 1))], initial: false, titled: true)
            return
        }
        let titleEnd = titlePrefixEnd(p)
        // More titles after the first ones (`Democratic National Committee Chair Rep. X`): read from the right.
        let laterTitle = titleEnd > lo && titleEnd < hi && (titleEnd..<hi).contains { facts.cap[$0] && lexicon.titles.contains(facts.base[$0]) }
        if titleEnd > lo && !laterTitle {
            let title = lo..<titleEnd
            emitInnerGazetteer(title)
            // `State of the Union`: a title with a complement and no name (`Mr. de Vos` has a particle).
            if titleEnd < hi, !facts.cap[titleEnd], lexicon.connectors.contains(facts.key[titleEnd]), !lexicon.particles.contains(facts.key[titleEnd]) { return }
            // `King said`: a title word alone may be a surname; Coreference keeps it only if a name ends so.
            if titleEnd == hi, hi - lo == 1, !initial || facts.capitalisedInside.contains(facts.base[lo]) {
                findings.append(Finding(tokens: p, range: facts.byteRange(p), sentence: sentence.index, surface: facts.name(p),
                                        kind: nil, strength: .guess, evidence: "title-word"))
                return
            }
            if titleEnd < hi {
                let honorific = titleEnd - lo == 1 && ChunkReader.honorifics.contains(facts.key[lo])
                readName(titleEnd..<hi, descriptions: honorific ? [] : [facts.text(title)], initial: false, titled: true)
            }
            return
        }
        // `Vermont Sen. Bernie Sanders`, `Democratic National Committee Chair Rep. X`, `Carmel Mayor X`: the
        // titles right before the name (read from the right), after words that say where or which side.
        var last = -1
        for k in (lo + 1)..<hi where facts.cap[k] && lexicon.titles.contains(facts.base[k]) && !facts.possessive[k] { last = k }
        if last > lo, last + 1 < hi, !(last + 1..<hi).contains(where: { lexicon.titles.contains(facts.base[$0]) }) {
            var first = last
            while first - 1 > lo, facts.cap[first - 1], lexicon.titles.contains(facts.base[first - 1]), !facts.possessive[first - 1] { first -= 1 }
            let modifier = lo..<first
            if !(modifier.count == 1 && (lexicon.notNames.contains(facts.key[lo]) || lexicon.common.contains(facts.key[lo]))) {
                readPiece(modifier, initial: initial)
            }
            emitInnerGazetteer(first..<(last + 1))
            readName((last + 1)..<hi, descriptions: [facts.text(lo..<(last + 1))], initial: false, titled: true)
            return
        }
        readName(p, descriptions: [], initial: initial, titled: false)
    }

    /// A name ending in a word like `Act`, `War` or `Day` is not an actor, unless a given name comes right
    /// before that word (`Nathan Deal`, `Doris Day`), a title opens the name (`Gov. Nathan Deal`) or an
    /// organisation's word heads it (`Commission on Presidential Debates`).
    func isNotActor(_ p: Range<Int>) -> Bool {
        guard let last = p.last, last > p.lowerBound else { return false }
        if let m = gazetteer.match(at: p.lowerBound, in: facts, limit: p.upperBound), m.end == p.upperBound { return false }
        if facts.isWord(last - 1), lexicon.givenName(facts.base[last - 1]) != nil { return false }
        if lexicon.titles.contains(facts.base[p.lowerBound]) { return false }
        if let c = p.first(where: { !facts.cap[$0] && facts.isWord($0) && lexicon.connectors.contains(facts.key[$0]) }), c > p.lowerBound,
           lexicon.orgCues.contains(facts.base[c - 1]) {
            return false
        }
        return true
    }

    /// `Fifth Avenue`, `Vigo County`, `Trump Tower` — not `Carla Hills` (a given name and a surname), not a
    /// title's name (`Mayor Lake`), not a known name's continuation (`Virginia Beach` is read as the place).
    func isPlaceName(_ p: Range<Int>) -> Bool {
        let lo = p.lowerBound
        if p.contains(where: { facts.cap[$0] && lexicon.titles.contains(facts.base[$0]) }) { return false }
        guard let last = p.last else { return false }
        if lexicon.surnameHeads.contains(facts.base[last]), p.count == 2, lexicon.givenName(facts.base[lo]) != nil,
           gazetteer.match(at: lo, in: facts, limit: p.upperBound) == nil {
            return false
        }
        return true
    }

    /// The word that heads a piece when it is an organisation's (`Institute` in `Washington Institute for
    /// Near East Policy`, `College` in `King’s College London`), else nil.
    func organizationHead(_ p: Range<Int>) -> Int? {
        var head = p.upperBound - 1
        if let c = p.first(where: { !facts.cap[$0] && facts.isWord($0) && lexicon.connectors.contains(facts.key[$0]) }), c > p.lowerBound {
            head = c - 1
        } else {
            while head > p.lowerBound, facts.tokens[head].kind == .number { head -= 1 }
            // A place after the organisation word: `King’s College London`.
            if head > p.lowerBound, !lexicon.orgCues.contains(facts.base[head]) {
                for q in (p.lowerBound + 1)...head {
                    if let m = gazetteer.match(at: q, in: facts, limit: p.upperBound), m.end == p.upperBound,
                       gazetteer.entries[m.surface.entry].kind != .organization, lexicon.orgCues.contains(facts.base[q - 1]) {
                        head = q - 1
                        break
                    }
                }
            }
        }
        guard facts.cap[head], lexicon.orgCues.contains(facts.base[head]) else { return nil }
        // `Foreign Ministry` yes; a lone cue word at a sentence start (`Police said`) is read as a name.
        if head == p.lowerBound && p.count == 1 && facts.initial[head] { return nil }
        // `TV ads`: a cue word that is never a name alone.
        if p.count == 1, lexicon.notNames.contains(facts.key[head]) { return nil }
        return head
    }

    /// End of the titles at the start of a piece (`U.S. President`, `Secretary of State`, `Special Envoy
    /// for Hostage Affairs`), or the piece's start when it has none.
    func titlePrefixEnd(_ p: Range<Int>) -> Int {
        var t = p.lowerBound
        var titleEnd = p.lowerBound
        var saw = false
        while t < p.upperBound {
            if let m = gazetteer.match(at: t, in: facts, limit: p.upperBound) {
                // A country or organisation before a title (`U.S. President`, `White House Press Secretary`).
                guard m.end < p.upperBound, lexicon.titles.contains(facts.base[m.end]) || facts.isInnerHyphen(m.end) else { break }
                t = m.end
                continue
            }
            if facts.isInnerHyphen(t) { t += 1; continue }
            if lexicon.titles.contains(facts.base[t]), facts.cap[t] {
                saw = true
                t += 1
                titleEnd = t
                if facts.possessive[t - 1] { break }
                continue
            }
            if saw, !facts.cap[t], lexicon.connectors.contains(facts.key[t]) {
                // A complement: through the last title word or gazetteer name in it.
                var u = t + 1
                var tail = -1
                while u < p.upperBound {
                    if let m = gazetteer.match(at: u, in: facts, limit: p.upperBound) {
                        u = m.end
                        tail = u
                        continue
                    }
                    if lexicon.titles.contains(facts.base[u]) { tail = u + 1 }
                    u += 1
                }
                guard tail > t else { break }
                t = tail
                titleEnd = tail
                continue
            }
            break
        }
        return saw ? titleEnd : p.lowerBound
    }

    // MARK: - Names

    mutating func readName(_ p: Range<Int>, descriptions: [String], initial: Bool, titled: Bool) {
        guard !p.isEmpty else { return }
        let lo = p.lowerBound
        let hi = p.upperBound
        // `Democrat Hillary Clinton`: a party word before a name describes it.
        if hi - lo >= 2, facts.cap[lo], lexicon.notNames.contains(facts.key[lo]), !facts.isInnerHyphen(lo + 1),
           gazetteer.match(at: lo, in: facts, limit: hi) == nil, !lexicon.orgCues.contains(facts.base[hi - 1]),
           !(lexicon.givenName(facts.key[lo]) != nil && lexicon.givenName(facts.base[lo + 1]) == nil) {
            // (`Christian Andersson`: a given name that is also such a word starts the name.)
            readName((lo + 1)..<hi, descriptions: descriptions + [facts.text(lo..<(lo + 1))], initial: false, titled: titled)
            return
        }
        // Demonyms before a name describe it: `Israeli-American Noa Levi`.
        var n = lo
        while n < hi, let m = gazetteer.match(at: n, in: facts, limit: hi), m.end < hi,
              m.surface.form == .demonym || m.surface.form == .demonymPlural {
            n = m.end
            if n < hi, facts.isInnerHyphen(n) { n += 1 }
        }
        if n > lo, n < hi, gazetteer.match(at: n, in: facts, limit: hi) == nil {
            if hi - n == 1, lexicon.demonymHeads.contains(facts.base[n]) {
                // `Israeli Occupation`: the country.
                if let m = gazetteer.match(at: lo, in: facts, limit: hi) { emitCountry(lo..<m.end, m.surface) }
                return
            }
            readPlainName(n..<hi, descriptions: descriptions + [facts.text(lo..<n)], initial: false, person: true)
            return
        }
        // `the Arab world`, `the Palestinian territories`: a gazetteer name may go on in lower case.
        if let m = gazetteer.match(at: lo, in: facts, limit: end), m.end > hi {
            emitGazetteer(lo..<m.end, m.surface, compound: false)
            return
        }
        if let m = gazetteer.match(at: lo, in: facts, limit: hi) {
            if m.end == hi {
                emitGazetteer(p, m.surface, compound: false)
                return
            }
            if facts.isInnerHyphen(m.end) {
                emitGazetteer(lo..<m.end, m.surface, compound: true)
                readName((m.end + 1)..<hi, descriptions: [], initial: false, titled: false)
                return
            }
            let entry = gazetteer.entries[m.surface.entry]
            let rest = m.end..<hi
            // `Jordan Peterson`, `Victoria Nuland`: a given name, not a place.
            if m.end - lo == 1, lexicon.givenNamePlaces.contains(facts.key[lo]) || lexicon.givenName(facts.key[lo]) != nil,
               gazetteer.match(at: m.end, in: facts, limit: hi) == nil, !lexicon.placeNameHeads.contains(facts.base[hi - 1]),
               !rest.contains(where: { lexicon.orgCues.contains(facts.base[$0]) || lexicon.titles.contains(facts.base[$0]) }) {
                readPlainName(p, descriptions: descriptions, initial: false, person: false)
                return
            }
            // `ambassador to Kenya Prudence Bushnell`, `Fox News Sean Hannity`: a known name, then a person's.
            if rest.count >= 2, facts.cap[m.end], lexicon.givenName(facts.base[m.end]) != nil, facts.isWord(m.end + 1), facts.cap[m.end + 1],
               gazetteer.match(at: m.end, in: facts, limit: hi) == nil, !rest.contains(where: { lexicon.orgCues.contains(facts.base[$0]) }) {
                emitInnerGazetteer(lo..<m.end)
                readName(rest, descriptions: [], initial: false, titled: true)
                return
            }
            // `Reno NFL`: a place, then an acronym that is a name of its own.
            if rest.count == 1, facts.tokens[m.end].isAllCaps, entry.kind == .place || entry.kind == .country {
                emitGazetteer(lo..<m.end, m.surface, compound: false)
                readName(rest, descriptions: [], initial: false, titled: false)
                return
            }
            // `the Washington Post Trump said`: a known name, then one the text writes alone elsewhere.
            if rest.count == 1, facts.cap[m.end], facts.standalone.contains(facts.base[m.end]), !lexicon.orgCues.contains(facts.base[m.end]) {
                emitGazetteer(lo..<m.end, m.surface, compound: false)
                readName(rest, descriptions: [], initial: false, titled: false)
                return
            }
            if gazetteer.match(at: m.end, in: facts, limit: hi) == nil, m.surface.form != .demonym, m.surface.form != .demonymPlural,
               !rest.contains(where: { lexicon.titles.contains(facts.base[$0]) || facts.isInnerHyphen($0) }), entry.kind != .person {
                // `Israel Hayom`, `Al Jazeera Mubasher`: an organisation named after a place or another one.
                emitOrganization(p, evidence: "name-after:" + entry.name)
                return
            }
            emitGazetteer(lo..<m.end, m.surface, compound: false)
            readName(rest, descriptions: [], initial: false, titled: false)
            return
        }
        // `Shalom Hamas …` at a sentence's start: an unsupported first word before a known name is not part of it.
        if initial, hi - lo >= 2, !facts.capitalisedInside.contains(facts.base[lo]), lexicon.givenName(facts.base[lo]) == nil,
           gazetteer.match(at: lo + 1, in: facts, limit: hi) != nil {
            readName((lo + 1)..<hi, descriptions: descriptions, initial: false, titled: titled)
            return
        }
        // `Arab-Israel`, `Hamas-Fatah`: a hyphen before a known name splits the run.
        var h = lo + 1
        while h + 1 < hi {
            // `Obama-Clinton`: two names the text also writes alone.
            if facts.isInnerHyphen(h), gazetteer.match(at: h + 1, in: facts, limit: hi) != nil || isPairOfNames(h) {
                readName(lo..<h, descriptions: [], initial: initial, titled: false)
                readName((h + 1)..<hi, descriptions: [], initial: false, titled: false)
                return
            }
            h += 1
        }
        // `Cuyahoga County GOP`, `Log Cabin Republicans`, `Rise USA`: a name that ends in a known organisation
        // or country, and does not start with a given name (`Steve Israel`, `Vicente Fox`), is a group of its own.
        if hi - lo >= 2, lexicon.givenName(facts.base[lo]) == nil, !lexicon.titles.contains(facts.base[lo]), let tail = knownTail(p) {
            let entry = gazetteer.entries[tail.surface.entry]
            if entry.kind == .organization || entry.kind == .country || entry.kind == .group {
                emitOrganization(p, evidence: "name-before:" + entry.name)
                return
            }
        }
        // `Lake Michigan`, `Fort Hood`, `Mount Vernon`: a place by its first word.
        if hi - lo >= 2, facts.cap[lo], lexicon.placePrefixes.contains(facts.key[lo]) {
            findings.append(Finding(tokens: p, range: facts.byteRange(p), sentence: sentence.index, surface: facts.name(p),
                                    kind: .place, strength: .cue, evidence: "place-name:" + facts.text(lo..<(lo + 1))))
            return
        }
        // `Navy SEAL Ty Woods`, `Billionaire Donald Trump`: words that describe, then a given name and a surname.
        if let k = descriptorEnd(p) {
            emitInnerGazetteer(lo..<k)
            readPlainName(k..<hi, descriptions: descriptions + [facts.text(lo..<k)], initial: false, person: true)
            return
        }
        readPlainName(p, descriptions: descriptions, initial: initial, person: titled)
    }

    /// A gazetteer name that ends the piece after at least one other word (`GOP` in `Polk County GOP`).
    func knownTail(_ p: Range<Int>) -> (surface: Gazetteer.Surface, start: Int)? {
        var t = p.lowerBound + 1
        while t < p.upperBound {
            if facts.isWord(t), facts.cap[t], !facts.isInnerHyphen(t - 1), let m = gazetteer.match(at: t, in: facts, limit: p.upperBound), m.end == p.upperBound,
               m.surface.form == .name || m.surface.form == .alias {
                return (m.surface, t)
            }
            t += 1
        }
        return nil
    }

    /// Where a given name starts after describing words (an organisation or role word, an acronym, a common
    /// or lower-case-seen word), with a surname after it; nil when the name has none or starts with a given name.
    func descriptorEnd(_ p: Range<Int>) -> Int? {
        guard p.count >= 3 else { return nil }
        var k = p.lowerBound
        while k < p.upperBound - 1 {
            guard facts.isWord(k) || facts.isInnerHyphen(k) else { return nil }
            if k > p.lowerBound, facts.isWord(k), facts.cap[k], lexicon.givenName(facts.base[k]) != nil, facts.isWord(k + 1), facts.cap[k + 1],
               !facts.isInnerHyphen(k - 1), !facts.isInnerHyphen(k + 1) {
                return k
            }
            if facts.isWord(k) {
                let key = facts.key[k]
                if lexicon.givenName(facts.base[k]) != nil { return nil }
                let describes = lexicon.orgCues.contains(facts.base[k]) || (facts.tokens[k].isAllCaps && facts.tokens[k].range.length >= 2)
                    || lexicon.roles.contains(key) || lexicon.titles.contains(facts.base[k]) || lexicon.common.contains(key)
                    || lexicon.notNames.contains(key) || (facts.lowerSeen.contains(key) && !facts.capitalisedInside.contains(facts.base[k]))
                guard describes else { return nil }
            }
            k += 1
        }
        return nil
    }

    /// `Obama-Clinton`, `Trump-Cruz`: the words on both sides of a hyphen are written alone elsewhere in the
    /// text (not `Holtz-Eakin`), and the first is neither a particle (`Al-Masri`) nor a given name (`Jean-Claude`).
    func isPairOfNames(_ h: Int) -> Bool {
        let a = h - 1
        let b = h + 1
        guard facts.cap[a], facts.cap[b], facts.standalone.contains(facts.base[a]), facts.standalone.contains(facts.base[b]) else { return false }
        return !lexicon.particles.contains(facts.key[a]) && lexicon.givenName(facts.base[a]) == nil
    }

    /// A name with no gazetteer word: kept unless it is a lone sentence-initial word nothing else supports.
    mutating func readPlainName(_ p: Range<Int>, descriptions: [String], initial: Bool, person: Bool) {
        let lo = p.lowerBound
        let hi = p.upperBound
        let words = facts.nameWords(p, particles: lexicon.particles)
        // `(D-Wis.)`, `R-Fla.`: a party and a state, not a name.
        if p.count >= 3, facts.tokens[lo].range.length == 1, facts.isInnerHyphen(lo + 1) { return }
        if words == 1 && p.count == 1 {
            let tok = facts.tokens[lo]
            if tok.range.length == 1 || (tok.range.length == 2 && facts.bytes[tok.range.end - 1] == 0x2E) { return }
            if tok.isAllCaps, facts.lowerSeen.contains(facts.key[lo]) || lexicon.common.contains(facts.key[lo]) { return }
            // (`Kestrel shares fell`: what follows says it is a company; `CAGUAS, Puerto Rico (AP)`: a place.)
            let company = hi < end && facts.isWord(hi) && !facts.cap[hi] && !facts.possessive[lo] && lexicon.orgContextsAfter.contains(facts.key[hi])
            if initial, descriptions.isEmpty, !facts.capitalisedInside.contains(facts.base[lo]), !company, placeOfState(after: hi) == nil, !isBrandCase(lo) {
                // `Waxman sells …` after `Waxman Industries Inc.`: kept only if it starts or ends a longer name.
                if !tok.isAllCaps, !lexicon.common.contains(facts.base[lo]), !facts.lowerSeen.contains(facts.key[lo]), !facts.lowerSeen.contains(facts.base[lo]) {
                    findings.append(Finding(tokens: p, range: facts.byteRange(p), sentence: sentence.index, surface: facts.name(p),
                                            kind: nil, strength: .guess, evidence: "initial-word"))
                }
                return
            }
            if lexicon.notNames.contains(facts.key[lo]) || lexicon.notNames.contains(facts.base[lo]) { return }
            // `the Clintons`, `the Bushes`: a family, not an actor.
            if isFamily(lo) { return }
            // `A beautiful Future awaits`: a common word capitalised for emphasis.
            if descriptions.isEmpty, !person, lexicon.common.contains(facts.base[lo]) { return }
        }
        if lo > start, facts.isWord(lo - 1), !facts.cap[lo - 1] {
            let b = facts.key[lo - 1]
            // `its podcast Decision Points`: a work's title.
            if lexicon.workNouns.contains(b) { return }
            // `the Ziegler Distinguished Fellow`: a title, not a name.
            if !person, RoleCues.determiners.contains(b), let last = p.last, lexicon.titles.contains(facts.base[last]) { return }
        }
        // `Riviera-like`, `Washington-based`: part of an adjective.
        if hi + 1 < end, facts.isInnerHyphen(hi), !facts.cap[hi + 1], !person { return }
        var f = Finding(tokens: p, range: facts.byteRange(p), sentence: sentence.index, surface: facts.name(p),
                        kind: person ? .person : nil, strength: person ? .cue : .guess, evidence: person ? "title" : "capitalised")
        f.descriptions = descriptions
        if !person, p.count == 1, facts.tokens[lo].isAllCaps || (facts.possessive[lo] && facts.isAllCapsBase(lo)) {
            f.kind = .organization; f.strength = .guess; f.evidence = "acronym"
        } else if !person, p.count == 1, isBrandCase(lo) {
            f.kind = .organization; f.strength = .guess; f.evidence = "brand-case"
        }
        findings.append(f)
        readContext(findings.count - 1)
        // `A beautiful Future awaits`: one capitalised word the document also writes in lower case, with
        // nothing around it that makes it a name.
        if let last = findings.last, last.kind == nil, words == 1, p.count == 1, descriptions.isEmpty,
           facts.lowerSeen.contains(facts.key[lo]) || facts.lowerSeen.contains(facts.base[lo]) {
            findings.removeLast()
        }
    }

    /// `the Clintons`: the plural of a name the text capitalises inside sentences, after `the`.
    func isFamily(_ t: Int) -> Bool {
        guard t > start, facts.key[t - 1] == ChunkReader.the, !facts.possessive[t] else { return false }
        let r = facts.tokens[t].range
        guard r.length > 3, facts.bytes[r.end - 1] == 0x73, facts.bytes[r.end - 2] != 0x73 else { return false }
        if facts.capitalisedInside.contains(NameKey(facts.bytes, r.start..<(r.end - 1))) { return true }
        return r.length > 4 && facts.bytes[r.end - 2] == 0x65 && facts.capitalisedInside.contains(NameKey(facts.bytes, r.start..<(r.end - 2)))
    }

    /// Kind from the words around a name: `the Trump administration`, `the Lowy Institute think-tank`,
    /// `the Salah al-Din axis`, `media outlet Axios`, `in Springfield`, `on Truth Social`, `told Al-Estiklal`.
    mutating func readContext(_ index: Int) {
        let f = findings[index]
        let lo = f.tokens.lowerBound
        let hi = f.tokens.upperBound
        // The second name of a pair (`the Obama-Clinton alliance`) modifies the noun with the first.
        let paired = lo > start && facts.isInnerHyphen(lo - 1)
        if hi < end, facts.isWord(hi), !facts.cap[hi], !paired {
            let k = facts.key[hi]
            if let organ = lexicon.personOrgans[k], f.kind != .organization {
                let government = organ == 1
                addOrgan(of: index, noun: hi, government: government)
                // `the Obama and Trump administrations`: the first name has one too.
                if lo >= 2, facts.key[lo - 1] == NameRuns.and, facts.text(hi..<(hi + 1)).hasSuffix("s"),
                   let prev = findings.indices.last(where: { findings[$0].tokens.upperBound == lo - 1 && $0 != index }),
                   findings[prev].gazetteer == nil, findings[prev].organOf == nil, findings[prev].kind != .organization {
                    addOrgan(of: prev, noun: hi, government: government, written: false)
                }
                return
            }
            if !facts.possessive[hi - 1], lexicon.orgHeads.contains(k) || (k == ChunkReader.think && hi + 2 < end && facts.key[hi + 2] == ChunkReader.tank) {
                // One word before the noun may be a person's surname (`the Trump foundation`, `the Clinton
                // organization`): read only from context, so that ``Coreference`` gives it to the person.
                if words(f) == 1, f.gazetteer == nil {
                    setKind(index, .organization, .context, "head-noun:" + facts.text(hi..<(hi + 1)))
                } else {
                    setKind(index, .organization, .cue, "org-head:" + facts.text(hi..<(hi + 1)))
                }
                return
            }
            if lexicon.placeHeads.contains(k), f.kind != .person, !facts.possessive[hi - 1] {
                findings[index].tokens = lo..<(hi + 1)
                findings[index].range = facts.byteRange(lo..<(hi + 1))
                findings[index].surface = facts.name(lo..<(hi + 1))
                setKind(index, .place, .cue, "place-head:" + facts.text(hi..<(hi + 1)))
                return
            }
        }
        // `Carmel, Indiana, Mayor …`, `COLUMBIA, S.C. (AP)`, `in Richmond, Virginia,`: a place and its state or country.
        if f.kind == nil || f.strength < .cue, !startsWithGivenName(f), !facts.possessive[hi - 1], let stateEnd = placeOfState(after: hi) {
            setKind(index, .place, .cue, "place-in:" + facts.text((hi + 1)..<stateEnd))
            // `CAGUAS, Puerto Rico (AP)`: a dateline in capitals is named `Caguas`.
            if f.tokens.count == 1, facts.tokens[lo].isAllCaps {
                findings[index].surface = f.surface.prefix(1).uppercased() + f.surface.dropFirst().lowercased()
            }
            return
        }
        // `Verizon shares fell`, `Carrier workers`: a company by what it has (not `Trump’s employees`).
        if f.kind == nil || f.strength < .context, hi < end, facts.isWord(hi), !facts.cap[hi], !facts.possessive[hi - 1], !startsWithGivenName(f),
           lexicon.orgContextsAfter.contains(facts.key[hi]) {
            setKind(index, .organization, .context, "has:" + facts.text(hi..<(hi + 1)))
            return
        }
        guard lo > start, f.kind == nil || f.strength < .cue else { return }
        let b = lo - 1
        // `shares of Kestrel`, `a subsidiary of Halvorsen`, `chief executive of Brightwater`.
        if k0(b) == ChunkReader.of, b > start, facts.isWord(b - 1), !facts.cap[b - 1], lexicon.orgContextsBefore.contains(facts.key[b - 1]), !startsWithGivenName(f) {
            setKind(index, .organization, .context, "org-of:" + facts.text((b - 1)..<b))
            return
        }
        guard facts.isWord(b), !facts.cap[b] else { return }
        let k = facts.key[b]
        // `the settlement of Beit El`, `the town of Sderot`.
        if k == ChunkReader.of, b > start, facts.isWord(b - 1), !facts.cap[b - 1], lexicon.placeNounsBeforeOf.contains(facts.key[b - 1]) {
            setKind(index, .place, .cue, "place-of:" + facts.text((b - 1)..<b))
            return
        }
        // `a spokesman for Exxon Mobil`, `an executive at Kestrel`: who a role works for.
        if k == ChunkReader.for || k == ChunkReader.at, b > start, facts.isWord(b - 1), !facts.cap[b - 1], lexicon.roles.contains(facts.key[b - 1]) {
            setKind(index, .organization, .context, "works-for:" + facts.text((b - 1)..<lo))
            return
        }
        if lexicon.orgHeads.contains(k) {
            setKind(index, .organization, .cue, "org-head:" + facts.text(b..<lo))
        } else if lexicon.locatives.contains(k), k != ChunkReader.to, k != ChunkReader.from, endsPhrase(after: hi) {
            // `in Fort Pierce.` is a place; one word (`confidence in Trump`, `workers at Verizon`) says nothing.
            if words(f) >= 2, !startsWithGivenName(f) {
                setKind(index, .place, .context, "after:" + facts.text(b..<lo))
            } else if words(f) == 1, ChunkReader.placePrepositions.contains(k), lexicon.givenName(facts.base[lo]) == nil, !facts.tokens[lo].isAllCaps {
                // `in Portage.`: a place, unless the text names it otherwise (``Coreference`` decides).
                setKind(index, .place, .guess, "weak-place:" + facts.text(b..<lo))
            }
        } else if k == ChunkReader.on, b > start, lexicon.speechVerbs.contains(facts.key[b - 1]) {
            // `wrote on Truth Social`, `posted on X`.
            setKind(index, .organization, .context, "after:" + facts.text((b - 1)..<lo))
        } else if k == ChunkReader.told || k == ChunkReader.tells, f.tokens.count <= 3, words(f) == 1, lexicon.givenName(facts.base[lo]) == nil {
            setKind(index, .organization, .context, "after:" + facts.text(b..<lo))
        }
    }

    static let of = NameKey("of")
    static let `for` = NameKey("for")
    static let at = NameKey("at")
    static let to = NameKey("to")
    static let from = NameKey("from")
    static let on = NameKey("on")
    static let told = NameKey("told")
    static let tells = NameKey("tells")

    /// `, Indiana`, `, S.C.`, `, Kenya` right after a name: where that state or country ends, or nil.
    func placeOfState(after hi: Int) -> Int? {
        guard hi + 1 < end, facts.punct(hi, 0x2C), let m = gazetteer.match(at: hi + 1, in: facts, limit: end),
              m.surface.form == .name || m.surface.form == .alias else { return nil }
        let entry = gazetteer.entries[m.surface.entry]
        guard entry.kind == .country || (entry.kind == .place && entry.country != nil) else { return nil }
        return m.end >= end || !facts.isWord(m.end) || !facts.cap[m.end] ? m.end : nil
    }

    /// `MindSpring`, `PolitiFact`, `GunBroker`: a capital after three lower-case letters or more inside one
    /// word is a brand's, not a person's (`McCain`, `DeSantis`, `MacArthur`, `VanderSloot` are names).
    func isBrandCase(_ t: Int) -> Bool {
        let r = facts.byteRange(t..<(t + 1))
        var lower = 0
        var i = r.start + 1
        while i < r.end {
            let c = facts.bytes[i]
            if c >= 0x61 && c <= 0x7A {
                lower += 1
            } else if c >= 0x41 && c <= 0x5A {
                guard lower >= 2 else { return false }
                let head = facts.doc.document.string(TextRange(r.start, i)).lowercased()
                return !ChunkReader.namePrefixes.contains(head)
            } else {
                return false
            }
            i += 1
        }
        return false
    }

    static let namePrefixes: Set<String> = ["mac", "van", "vander", "fitz", "von", "della", "dela", "del", "des", "san", "st", "ben", "abu", "bin"]

    /// The key of a word token, `.none` for anything else.
    func k0(_ t: Int) -> NameKey { facts.isWord(t) ? facts.key[t] : .none }

    /// Nothing after a name makes it a modifier or an owner: the sentence or clause ends, or a
    /// preposition or conjunction follows.
    func endsPhrase(after hi: Int) -> Bool {
        guard hi < end else { return true }
        if facts.possessive[hi - 1] { return false }
        let t = facts.tokens[hi]
        if t.kind == .punctuation { return true }
        guard t.kind == .word, !facts.cap[hi] else { return false }
        return lexicon.functionWords.contains(facts.key[hi]) || lexicon.connectors.contains(facts.key[hi])
    }

    /// `Carmel Martin`, `Hope Hicks`: two capitalised words or more, the first a common given name.
    func startsWithGivenName(_ f: Finding) -> Bool {
        guard f.tokens.count >= 2, let t = f.tokens.first, facts.cap[t], !facts.isInnerHyphen(t + 1) else { return false }
        return lexicon.givenName(facts.base[t]) != nil
    }

    func words(_ f: Finding) -> Int {
        var n = 0
        for t in f.tokens where facts.isWord(t) && facts.cap[t] { n += 1 }
        return n
    }

    mutating func setKind(_ i: Int, _ kind: ActorKind, _ strength: Finding.Strength, _ evidence: String) {
        guard strength >= findings[i].strength || findings[i].kind == nil else { return }
        findings[i].kind = kind
        findings[i].strength = strength
        findings[i].evidence = evidence
    }

    /// `Trump administration`, `Netanyahu’s office`: an organisation of a person.
    mutating func addOrgan(of person: Int, noun: Int, government: Bool, written: Bool = true) {
        let p = findings[person]
        if written { setKind(person, .person, .context, "has:" + facts.text(noun..<(noun + 1))) }
        let singular = facts.text(noun..<(noun + 1)).hasSuffix("s") && government
            ? String(facts.text(noun..<(noun + 1)).dropLast()) : facts.text(noun..<(noun + 1))
        let surface = written ? facts.text(p.tokens.lowerBound..<(noun + 1)) : p.surface + " " + singular
        let tokens = written ? p.tokens.lowerBound..<(noun + 1) : p.tokens
        let range = written ? TextRange(p.range.start, facts.tokens[noun].range.end) : p.range
        var f = Finding(tokens: tokens, range: range, sentence: sentence.index, surface: surface, kind: .organization,
                        strength: .cue, evidence: (government ? "government-of:" : "organ-of:") + p.surface)
        f.organOf = person
        f.organIsGovernment = government
        if written {
            findings.append(f)
        } else {
            // `the Obama and Trump administrations`: `Obama` names the administration, not the person here.
            f.organOf = nil
            findings[person] = f
        }
    }

    // MARK: - Gazetteer names in context

    /// Countries, demonyms and organisations inside a title (`U.S. President`, `Israeli Prime Minister`).
    mutating func emitInnerGazetteer(_ r: Range<Int>) {
        var t = r.lowerBound
        while t < r.upperBound {
            if let m = gazetteer.match(at: t, in: facts, limit: r.upperBound) {
                if m.surface.form == .demonym || m.surface.form == .demonymPlural {
                    emitCountry(t..<m.end, m.surface)
                } else if m.surface.form != .capital {
                    emitGazetteer(t..<m.end, m.surface, compound: false)
                }
                t = m.end
            } else {
                t += 1
            }
        }
    }

    mutating func emitGazetteer(_ r: Range<Int>, _ s: Gazetteer.Surface, compound: Bool) {
        let entry = gazetteer.entries[s.entry]
        switch s.form {
        case .capital:
            if compound && !(r.upperBound < end && facts.isInnerHyphen(r.upperBound) && facts.cap[r.upperBound + 1]) { return }
            if let country = entry.capitalOf, actsAsGovernment(r) {
                var f = Finding(tokens: r, range: facts.byteRange(r), sentence: sentence.index, surface: facts.name(r), kind: .country,
                                strength: .known, gazetteer: country, form: .alias, evidence: "capital-as-government:" + entry.name)
                f.descriptions = []
                findings.append(f)
            } else {
                findings.append(Finding(tokens: r, range: facts.byteRange(r), sentence: sentence.index, surface: facts.name(r), kind: .place,
                                        strength: .known, gazetteer: s.entry, form: .name, evidence: "gazetteer:capital"))
            }
        case .demonym:
            if compound || (r.lowerBound > start && facts.isInnerHyphen(r.lowerBound - 1)) { return }
            if demonymActs(after: r.upperBound, modifiers: entry.kind == .organization ? 2 : 0) { emitCountry(r, s) }
        case .demonymPlural:
            if r.lowerBound > start, facts.key[r.lowerBound - 1] == ChunkReader.the { emitCountry(r, s) }
        case .name, .alias:
            if r.upperBound + 1 < end, facts.isInnerHyphen(r.upperBound), !facts.cap[r.upperBound + 1], entry.kind == .place { return }
            let form: MentionForm = facts.name(r).lowercased() == entry.name.lowercased() ? .name : .alias
            findings.append(Finding(tokens: r, range: facts.byteRange(r), sentence: sentence.index, surface: facts.name(r), kind: entry.kind,
                                    strength: .known, gazetteer: s.entry, form: form, evidence: ChunkReader.gazetteerEvidence(entry.kind)))
        }
    }

    /// `gazetteer:country` and the like, as literals (no string is built per finding).
    static func gazetteerEvidence(_ kind: ActorKind) -> String {
        switch kind {
        case .country: return "gazetteer:country"
        case .organization: return "gazetteer:organization"
        case .place: return "gazetteer:place"
        case .group: return "gazetteer:group"
        case .person: return "gazetteer:person"
        }
    }

    /// A demonym used as its country.
    mutating func emitCountry(_ r: Range<Int>, _ s: Gazetteer.Surface) {
        let entry = gazetteer.entries[s.entry]
        let form: MentionForm = s.form == .demonym || s.form == .demonymPlural ? .demonym : .alias
        findings.append(Finding(tokens: r, range: facts.byteRange(r), sentence: sentence.index, surface: facts.name(r), kind: entry.kind,
                                strength: .known, gazetteer: s.entry, form: form, evidence: "demonym"))
    }

    /// `Qatari mediators`, `Israeli criticism`, `Egyptian and Qatari mediators`, `this American move`;
    /// for a party, up to `allowed` words before the head (`Republican primary voters`).
    func demonymActs(after i: Int, modifiers allowed: Int) -> Bool {
        var t = i
        var steps = 0
        var modifiers = 0
        while t < end, steps < 5 {
            guard facts.isWord(t) else {
                if facts.key[t] == ChunkReader.comma { t += 1; steps += 1; continue }
                return false
            }
            let k = facts.key[t]
            if !facts.cap[t] {
                if lexicon.demonymHeads.contains(k) { return true }
                if k != NameRuns.and {
                    guard modifiers < allowed, !lexicon.functionWords.contains(k), !lexicon.speechVerbs.contains(k) else { return false }
                    modifiers += 1
                }
            } else if let m = gazetteer.match(at: t, in: facts, limit: end), m.surface.form == .demonym {
                t = m.end
                steps += 1
                continue
            } else {
                return false
            }
            t += 1
            steps += 1
        }
        return false
    }

    /// A capital does something (`Washington revealed`, `between Washington and Jerusalem`) unless a place
    /// word says it is the city (`in Doha`, `the Doha talks`, `Doha, Qatar`).
    func actsAsGovernment(_ r: Range<Int>) -> Bool {
        if r.lowerBound > start {
            let b = r.lowerBound - 1
            if facts.isWord(b), !facts.cap[b], lexicon.locatives.contains(facts.key[b]) { return false }
            // `a Helsinki court`, `the Moscow subway`: a modifier of a thing.
            if facts.isWord(b), !facts.cap[b], RoleCues.determiners.contains(facts.key[b]), r.upperBound < end, facts.isWord(r.upperBound),
               !facts.cap[r.upperBound], !lexicon.demonymHeads.contains(facts.key[r.upperBound]) {
                return false
            }
        } else if facts.tokens[r.lowerBound].isAllCaps, r.upperBound < end, facts.punct(r.upperBound, 0x2C) || facts.punct(r.upperBound, 0x28) {
            // `WASHINGTON, Aug. 8 (Xinhua) --`, `NICOSIA (AP)`: a wire dateline says where it was written.
            return false
        }
        let a = r.upperBound
        if a < end {
            if facts.isWord(a), !facts.cap[a], lexicon.placeNouns.contains(facts.key[a]) { return false }
            if facts.key[a] == ChunkReader.comma, a + 1 < end, let m = gazetteer.match(at: a + 1, in: facts, limit: end),
               gazetteer.entries[m.surface.entry].kind == .country, m.surface.form == .name || m.surface.form == .alias {
                return false
            }
            if facts.isInnerHyphen(a), !facts.cap[a + 1] { return false }
        }
        return true
    }

    mutating func emitOrganization(_ p: Range<Int>, evidence: String, strength: Finding.Strength = .cue) {
        var lo = p.lowerBound
        // A capital `The` inside a sentence belongs to the name (`The Washington Institute`).
        if lo > start, facts.key[lo - 1] == ChunkReader.the, facts.cap[lo - 1], !facts.initial[lo - 1] { lo -= 1 }
        let r = lo..<p.upperBound
        findings.append(Finding(tokens: r, range: facts.byteRange(r), sentence: sentence.index, surface: facts.name(r), kind: .organization,
                                strength: strength, evidence: evidence))
        readContext(findings.count - 1)
    }
}
