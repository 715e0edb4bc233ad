/// Splits UTF-8 bytes into tokens.
///
/// - Words: letters and digits with inner apostrophes (`isn’t`, `Trump’s`); hyphens are tokens of their
///   own (`US-Hamas` is three tokens with no space between; check adjacency to rejoin), acronyms
///   with periods (`U.S.`), and abbreviations from `abbreviations.tsv` keep their period (`Mr.`, `Jan.`).
/// - Numbers: digits with inner `,` `.` `:` (`2,000`, `3.5`, `10:30`).
/// - Quotes: `"` `'` `“` `”` `‘` `’` `«` `»` standing alone; `''` and ` `` ` as one double mark.
/// - Punctuation and symbols: one mark a token; `…` and dashes are punctuation.
///
/// Non-ASCII scalars are letters unless listed as marks here, so names in any Latin, Greek, Cyrillic,
/// Arabic or Hebrew script stay whole.
struct Tokenizer: Sendable {
    let abbreviations: Set<String>

    func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(b.count / 5)
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            let space = Segmenter.spaceWidth(b, i)
            if space > 0 { i += space; continue }
            if let mark = Tokenizer.markKind(b, i) {
                tokens.append(Token(range: TextRange(i, i + mark.width), kind: mark.kind))
                i += mark.width
                continue
            }
            if Tokenizer.isDigit(c) {
                var j = i + 1
                while j < n {
                    if Tokenizer.isDigit(b[j]) { j += 1; continue }
                    if (b[j] == 0x2C || b[j] == 0x2E || b[j] == 0x3A), j + 1 < n, Tokenizer.isDigit(b[j + 1]) { j += 2; continue }
                    break
                }
                // Ordinals and units glued on: 1990s, 11th, 5pm.
                var k = j
                while k < n, Tokenizer.isASCIILetter(b[k]) { k += 1 }
                if k > j && k - j <= 3 {
                    j = k
                } else if k - j > 3, Tokenizer.gluedClockUnit(b, j) {
                    // A scraped time stamp glued to the next word (`10:01PMDonald Trump`): the unit
                    // stays with the time, the capitalised word after it is a word of its own.
                    j += 2
                }
                tokens.append(Token(range: TextRange(i, j), kind: .number))
                i = j
                continue
            }
            if Tokenizer.isWordStart(b, i) {
                var j = i
                var letters = 0
                var upper = 0
                var firstUpper = false
                var sawLetter = false
                while j < n {
                    let w = Tokenizer.wordScalarWidth(b, j)
                    if w > 0 {
                        if b[j] < 0x80 {
                            if Tokenizer.isASCIILetter(b[j]) {
                                letters += 1
                                let isUp = b[j] <= 0x5A
                                if isUp { upper += 1 }
                                if !sawLetter { firstUpper = isUp }
                                sawLetter = true
                            }
                        } else if let s = Tokenizer.scalar(b, j), s.properties.isAlphabetic {
                            letters += 1
                            let isUp = s.properties.isUppercase
                            if isUp { upper += 1 }
                            if !sawLetter { firstUpper = isUp }
                            sawLetter = true
                        }
                        j += w
                        continue
                    }
                    // Inner apostrophe or hyphen followed by a letter or digit.
                    let joiner = Tokenizer.joinerWidth(b, j)
                    if joiner > 0, j + joiner < n, Tokenizer.wordScalarWidth(b, j + joiner) > 0 { j += joiner; continue }
                    // Acronym periods: a single letter, a period, a letter (U.S., U.N., e.g.)
                    if b[j] == 0x2E, j + 1 < n, Tokenizer.isASCIILetter(b[j + 1]), j + 2 <= n,
                       (j + 2 == n || !Tokenizer.isASCIILetter(b[j + 2])), j - i <= 3 || b[j - 2] == 0x2E {
                        j += 2
                        continue
                    }
                    break
                }
                // Trailing period of an acronym or abbreviation belongs to the word.
                if j < n, b[j] == 0x2E, !(j + 1 < n && Tokenizer.isDigit(b[j + 1])) {
                    let word = String(decoding: b[i..<j], as: UTF8.self)
                    let lower = word.lowercased()
                    let isAcronym = word.contains(".") || (letters == 1 && upper == 1)
                    if isAcronym || abbreviations.contains(lower) { j += 1 }
                }
                tokens.append(Token(range: TextRange(i, j), kind: .word, isCapitalized: firstUpper,
                                    isAllCaps: letters >= 2 && upper == letters))
                i = j
                continue
            }
            // Anything else: one scalar as a symbol.
            let w = Tokenizer.scalarWidth(c)
            tokens.append(Token(range: TextRange(i, min(n, i + w)), kind: .symbol))
            i += w
        }
        return tokens
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// `am`/`pm` (either case) at `i`, followed by a capital and a lower-case letter: a clock unit with
    /// the next word glued on.
    static func gluedClockUnit(_ b: [UInt8], _ i: Int) -> Bool {
        guard i + 3 < b.count else { return false }
        let first = b[i] | 0x20
        guard first == 0x61 || first == 0x70, b[i + 1] | 0x20 == 0x6D else { return false }
        return b[i + 2] >= 0x41 && b[i + 2] <= 0x5A && b[i + 3] >= 0x61 && b[i + 3] <= 0x7A
    }
    static func isASCIILetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

    static func scalarWidth(_ c: UInt8) -> Int {
        if c < 0x80 { return 1 }
        if c >= 0xF0 { return 4 }
        if c >= 0xE0 { return 3 }
        if c >= 0xC0 { return 2 }
        return 1
    }

    static func scalar(_ b: [UInt8], _ i: Int) -> Unicode.Scalar? {
        let w = scalarWidth(b[i])
        guard i + w <= b.count else { return nil }
        var v: UInt32
        switch w {
        case 2: v = UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 3: v = UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        case 4: v = UInt32(b[i] & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        default: v = UInt32(b[i])
        }
        return Unicode.Scalar(v)
    }

    /// Width of a letter/digit scalar at i, or 0.
    static func wordScalarWidth(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return isASCIILetter(c) || isDigit(c) ? 1 : 0 }
        if markKind(b, i) != nil || Segmenter.spaceWidth(b, i) > 0 { return 0 }
        guard let s = scalar(b, i) else { return 0 }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark ? scalarWidth(c) : 0
    }

    static func isWordStart(_ b: [UInt8], _ i: Int) -> Bool { wordScalarWidth(b, i) > 0 }

    /// `'` `’` inside a word.
    static func joinerWidth(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c == 0x27 { return 1 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// Quote marks and punctuation, with their byte width.
    static func markKind(_ b: [UInt8], _ i: Int) -> (kind: TokenKind, width: Int)? {
        let c = b[i]
        if c < 0x80 {
            // Two apostrophes or backticks are one double mark (``…'' in wire and archive text).
            if c == 0x27 || c == 0x60, i + 1 < b.count, b[i + 1] == c { return (.quote, 2) }
            switch c {
            case 0x22, 0x27, 0x60: return (.quote, 1)
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2D, 0x2F: return (.punctuation, 1)
            default:
                return isASCIILetter(c) || isDigit(c) || c <= 0x20 ? nil : (.symbol, 1)
            }
        }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x98, 0x99, 0x9C, 0x9D, 0x9E, 0xB9, 0xBA: return (.quote, 3)
            case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0xA6, 0xA2: return (.punctuation, 3)
            default: return nil
            }
        }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xAB || b[i + 1] == 0xBB { return (.quote, 2) }
        return nil
    }
}
