import Foundation

/// How names are compared across documents: normalised keys, a sound skeleton and an edit distance.
enum NameMatching {
    /// Lower case, diacritics and curly apostrophes folded, a leading `the ` and a final `’s` dropped,
    /// hyphens and spaces as one space: `The Times of Israel` → `times of israel`.
    static func key(_ s: String) -> String {
        s.utf8.allSatisfy({ $0 < 0x80 }) ? asciiKey(s) : scalarKey(s)
    }

    /// ``key(_:)`` on Unicode scalars (any text).
    static func scalarKey(_ s: String) -> String {
        var out = ""
        var space = false
        let folded = s.utf8.allSatisfy({ $0 < 0x80 }) ? s.lowercased()
            : s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        for u in folded.unicodeScalars {
            var c = u
            if c == "\u{2019}" || c == "\u{2018}" || c == "`" { c = "'" }
            if c == " " || c == "\n" || c == "\t" || c == "-" || c == "\u{2010}" || c == "\u{00A0}" {
                space = !out.isEmpty
                continue
            }
            if c == "." && !out.isEmpty && out.unicodeScalars.last.map({ $0.properties.isAlphabetic }) == true {
                // `U.S.` = `US`.
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(c)
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        if out.hasSuffix("'s") { out.removeLast(2) }
        return out
    }

    /// ``key(_:)`` of an ASCII name, on its bytes.
    static func asciiKey(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        for b in s.utf8 {
            var c = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if c == 0x60 { c = 0x27 }
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x2D {
                space = !out.isEmpty
                continue
            }
            // `U.S.` = `US`.
            if c == 0x2E, let last = out.last, last >= 0x61 && last <= 0x7A { continue }
            if space {
                out.append(0x20)
                space = false
            }
            out.append(c)
        }
        var lo = 0
        var hi = out.count
        if hi >= 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 { lo = 4 }
        if hi - lo >= 2, out[hi - 2] == 0x27, out[hi - 1] == 0x73 { hi -= 2 }
        return String(decoding: out[lo..<hi], as: UTF8.self)
    }

    /// Particles that start a surname and are left out when comparing surnames (`al-Sayed` ~ `Sayed`).
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "ter", "ben"]

    /// A person name's words without particles (`Hani al-Sayed` → `hani`, `sayed`); a hyphenated part is one
    /// word (`Douglas Holtz-Eakin` → `douglas`, `holtz-eakin`, so that `Holtz-Eakin` alone is his surname),
    /// and a first word that is a given name stays even when it is also a particle (`Ben Carson`).
    static func words(_ name: String) -> [String] {
        var out: [String] = []
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" })
        for (n, part) in parts.enumerated() {
            var pieces = key(String(part)).split(separator: " ").map(String.init).filter { !$0.isEmpty }
            guard !pieces.isEmpty else { continue }
            if pieces.count > 1 {
                // `al-Sayed` is `Sayed`; `Holtz-Eakin` stays whole.
                while pieces.count > 1, let first = pieces.first, particles.contains(first) { pieces.removeFirst() }
                out.append(pieces.joined(separator: "-"))
            } else if let w = pieces.first {
                if particles.contains(w), !(n == 0 && parts.count > 1 && givenNames.contains(w)) { continue }
                out.append(w)
            }
        }
        return out
    }

    /// Common given names, lower case (`entities-given-names.tsv`).
    static let givenNames: Set<String> = {
        guard let lexicon = try? Lexicon.bundled("entities-given-names") else { return [] }
        return Set(lexicon.rows.compactMap { $0.first?.lowercased() })
    }()

    /// Titles of people known by one name (`Pope`, `King`), lower case (`entities-sole-name-titles.tsv`).
    static let soleNameTitles: Set<String> = {
        guard let lexicon = try? Lexicon.bundled("entities-sole-name-titles") else { return [] }
        return Set(lexicon.rows.compactMap { $0.first?.lowercased() })
    }()

    /// Each given name → the names it is a familiar or formal form of (`bill` → `william`; `tyrone` → `ty`),
    /// from `entities-nicknames.tsv`.
    static let nicknames: [String: Set<String>] = {
        guard let lexicon = try? Lexicon.bundled("entities-nicknames") else { return [:] }
        var out: [String: Set<String>] = [:]
        for row in lexicon.rows where row.count >= 2 {
            let formal = row[0].lowercased()
            for short in row[1].split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !short.isEmpty {
                out[formal, default: []].insert(short)
                out[short, default: []].insert(formal)
            }
        }
        return out
    }()

    /// `Bill`/`William`, `Ty`/`Tyrone`: one is a familiar form of the other.
    static func nickname(_ a: String, _ b: String) -> Bool { nicknames[a]?.contains(b) ?? false }

    /// A skeleton of how a name sounds across spellings and transliterations: the first letter (any
    /// vowel as `a`), then consonants only, with `ph`→`f`, `c`/`q`/`ck`→`k`, `v`→`f`, `z`→`s`, `j`/`y`/`w`/`h`
    /// dropped inside the word and doubled letters once: `Meyer`, `Meier` → `mr`; `Sean`, `Shawn` →
    /// `sn`; `Binyamin`, `Benjamin` → `bnmn`; `Mark`, `Marco` → `mrk`.
    static func skeleton(_ word: String) -> String {
        // On scalars (each letter is one): ASCII letters are alphabetic without a property lookup.
        let s = Array(key(word).unicodeScalars.filter { $0.value < 0x80 ? ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A : $0.properties.isAlphabetic })
        guard let first = s.first else { return "" }
        var out = String.UnicodeScalarView()
        func push(_ c: Unicode.Scalar) { if out.last != c { out.append(c) } }
        func vowel(_ c: Unicode.Scalar) -> Bool { c == "a" || c == "e" || c == "i" || c == "o" || c == "u" || c == "y" }
        if vowel(first) { out.append("a") } else if first == "j" { out.append("y") } else { out.append(map(first)) }
        var i = 1
        while i < s.count {
            let c = s[i]
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            if c == "p", next == "h" { push("f"); i += 2; continue }
            if c == "c", next == "k" { push("k"); i += 2; continue }
            if vowel(c) || c == "h" || c == "w" || c == "j" { i += 1; continue }
            push(map(c))
            i += 1
        }
        return String(out)
    }

    private static func map(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "c", "q": return "k"
        case "v": return "f"
        case "z": return "s"
        default: return c
        }
    }

    /// Levenshtein distance, stopping early once above `limit`.
    static func distance(_ a: String, _ b: String, limit: Int = 3) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            var best = cur[0]
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                best = min(best, cur[j])
            }
            if best > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// Two spellings of one name: they sound alike (same skeleton) and differ by at most two letters.
    static func variants(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        guard a.count >= 3, b.count >= 3 else { return false }
        let s = skeleton(a)
        guard s == skeleton(b) else { return false }
        // A short skeleton (`kn` for Kohan and Cohen) allows one letter of difference, not two.
        return distance(a, b, limit: 2) <= (s.count >= 3 ? 2 : 1)
    }

    /// Words of a description that say something (`envoy`, `hostage`, `american-israeli`), not `the`, `of`.
    static func contentWords(_ s: String) -> Set<String> {
        let stop: Set<String> = ["the", "a", "an", "of", "at", "for", "to", "in", "on", "and", "with", "his", "her", "its", "their",
                                 "another", "former", "last", "new", "senior", "special", "top", "chief", "s"]
        var out = Set<String>()
        for w in key(s).split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "," }) where w.count >= 3 && !stop.contains(String(w)) {
            out.insert(String(w))
        }
        return out
    }
}
