/// The storyline chart (actor lanes over time) as DOT with fixed positions, for Graphviz's `nop2`.
///
/// ```swift
/// let dot = StorylineChart().dot(try ChartData(graph: graph, title: "Ceasefire talks"))
/// ```
public struct StorylineChart: Sendable {
    public var options: StorylineLayout.Options

    public init(options: StorylineLayout.Options = StorylineLayout.Options()) { self.options = options }

    public func layout(_ data: ChartData) -> StorylineLayout { StorylineLayout(data, options: options) }

    /// Put before every SVG element id.
    public static let idPrefix = "storyline-"

    public func dot(_ data: ChartData) -> String { dot(layout(data), title: data.title) }

    public func dot(_ layout: StorylineLayout, title: String) -> String {
        layout.scene.dot(name: "Storyline: " + title, id: "storyline", comments: TimelineChart.renderHint("storyline"), idPrefix: StorylineChart.idPrefix)
    }
}
