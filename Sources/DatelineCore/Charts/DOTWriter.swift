/// Builds DOT text with every string escaped and attributes in a fixed order, so the same graph gives
/// the same bytes and no article text can break the DOT (or what Graphviz makes of it).
public struct DOTWriter {
    public private(set) var text = ""
    private var depth = 0

    public init() {}

    /// A quoted DOT string: `\` and `"` escaped, newlines as `\n`, control characters dropped. Graphviz's
    /// escapes (`\N`, `\G`, `\L` …) cannot be formed because every backslash is doubled.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// Escapes text for an HTML-like label or SVG: `& < > " '`.
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
                if u.value < 0x20 && u != "\n" && u != "\t" { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// `key="value", …` in the order given.
    public static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\(quote($0.1))" }.joined(separator: ", ")
    }

    public mutating func line(_ s: String) {
        text += String(repeating: "  ", count: depth) + s + "\n"
    }

    public mutating func open(_ s: String) {
        line(s + " {")
        depth += 1
    }

    public mutating func close() {
        depth = max(0, depth - 1)
        line("}")
    }

    public mutating func node(_ id: String, _ attrs: [(String, String)]) {
        line(attrs.isEmpty ? "\(DOTWriter.quote(id));" : "\(DOTWriter.quote(id)) [\(DOTWriter.attributes(attrs))];")
    }

    public mutating func edge(_ a: String, _ b: String, directed: Bool = true, _ attrs: [(String, String)] = []) {
        let op = directed ? "->" : "--"
        line("\(DOTWriter.quote(a)) \(op) \(DOTWriter.quote(b))" + (attrs.isEmpty ? ";" : " [\(DOTWriter.attributes(attrs))];"))
    }

    public mutating func set(_ what: String, _ attrs: [(String, String)]) {
        line("\(what) [\(DOTWriter.attributes(attrs))];")
    }
}
