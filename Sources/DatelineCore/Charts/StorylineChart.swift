/// The storyline chart (actor lanes over time) as DOT with fixed positions, for Graphviz's `nop2`.
///
/// ```swift
/// let dot = StorylineChart().dot(try ChartData(graph: graph, title: "Ceasefire talks"))
/// ```
public struct StorylineChart: Sendable {
    public var options: StorylineLayout.Options

    public init(options: StorylineLayout.Options = StorylineLayout.Options()) { self.options = options }

    public func layout(_ data: ChartData) -> StorylineLayout { StorylineLayout(data, options: options) }

    public func dot(_ data: ChartData) -> String {
        layout(data).scene.dot(name: "Storyline: " + data.title, id: "storyline", comments: TimelineChart.renderHint("storyline"))
    }
}
