/// Joins statements that report one utterance in several articles: the same speaker, a near-identical
/// quotation (word overlap ≥ 0.8 both ways, at least five words), in different documents, dates within
/// the window.
///
/// Blocks are speaker + first three words and speaker + last three words of the quotation, so a pair
/// is compared only when it shares one of them; each statement meets at most `maxCandidates` others.
struct StatementMerger {
    var maxCandidates: Int

    func join(_ events: [Event], _ items: [MergeItem], _ clusters: inout EventClusters) {
        var words: [Int: Set<UInt64>] = [:]
        var blocks: [String: [Int]] = [:]
        for (i, e) in events.enumerated() where e.kind == "statement" {
            guard let q = e.quote, let speaker = e.participants.first(where: { $0.role == "speaker" })?.actor else { continue }
            let w = StatementMerger.words(q)
            guard w.count >= 5 else { continue }
            words[i] = Set(w.map(WordHash.of))
            blocks["\(speaker)|^" + w.prefix(3).joined(separator: " "), default: []].append(i)
            blocks["\(speaker)|$" + w.suffix(3).joined(separator: " "), default: []].append(i)
        }
        for key in blocks.keys.sorted() {
            guard let list = blocks[key], list.count > 1 else { continue }
            for (p, i) in list.enumerated() {
                for j in list[(p + 1)...].prefix(maxCandidates) where items[i].doc != items[j].doc {
                    guard clusters.find(i) != clusters.find(j), let a = words[i], let b = words[j] else { continue }
                    let inter = a.intersection(b).count
                    guard Double(inter) / Double(a.count) >= 0.8, Double(inter) / Double(b.count) >= 0.8 else { continue }
                    clusters.join(i, j, tolerance: max(items[i].window, items[j].window),
                                  note: "merged: the same quotation by the same speaker in \(items[i].doc) and \(items[j].doc)")
                }
            }
        }
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
