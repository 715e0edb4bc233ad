/// The dated timeline: events left to right on a true time scale, shaped and coloured by kind, with
/// a legend, a title and a sources footnote.
///
/// Positions are computed in Swift (``TimelineLayout``) and handed to Graphviz as `pos="x,y!"` for the
/// `nop2` engine (`neato -n2`), which draws without laying out: `dot` rank constraints explode past a
/// few hundred events.
///
/// ```swift
/// let data = try ChartData(graph: graph, title: "Ceasefire talks")
/// let dot = TimelineChart().dot(data)   // render with Graphviz engine .nop2
/// ```
public struct TimelineChart: Sendable {
    public var options: TimelineLayout.Options

    public init(options: TimelineLayout.Options = TimelineLayout.Options()) { self.options = options }

    /// Put before every SVG element id.
    public static let idPrefix = "timeline-"

    /// The DOT of the timeline, with positions.
    public func dot(_ data: ChartData) -> String { dot(layout(data), title: data.title) }

    public func dot(_ layout: TimelineLayout, title: String) -> String {
        layout.scene.dot(name: "Timeline: " + title, id: "timeline", comments: TimelineChart.renderHint("timeline"), idPrefix: TimelineChart.idPrefix)
    }

    public func layout(_ data: ChartData) -> TimelineLayout { TimelineLayout(data, options: options) }

    /// How to render a DOT file with fixed positions by hand.
    static func renderHint(_ name: String) -> [String] {
        [
            "Made by Dateline. Node positions are fixed (pos=\"x,y!\", in points): render with",
            "  neato -n2 -Tsvg \(name).dot -o \(name).svg   (or -Tpng, -Tpdf)",
        ]
    }
}
