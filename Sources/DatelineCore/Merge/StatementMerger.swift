/// Joins statements that report one utterance in several articles: the same speaker, in different
/// documents, dates within the window, and either a near-identical quotation (word overlap ≥ 0.8 both
/// ways, at least five words) or one quotation of at least three words found word for word inside the
/// other (`“you are DEAD”` inside `“If you do, you are DEAD.”`).
///
/// Blocks are speaker + a three-word shingle: every shingle of a quotation (at most the first
/// ``maxShingles``) is indexed, and a statement is compared with the statements sharing its first or
/// last shingle — at most `maxCandidates` of them — so the cost stays near-linear.
struct StatementMerger {
    var maxCandidates: Int
    var maxShingles = 64

    func join(_ events: [Event], _ items: [MergeItem], _ clusters: inout EventClusters, parallelism: Int = 1) {
        // Each quoted statement with a speaker: its words' hashes and its shingle keys (made on up to
        // `parallelism` threads).
        let quoted = events.indices.filter { events[$0].kind == "statement" && events[$0].quote != nil }
        var made: [(words: [UInt64], keys: [UInt64])?] = Parallel.map(quoted.count, parallelism: parallelism) { k in
            let i = quoted[k]
            guard let speaker = events[i].participants.first(where: { $0.role == "speaker" })?.actor else { return nil }
            let w = StatementMerger.wordHashes(events[i].quote ?? "")
            guard w.count >= 3 else { return nil }
            let who = WordHash.of(speaker)
            var keys: [UInt64] = []
            for k in 0...(w.count - 3) where k < maxShingles {
                keys.append((who &* 0x9E37_79B9_7F4A_7C15) ^ (w[k] &+ 3 &* w[k + 1] &+ 7 &* w[k + 2]))
            }
            return (w, keys)
        }
        // Per event index (arrays, not dictionaries keyed by index): its word hashes and probe shingles.
        var words = [[UInt64]?](repeating: nil, count: events.count)
        var probes = [[UInt64]?](repeating: nil, count: events.count)
        var probing: [Int] = []
        for (k, i) in quoted.enumerated() {
            guard let m = made[k] else { continue }
            words[i] = m.words
            probes[i] = [m.keys.first, m.keys.last].compactMap { $0 }
            probing.append(i)
        }
        // Only the shingles some statement probes with are looked up: only those are indexed.
        var probed = Set<UInt64>()
        for i in probing { probed.formUnion(probes[i] ?? []) }
        var index: [UInt64: [Int]] = [:]
        for (k, i) in quoted.enumerated() {
            guard let m = made[k] else { continue }
            for key in m.keys where probed.contains(key) && index[key]?.last != i { index[key, default: []].append(i) }
        }
        // The shingles are indexed (the words are kept in `words`): up to 64 keys a statement freed.
        made = []
        // `probing` is in index order (`quoted` is).
        for i in probing {
            guard let a = words[i] else { continue }
            var seen = Set<Int>()
            for key in probes[i] ?? [] {
                for j in (index[key] ?? []).prefix(maxCandidates) where j != i && items[i].doc != items[j].doc && seen.insert(j).inserted {
                    guard clusters.find(i) != clusters.find(j), let b = words[j] else { continue }
                    let reason: String
                    if StatementMerger.contains(a.count <= b.count ? b : a, a.count <= b.count ? a : b) {
                        reason = "merged: the same words by the same speaker in \(items[i].doc) and \(items[j].doc)"
                    } else {
                        let sa = Set(a)
                        let sb = Set(b)
                        let inter = sa.intersection(sb).count
                        guard a.count >= 5, b.count >= 5, Double(inter) / Double(sa.count) >= 0.8, Double(inter) / Double(sb.count) >= 0.8 else { continue }
                        reason = "merged: the same quotation by the same speaker in \(items[i].doc) and \(items[j].doc)"
                    }
                    clusters.join(i, j, tolerance: max(items[i].window, items[j].window), note: reason)
                }
            }
        }
    }

    /// `short` occurs word for word in `long`.
    static func contains(_ long: [UInt64], _ short: [UInt64]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where long[start] == short[0] {
            var ok = true
            for k in 1..<short.count where long[start + k] != short[k] {
                ok = false
                break
            }
            if ok { return true }
        }
        return false
    }

    /// Hashes of the lower-cased words of a quotation (letters and digits; apostrophes dropped), in
    /// one pass over its scalars.
    static func wordHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var h = WordHash.offset
        var inWord = false
        for s in text.unicodeScalars {
            let v = s.value
            var c: UInt32?
            if v < 0x80 {
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { c = v } else if (0x41...0x5A).contains(v) { c = v | 0x20 }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                c = s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
            }
            if let c {
                h = (h ^ UInt64(c)) &* WordHash.prime
                inWord = true
            } else if v == 0x27 || v == 0x2019 {
                continue
            } else if inWord {
                out.append(h)
                h = WordHash.offset
                inWord = false
            }
        }
        if inWord { out.append(h) }
        return out
    }
}
