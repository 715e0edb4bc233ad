/// Whether the text says an event happened, is planned, is denied or is only someone's claim.
///
/// Read off the words before the trigger (before its light verb, for a noun):
/// - denied: a negation in the verb group (`will not engage in talks`, `did not meet`, `refused to
///   meet`), `no` before a noun, or a rejecting verb right before it (`rejected the idea of talks`);
/// - planned: a modal or a plan word in the verb group (`will go to`, `is expected to visit`,
///   `postponed his visit`), an infinitive (`to meet`), a planning adjective (`the upcoming talks`);
/// - reported: a report cue earlier in the sentence (`X stated that`, `according to X`, `reportedly`)
///   or `according to` anywhere in it;
/// - happened otherwise. A date after publication makes a happened event planned (see ``EventDating``).
struct StatusReader {
    let v: EventTokens

    func status(trigger a: Int, light: Int?, isNoun: Bool, isDisclosure: Bool, sentence s: Sentence) -> EventStatus {
        let s0 = s.tokens.lowerBound
        let start = light ?? a
        var negated = false
        var planned = false
        // The light verb itself: `postponed his visit`, `called off the talks`, `rejected talks`.
        if let l = light {
            if v.has(l, .negation) { negated = true }
            if v.has(l, .plan) { planned = true }
        }
        var i = start - 1
        var k = 0
        // The verb group: auxiliaries, adverbs, negations, plan words.
        while i >= s0 && k < 5 && v.isWord(i) {
            let cls = v.classes[i]
            let isTo = v.hash[i] == EventTokens.to
            guard !cls.isDisjoint(with: [.skip, .be, .have, .modal, .negation, .plan]) || isTo else { break }
            if cls.contains(.negation) { negated = true }
            if !cls.isDisjoint(with: [.modal, .plan]) { planned = true }
            if isTo && k == 0 && (!isNoun || light != nil) { planned = true }
            i -= 1
            k += 1
        }
        if isNoun && light == nil {
            // The noun phrase: `no talks`, `the upcoming talks`, `rejected the idea of direct talks`,
            // `postponed his visit`.
            var p = a - 1
            var w = 0
            while p >= s0 && w < 5 {
                if !v.isWord(p) && !v.isHyphen(p) { break }
                let cls = v.classes[p]
                if v.hash[p] == EventTokens.no { negated = true }
                if w < 3 && cls.contains(.planAdjective) { planned = true }
                if cls.contains(.plan) {
                    planned = true
                    break
                }
                if cls.contains(.negation) && v.hash[p] != EventTokens.no {
                    negated = true
                    break
                }
                if cls.contains(.clause) || (cls.contains(.preposition) && v.hash[p] != EventTokens.of) { break }
                p -= 1
                w += 1
            }
        }
        if negated { return .denied }
        if planned { return .planned }
        if !isDisclosure && isReported(before: start, sentence: s) { return .reported }
        return .happened
    }

    /// A report cue before `start` in its clause (a `that` complement may stand between; another
    /// clause word may not), or `according to` anywhere in the sentence, outside quotations.
    func isReported(before start: Int, sentence s: Sentence) -> Bool {
        let s0 = s.tokens.lowerBound
        let s1 = min(s.tokens.upperBound, v.count)
        var t = s0
        while t < s1 {
            if v.isWord(t), !v.inQuote[t], v.hash[t] == EventTokens.according { return true }
            t += 1
        }
        var c = start - 1
        while c >= s0 {
            if v.isHardBoundary(c) { return false }
            if v.isWord(c), !v.inQuote[c] {
                if v.has(c, .report) { return true }
                if v.has(c, .clause) && v.hash[c] != EventTokens.that { return false }
            }
            c -= 1
        }
        return false
    }
}

extension EventTokens {
    static let no = WordHash.of("no")
    static let according = WordHash.of("according")
    static let about = WordHash.of("about")
    static let `if` = WordHash.of("if")
    static let unless = WordHash.of("unless")
    static let till = WordHash.of("till")
}

extension StatusReader {
    /// The tense of the trigger's clause and whether it speaks of a series of sessions.
    ///
    /// From the verb group (`will`, `has been`, `is`, `was` …) before the trigger or its light verb;
    /// unknown for a bare noun. Series: an aspect cue near
    /// the trigger (`ongoing`, `in recent weeks`) or a perfect progressive (`has been conducting talks`).
    func tense(trigger a: Int, end b: Int, light: Int?, isNoun: Bool, sentence s: Sentence) -> (EventTense, series: Bool) {
        let s0 = s.tokens.lowerBound
        let s1 = min(s.tokens.upperBound, v.count)
        var series = false
        var lo = max(s0, a - 6)
        while lo < min(s1, b + 10) {
            if v.isWord(lo), !v.inQuote[lo], v.has(lo, .series) {
                series = true
                break
            }
            lo += 1
        }
        let head = light ?? a
        if !isNoun || light != nil {
            var i = head - 1
            var k = 0
            var sawBeen = false
            var result: EventTense?
            while i >= s0 && k < 5 && v.isWord(i) {
                let h = v.hash[i]
                if v.has(i, .modal) { result = result ?? .future }
                if h == EventTokens.been { sawBeen = true }
                if h == EventTokens.has || h == EventTokens.have {
                    if sawBeen && v.ing[head] {
                        series = true
                        result = result ?? .present
                    } else {
                        result = result ?? .past
                    }
                } else if h == EventTokens.had {
                    result = result ?? .past
                } else if h == EventTokens.was || h == EventTokens.were {
                    result = result ?? .past
                } else if h == EventTokens.is || h == EventTokens.are || h == EventTokens.am {
                    result = result ?? .present
                }
                if !v.has(i, [.skip, .be, .have, .modal, .negation, .plan]) && h != EventTokens.to { break }
                i -= 1
                k += 1
            }
            if let r = result { return (r, series) }
            if v.ed[head] || v.has(head, .past) { return (.past, series) }
            // `responded by releasing X`: a gerund after a preposition has the tense of the verb before.
            if v.ing[head], head >= s0 + 2, v.has(head - 1, [.preposition, .clause]), v.isWord(head - 2),
               v.ed[head - 2] || v.has(head - 2, .past) {
                return (.past, series)
            }
            if v.hash[head] != 0, endsInS(head) { return (.present, series) }
            return (.unknown, series)
        }
        // A bare noun's tense is not its clause's: `the meeting would push forward …` speaks of a past meeting.
        return (.unknown, series)
    }

    private func endsInS(_ t: Int) -> Bool {
        let r = v.doc.tokens[t].range
        guard r.length >= 3 else { return false }
        let bytes = v.doc.document.utf8
        return bytes[r.end - 1] | 0x20 == 0x73 && bytes[r.end - 2] | 0x20 != 0x73
    }
}

extension EventTokens {
    static let would = WordHash.of("would")
    static let could = WordHash.of("could")
    static let been = WordHash.of("been")
    static let was = WordHash.of("was")
    static let were = WordHash.of("were")
    static let had = WordHash.of("had")
    static let has = WordHash.of("has")
    static let have = WordHash.of("have")
    static let `is` = WordHash.of("is")
    static let are = WordHash.of("are")
    static let am = WordHash.of("am")
}
