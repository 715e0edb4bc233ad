import Foundation

/// A value of a DOT attribute: a quoted string, or an HTML-like label that was built only through
/// ``HTMLLabel`` (so every piece of text in it is escaped).
public enum DOTValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    case text(String)
    case html(HTMLLabel)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
}

/// Builds DOT text with every string escaped and attributes in a fixed order, so the same graph gives
/// the same bytes and no article text can break the DOT or what Graphviz makes of it.
///
/// What Graphviz 2.42/2.43 does to a string, and what ``quote(_:newline:)`` does against it:
/// - `\N`, `\G`, `\E`, `\T`, `\H`, `\L` are replaced by object names, even in tooltips and HTML labels,
///   and tooltips undo a doubled backslash first. Every backslash is written as `\\` followed by a
///   WORD JOINER (U+2060), which draws as nothing and can never start an escape.
/// - Character entities (`&nbsp;`, `&#0;`, `&#xD800;`) in labels and tooltips are decoded, and an
///   invalid one ends up as raw bytes in the SVG. Every `&` is written `&amp;`, which Graphviz turns back
///   into `&` and escapes again on output.
/// - `"` ends the string: written `\"`. Newlines become `\n` (or `\l`, left-aligned); other control
///   characters and non-characters are dropped.
public struct DOTWriter {
    public private(set) var text = ""
    private var depth = 0

    public init() {}

    /// How a newline in a string is written.
    public enum Newline: String, Sendable {
        /// A centred line break.
        case center = "\\n"
        /// A left-aligned line break (the line before it is left-justified).
        case left = "\\l"
        /// Newlines are joined with a space.
        case space = " "
    }

    /// A quoted DOT string, safe for any text (see the type's discussion).
    public static func quote(_ s: String, newline: Newline = .center) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\\u{2060}"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": out += newline.rawValue
            case "\r", "\t": out += " "
            default:
                if DOTWriter.isDropped(u) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// A quoted DOT name (of the graph, a node): names get no escape processing, so a backslash is
    /// kept single (followed by a WORD JOINER so that it cannot escape the closing quote); `&` is
    /// written `&amp;`, which Graphviz copies into the SVG `<title>` as it is.
    public static func quoteName(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\u{2060}"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default:
                if DOTWriter.isDropped(u) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// Escapes text for XML (an SVG or HTML text node or attribute value, or a Graphviz HTML-like label):
    /// `& < > " '`, with control characters and non-characters dropped.
    public static func xmlEscape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if u != "\n" && u != "\t" && DOTWriter.isDropped(u) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Characters that XML 1.0 does not allow or that only confuse a renderer: C0/C1 controls, U+FFFE/U+FFFF.
    static func isDropped(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0xFFFE || u.value == 0xFFFF
    }

    /// A link target fit for an SVG `href`, or nil when it is not an `http(s)` URL.
    ///
    /// Graphviz writes URLs into the SVG without escaping `&`, `"` or `<`, and a `javascript:` link in a
    /// `sources.json` would run in the report. Only `http://` and `https://` pass, and characters outside
    /// the URL syntax are percent-encoded. `&` stays: ``quote(_:newline:)`` writes it `&amp;`, which
    /// Graphviz copies into the SVG as it is (a correct `href`); HTML and CSV writers escape it themselves.
    public static func safeURL(_ raw: String) -> String? {
        let trimmed = raw.trimmingASCIISpaces()
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.utf8.count > 8 else { return nil }
        var out = ""
        for b in trimmed.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                if "-._~:/?#[]@!$()*+,;=%&".utf8.contains(b) {
                    out.unicodeScalars.append(Unicode.Scalar(b))
                } else {
                    out += "%" + DOTWriter.hex2(b)
                }
            }
        }
        return out
    }

    /// The same check for HTML and CSV, which do their own escaping.
    public static func plainURL(_ raw: String) -> String? { safeURL(raw) }

    static func hex2(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var s = ""
        s.unicodeScalars.append(digits[Int(b >> 4)])
        s.unicodeScalars.append(digits[Int(b & 0xF)])
        return s
    }

    /// A DOT/SVG/HTML id made of `[a-z0-9-]` only: other characters become `-`, runs collapse.
    public static func safeID(_ raw: String) -> String {
        var out = ""
        var dash = false
        for u in raw.lowercased().unicodeScalars {
            let ok = ("a"..."z").contains(u) || ("0"..."9").contains(u)
            if ok {
                out.unicodeScalars.append(u)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// A number with at most `decimals` decimals (two by default) and no trailing zeros: the same value
    /// gives the same text on every machine (no locale, no float printing differences).
    public static func number(_ v: Double, decimals: Int = 2) -> String {
        guard v.isFinite else { return "0" }
        let d = max(0, min(6, decimals))
        var unit = 1
        for _ in 0..<d { unit *= 10 }
        let scaled = (v * Double(unit)).rounded()
        guard abs(scaled) < 9e15 else { return "0" }
        let n = Int(abs(scaled))
        var s = String(n / unit)
        var frac = n % unit
        if frac != 0 {
            var digits = String(frac)
            digits = String(repeating: "0", count: d - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            s += "." + digits
            frac = 0
        }
        return scaled < 0 && n != 0 ? "-" + s : s
    }

    /// `key="value", …` in the order given.
    public static func attributes(_ pairs: [(String, DOTValue)]) -> String {
        pairs.map { pair in
            switch pair.1 {
            case .text(let s): return "\(pair.0)=\(quote(s))"
            case .html(let label): return "\(pair.0)=<\(label.markup)>"
            }
        }.joined(separator: ", ")
    }

    public mutating func line(_ s: String) {
        text += String(repeating: "  ", count: depth) + s + "\n"
    }

    /// A `// comment` line; the text is kept on one line.
    public mutating func comment(_ s: String) {
        line("// " + String(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) }))
    }

    public mutating func open(_ s: String) {
        line(s + " {")
        depth += 1
    }

    public mutating func close() {
        depth = max(0, depth - 1)
        line("}")
    }

    public mutating func node(_ id: String, _ attrs: [(String, DOTValue)]) {
        line(attrs.isEmpty ? "\(DOTWriter.quoteName(id));" : "\(DOTWriter.quoteName(id)) [\(DOTWriter.attributes(attrs))];")
    }

    public mutating func edge(_ a: String, _ b: String, directed: Bool = true, _ attrs: [(String, DOTValue)] = []) {
        let op = directed ? "->" : "--"
        line("\(DOTWriter.quoteName(a)) \(op) \(DOTWriter.quoteName(b))" + (attrs.isEmpty ? ";" : " [\(DOTWriter.attributes(attrs))];"))
    }

    public mutating func set(_ what: String, _ attrs: [(String, DOTValue)]) {
        line("\(what) [\(DOTWriter.attributes(attrs))];")
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        let scalars = Array(unicodeScalars)
        var a = 0
        var b = scalars.count
        while a < b, scalars[a].properties.isWhitespace { a += 1 }
        while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[a..<b])
        return out
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        replacingOccurrences(of: target, with: replacement)
    }
}
