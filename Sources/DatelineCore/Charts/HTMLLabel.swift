/// A Graphviz HTML-like label that can only be built from escaped text and a few fixed tags.
///
/// Text goes in through ``text(_:bold:italic:color:size:)``, which XML-escapes it and breaks every
/// backslash with a WORD JOINER (Graphviz substitutes `\N`, `\G` … inside HTML labels too); tags come
/// only from this type, so no article text can open or close an element.
///
/// ```swift
/// var label = HTMLLabel()
/// label.text("4 Mar", bold: true)
/// label.text(" Talks in Doha")
/// label.lineBreak()
/// ```
public struct HTMLLabel: Sendable, Equatable {
    public private(set) var markup = ""

    public init() {}

    /// How the line that a break ends is aligned.
    public enum Align: String, Sendable { case left = "LEFT", center = "CENTER", right = "RIGHT" }

    /// Appends escaped text, optionally styled. `color` must be `#RRGGBB` (anything else is ignored).
    public mutating func text(_ s: String, bold: Bool = false, italic: Bool = false, color: String? = nil, size: Double? = nil) {
        guard !s.isEmpty else { return }
        var open = ""
        var close = ""
        var fontAttributes: [String] = []
        if let color, HTMLLabel.isHexColor(color) { fontAttributes.append("COLOR=\"\(color)\"") }
        if let size, size > 0 { fontAttributes.append("POINT-SIZE=\"\(DOTWriter.number(size))\"") }
        if !fontAttributes.isEmpty {
            open += "<FONT " + fontAttributes.joined(separator: " ") + ">"
            close = "</FONT>" + close
        }
        if bold {
            open += "<B>"
            close = "</B>" + close
        }
        if italic {
            open += "<I>"
            close = "</I>" + close
        }
        markup += open + HTMLLabel.escape(s) + close
    }

    /// Ends the current line, aligned as given (nil: as the enclosing cell says).
    public mutating func lineBreak(align: Align? = .left) {
        markup += align.map { "<BR ALIGN=\"\($0.rawValue)\"/>" } ?? "<BR/>"
    }

    /// `content` in a borderless table of a fixed size, its lines aligned to one side: the text then
    /// starts (or ends) exactly at the box's edge whatever width Graphviz measures for it.
    public static func box(_ content: HTMLLabel, width: Double, height: Double, align: Align) -> HTMLLabel {
        let w = Int(width.rounded(.up))
        let h = Int(height.rounded(.up))
        var out = HTMLLabel()
        out.markup = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" FIXEDSIZE=\"TRUE\" WIDTH=\"\(w)\" HEIGHT=\"\(h)\">"
            + "<TR><TD ALIGN=\"\(align.rawValue)\" BALIGN=\"\(align.rawValue)\" VALIGN=\"TOP\" FIXEDSIZE=\"TRUE\" WIDTH=\"\(w)\" HEIGHT=\"\(h)\">"
            + content.markup + "</TD></TR></TABLE>"
        return out
    }

    /// Whether nothing has been added.
    public var isEmpty: Bool { markup.isEmpty }

    /// XML-escaped text with backslashes made inert for Graphviz.
    public static func escape(_ s: String) -> String {
        let escaped = DOTWriter.xmlEscape(s)
        guard escaped.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\t" }) else { return escaped }
        var out = ""
        for u in escaped.unicodeScalars {
            switch u {
            case "\\": out += "\\\u{2060}"
            case "\n", "\t": out += " "
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func isHexColor(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 7 || u.count == 9, u[0] == UInt8(ascii: "#") else { return false }
        return u.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains($0) }
    }
}
