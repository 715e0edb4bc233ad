/// Colours, shapes and fonts of every chart, as small tables.
///
/// Colours are the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies);
/// kinds that share a colour differ in shape, so no chart relies on colour alone.
public enum ChartStyle {
    /// Helvetica where it exists, else its metric twins Arial / Liberation Sans: Graphviz measures text
    /// with the first family fontconfig finds (plain "Helvetica" makes it fall back to a wider font), and
    /// the SVG names the whole list for browsers.
    public static let font = "Helvetica,Arial,sans-serif"
    public static let ink = "#1A1A1A"
    public static let muted = "#5C5C5C"
    public static let faint = "#8C8C8C"
    public static let grid = "#E3E3E3"
    public static let band = "#F4F4F4"
    public static let background = "#FFFFFF"

    /// Okabe–Ito.
    public enum Palette {
        public static let blue = "#0072B2"
        public static let sky = "#56B4E9"
        public static let green = "#009E73"
        public static let orange = "#E69F00"
        public static let vermillion = "#D55E00"
        public static let purple = "#CC79A7"
        public static let grey = "#7A7A7A"
    }

    /// How one kind of event is drawn.
    public struct EventKindStyle: Sendable, Equatable {
        /// The kind as it appears in `dateline/1` (`ceasefire_phase`).
        public var kind: String
        /// As a reader sees it (`Ceasefire phase`).
        public var label: String
        /// Plural for aggregated items (`ceasefire phases`).
        public var plural: String
        public var color: String
        /// A Graphviz node shape.
        public var shape: String
        /// Place in legends and in the stacking order of same-day events.
        public var order: Int
        /// Whether the kind brings its participants together (a storyline connector joins their lanes).
        public var joins: Bool
    }

    /// kind, label, plural, colour, shape, joins lanes.
    private static let eventRows: [(String, String, String, String, String, Bool)] = [
        ("meeting", "Meeting", "meetings", Palette.blue, "circle", true),
        ("agreement", "Agreement", "agreements", Palette.blue, "square", true),
        ("visit", "Visit", "visits", Palette.blue, "triangle", true),
        ("ceasefire", "Ceasefire", "ceasefires", Palette.green, "hexagon", true),
        ("ceasefire_phase", "Ceasefire phase", "ceasefire phases", Palette.green, "square", true),
        ("release", "Release", "releases", Palette.green, "circle", true),
        ("humanitarian", "Humanitarian", "humanitarian measures", Palette.green, "triangle", false),
        ("statement", "Statement", "statements", Palette.sky, "diamond", false),
        ("speech", "Speech", "speeches", Palette.sky, "square", false),
        ("criticism", "Criticism", "criticisms", Palette.sky, "triangle", false),
        ("report", "Report", "reports", Palette.orange, "diamond", false),
        ("revelation", "Revelation", "revelations", Palette.orange, "circle", false),
        ("announcement", "Announcement", "announcements", Palette.orange, "square", false),
        ("threat", "Threat", "threats", Palette.vermillion, "triangle", false),
        ("attack", "Attack", "attacks", Palette.vermillion, "circle", false),
        ("military", "Military", "military operations", Palette.vermillion, "square", false),
        ("death", "Death", "deaths", Palette.vermillion, "invtriangle", false),
        ("arrest", "Arrest", "arrests", Palette.vermillion, "hexagon", false),
        ("designation", "Designation", "designations", Palette.purple, "hexagon", false),
        ("policy", "Policy", "policy decisions", Palette.purple, "diamond", false),
        ("vote", "Vote", "votes", Palette.purple, "square", false),
        ("election", "Election", "elections", Palette.purple, "circle", false),
        ("resignation", "Resignation", "resignations", Palette.purple, "triangle", false),
        ("legal", "Legal action", "legal actions", Palette.purple, "invtriangle", false),
        ("other", "Other", "other events", Palette.grey, "circle", false),
    ]

    /// Every known event kind, in legend order.
    public static let eventKinds: [EventKindStyle] = eventRows.enumerated().map { i, r in
        EventKindStyle(kind: r.0, label: r.1, plural: r.2, color: r.3, shape: r.4, order: i, joins: r.5)
    }

    private static let eventByKind: [String: EventKindStyle] = Dictionary(eventKinds.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })

    /// The style of an event kind; an unknown kind is drawn like `other` under its own name.
    public static func event(_ kind: String) -> EventKindStyle {
        if let s = eventByKind[kind] { return s }
        var other = eventByKind["other"] ?? EventKindStyle(kind: "other", label: "Other", plural: "other events", color: Palette.grey, shape: "circle", order: 99, joins: false)
        let words = kind.replacingAll("_", with: " ")
        other.kind = kind
        other.label = words.prefix(1).uppercased() + words.dropFirst()
        other.plural = words + " events"
        other.order = eventKinds.count
        return other
    }

    /// How one kind of actor is drawn.
    public struct ActorKindStyle: Sendable, Equatable {
        public var kind: ActorKind
        public var label: String
        public var shape: String
        /// Border and legend colour.
        public var color: String
        /// A light tint for the fill, so black text stays legible.
        public var fill: String
    }

    public static let actorKinds: [ActorKindStyle] = [
        ActorKindStyle(kind: .person, label: "Person", shape: "ellipse", color: Palette.blue, fill: "#D6EAF5"),
        ActorKindStyle(kind: .organization, label: "Organisation", shape: "box", color: Palette.green, fill: "#D2EFE6"),
        ActorKindStyle(kind: .country, label: "Country", shape: "hexagon", color: Palette.vermillion, fill: "#F8DFCC"),
        ActorKindStyle(kind: .place, label: "Place", shape: "house", color: Palette.purple, fill: "#F5E4EE"),
        ActorKindStyle(kind: .group, label: "Group", shape: "octagon", color: Palette.orange, fill: "#FAEBCC"),
    ]

    public static func actor(_ kind: ActorKind) -> ActorKindStyle {
        actorKinds.first { $0.kind == kind } ?? actorKinds[0]
    }

    /// A colour at a given opacity, as Graphviz's `#RRGGBBAA`.
    public static func alpha(_ color: String, _ opacity: Double) -> String {
        let a = UInt8(max(0, min(255, (opacity * 255).rounded())))
        return String(color.prefix(7)) + DOTWriter.hex2(a)
    }
}
