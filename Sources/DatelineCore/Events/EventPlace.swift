/// Finds where an event happened: `in Doha, Qatar`, `at the White House`, `took place in Doha`,
/// `In Gaza, …` at the start of the sentence, or a city inside the noun phrase (`the Doha talks`, found
/// by the frame).
///
/// The place is the first place or country (an organisation after `at`) named after `in`/`at` right
/// after the trigger and its arguments — at most two other words between, `took place` and the like
/// passed over — and not one of the event's participants. Cost: a few tokens a trigger.
struct PlaceFinder {
    let v: EventTokens

    func place(after b: Int, argumentEnd: Int, sentence s: Sentence, excluding: Set<Int>) -> Int? {
        let s1 = min(s.tokens.upperBound, v.count)
        var j = max(b, argumentEnd)
        var gap = 0
        while j < s1 && gap <= 2 {
            if v.isHardBoundary(j) || v.isComma(j) { break }
            if v.isWord(j) {
                if v.has(j, .placeVerb) || v.has(j, .skip) {
                    j += 1
                    continue
                }
                if v.has(j, .placePreposition) {
                    if let e = placeMention(after: j, s1: s1, at: v.hash[j] == EventTokens.at), !excluding.contains(e) { return e }
                    // `was in February 2025 in Qatar`: pass over a date.
                    if j + 1 < s1, v.timexAt[j + 1] >= 0 {
                        j = v.timexTokens[Int(v.timexAt[j + 1])].upperBound
                        continue
                    }
                    break
                }
                if v.has(j, .preposition), j + 1 < s1, v.timexAt[j + 1] >= 0 {
                    j = v.timexTokens[Int(v.timexAt[j + 1])].upperBound
                    continue
                }
                if v.has(j, [.clause, .preposition]) { break }
            }
            gap += 1
            j += 1
        }
        // `In Doha, the envoy met …`
        let s0 = s.tokens.lowerBound
        if s0 < s1, v.isWord(s0), v.has(s0, .placePreposition), s0 < b,
           let e = placeMention(after: s0, s1: s1, at: v.hash[s0] == EventTokens.at), !excluding.contains(e) {
            let after = v.mentionTokens(s0 + (v.hash[s0 + 1] == EventTokens.the ? 2 : 1)).upperBound
            if after < s1, v.isComma(after) { return e }
        }
        return nil
    }

    /// The place or country named right after a preposition (over `the`).
    private func placeMention(after j: Int, s1: Int, at: Bool) -> Int? {
        var t = j + 1
        if t < s1, v.hash[t] == EventTokens.the { t += 1 }
        guard t < s1, let m = v.mention(t), let kind = v.kind(of: m) else { return nil }
        switch kind {
        case .place, .country: return m.entity
        case .organization: return at ? m.entity : nil
        case .person, .group: return nil
        }
    }
}
