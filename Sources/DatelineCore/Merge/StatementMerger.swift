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

    func join(_ events: [Event], _ items: [MergeItem], _ clusters: inout EventClusters) {
        var words: [Int: [UInt64]] = [:]
        var index: [String: [Int]] = [:]
        var probes: [Int: [String]] = [:]
        for (i, e) in events.enumerated() where e.kind == "statement" {
            guard let q = e.quote, let speaker = e.participants.first(where: { $0.role == "speaker" })?.actor else { continue }
            let w = StatementMerger.words(q).map(WordHash.of)
            guard w.count >= 3 else { continue }
            words[i] = w
            var keys: [String] = []
            for k in 0...(w.count - 3) where k < maxShingles {
                let key = "\(speaker)|\(w[k] &+ 3 &* w[k + 1] &+ 7 &* w[k + 2])"
                keys.append(key)
                if index[key]?.last != i { index[key, default: []].append(i) }
            }
            probes[i] = [keys.first, keys.last].compactMap { $0 }
        }
        for i in probes.keys.sorted() {
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

    /// Lower-cased words of a quotation (letters, digits and inner apostrophes).
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for s in text.lowercased().unicodeScalars {
            let ascii = s.isASCII
            if ascii ? (("a"..."z").contains(s) || ("0"..."9").contains(s)) : (s.properties.isAlphabetic || s.properties.numericType != nil) {
                cur.unicodeScalars.append(s)
            } else if (s == "'" || s == "\u{2019}") && !cur.isEmpty {
                cur += "'"
            } else if !cur.isEmpty {
                out.append(cur)
                cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }
}
