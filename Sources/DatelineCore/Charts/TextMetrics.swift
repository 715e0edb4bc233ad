/// Text widths in points for Helvetica (and its metric twins Arial and Liberation Sans), so that
/// positions computed in Swift leave room for what Graphviz will draw.
///
/// Widths come from Helvetica's AFM table (units per 1,000 of the font size) for printable ASCII; other
/// characters count as 0.6 em (wide scripts as 1 em). Estimates err on the wide side by a few percent.
public enum TextMetrics {
    /// Helvetica advance widths for U+0020…U+007E.
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
    ]

    /// The width of one scalar in thousandths of an em.
    static func units(_ u: Unicode.Scalar) -> Int {
        let v = Int(u.value)
        if v >= 0x20 && v <= 0x7E { return ascii[v - 0x20] }
        if v == 0x2060 || v == 0x200B { return 0 }
        if v == 0x2026 { return 1000 }
        if (0x2E80...0x9FFF).contains(v) || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFFEF).contains(v) { return 1000 }
        return 600
    }

    /// Estimated width of `s` in points at `size`; bold adds 7 %.
    public static func width(_ s: String, size: Double, bold: Bool = false) -> Double {
        var total = 0
        for u in s.unicodeScalars { total += units(u) }
        return Double(total) * size / 1000 * (bold ? 1.07 : 1.0) * 1.03
    }

    /// Collapses runs of white space (including newlines) to single spaces and trims the ends.
    public static func collapse(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || DOTWriter.isDropped(u) {
                space = !out.isEmpty
                continue
            }
            if space { out += " " }
            space = false
            out.unicodeScalars.append(u)
        }
        return out
    }

    /// `s` cut to fit `maxWidth` points, ending in `…` when cut (at a word boundary when one is near).
    public static func truncate(_ s: String, maxWidth: Double, size: Double, bold: Bool = false) -> String {
        if width(s, size: size, bold: bold) <= maxWidth { return s }
        let ellipsis = width("…", size: size, bold: bold)
        var kept: [Unicode.Scalar] = []
        var w = 0.0
        let factor = size / 1000 * (bold ? 1.07 : 1.0) * 1.03
        for u in s.unicodeScalars {
            let cw = Double(units(u)) * factor
            if w + cw + ellipsis > maxWidth { break }
            kept.append(u)
            w += cw
        }
        // Back up to the last space when it is not too far, so a word is not cut in the middle.
        if let lastSpace = kept.lastIndex(of: " "), lastSpace >= kept.count * 2 / 3 {
            kept.removeSubrange(lastSpace...)
        }
        while let last = kept.last, last == " " || last == "," || last == ";" || last == ":" { kept.removeLast() }
        var out = ""
        out.unicodeScalars.append(contentsOf: kept)
        return out + "…"
    }

    /// Breaks `s` into at most `maxLines` lines of at most `maxWidth` points, at spaces; the last line is
    /// truncated with `…` when the text does not fit. A single word longer than a line is cut.
    public static func wrap(_ s: String, maxWidth: Double, size: Double, maxLines: Int, bold: Bool = false) -> [String] {
        let text = collapse(s)
        guard !text.isEmpty, maxLines > 0 else { return [] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, size: size, bold: bold) <= maxWidth {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                // One word wider than the line: cut it.
                lines.append(truncate(word, maxWidth: maxWidth, size: size, bold: bold))
                index += 1
            } else {
                lines.append(current)
                current = ""
            }
            if lines.count == maxLines { break }
        }
        if lines.count < maxLines, !current.isEmpty {
            lines.append(current)
        } else if index < words.count || !current.isEmpty {
            // Text left over: the last line ends in an ellipsis.
            let rest = ([lines.last ?? ""] + (current.isEmpty ? [] : [current]) + words[min(index, words.count)...]).joined(separator: " ")
            let last = truncate(rest, maxWidth: maxWidth, size: size, bold: bold)
            if lines.isEmpty { lines = [last] } else { lines[lines.count - 1] = last.hasSuffix("…") ? last : last + "…" }
        }
        return lines
    }
}
