/// A chart as positioned primitives, in points, with y growing downwards from the top-left corner.
///
/// Layouts (timeline, storyline) compute a scene in Swift; ``dot(name:id:)`` turns it into DOT for
/// Graphviz's `neato -n2` (`nop2`), which keeps every position and only draws. Items are drawn in the
/// order they were added, so backgrounds go first.
public struct ChartScene: Sendable {
    public var width: Double
    public var height: Double
    public private(set) var items: [Item] = []

    public init(width: Double = 0, height: Double = 0) {
        self.width = width
        self.height = height
    }

    /// What every item may carry into the SVG.
    public struct Meta: Sendable, Equatable {
        /// The DOT node name (the SVG `<title>` of the element); unique within the scene.
        public var name: String
        /// The SVG element id; `[a-z0-9-]` only (see ``DOTWriter/safeID(_:)``).
        public var id: String?
        /// CSS classes, space-separated, from fixed vocabularies (`event k-meeting`).
        public var cls: String?
        public var tooltip: String?
        /// Already checked with ``DOTWriter/safeURL(_:)``.
        public var url: String?

        public init(name: String, id: String? = nil, cls: String? = nil, tooltip: String? = nil, url: String? = nil) {
            self.name = name
            self.id = id
            self.cls = cls
            self.tooltip = tooltip
            self.url = url
        }
    }

    public enum Item: Sendable, Equatable {
        /// A filled rectangle: top-left corner, size.
        case rect(meta: Meta, x: Double, y: Double, w: Double, h: Double, fill: String, stroke: String?, rounded: Bool)
        /// A marker (Graphviz shape) centred on a point.
        case marker(meta: Meta, x: Double, y: Double, size: Double, shape: String, fill: String, stroke: String, penwidth: Double)
        /// Text in a box of the given size; `x` is the left edge, centre or right edge by `anchor`, `y` the top.
        case text(meta: Meta, x: Double, y: Double, w: Double, h: Double, anchor: Anchor, label: HTMLLabel)
        /// A straight line segment.
        case line(meta: Meta, x1: Double, y1: Double, x2: Double, y2: Double, color: String, width: Double, dashed: Bool)
        /// A straight line with an arrowhead whose tip is at the second point (`size` as Graphviz's
        /// `arrowsize`: the head is 10 × size points long).
        case arrow(meta: Meta, x1: Double, y1: Double, x2: Double, y2: Double, color: String, width: Double, size: Double)
        /// A node of a graph (`meta.name` is what edges refer to), with an optional label inside.
        case node(meta: Meta, x: Double, y: Double, w: Double, h: Double, shape: String, fill: String, stroke: String, penwidth: Double, label: HTMLLabel?)
        /// An edge between two ``node(meta:x:y:w:h:shape:fill:stroke:penwidth:label:)`` items along a cubic
        /// Bézier (`points.count` is 3k + 1), with an arrowhead ending at `arrow` when given.
        case edge(meta: Meta, tail: String, head: String, points: [Point], arrow: Point?, color: String, width: Double)
    }

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public init(_ x: Double, _ y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Whether edges are drawn under nodes (graphs) or nodes in the order given first (charts).
    public enum Order: String, Sendable { case nodesFirst = "nodesfirst", edgesFirst = "edgesfirst" }

    public enum Anchor: Sendable, Equatable { case start, middle, end }

    public mutating func add(_ item: Item) { items.append(item) }

    /// Lines of text at one font size: the box is as wide as the widest line and `lineHeight` per line.
    /// Lines are aligned by `anchor` (left for `.start`, centred, right for `.end`).
    public mutating func text(_ meta: Meta, x: Double, y: Double, lines: [String], size: Double, color: String = ChartStyle.ink,
                              bold: Bool = false, anchor: Anchor = .start, align: HTMLLabel.Align = .left) {
        guard !lines.isEmpty else { return }
        var label = HTMLLabel()
        for (i, line) in lines.enumerated() {
            if i > 0 { label.lineBreak(align: nil) }
            label.text(line, bold: bold, color: color, size: size)
        }
        let w = lines.map { TextMetrics.width($0, size: size, bold: bold) }.max() ?? 0
        add(.text(meta: meta, x: x, y: y, w: w, h: ChartScene.lineHeight(size) * Double(lines.count), anchor: anchor, label: label))
    }

    /// The height of one line of text at a font size.
    public static func lineHeight(_ size: Double) -> Double { (size * 1.25).rounded(.up) }

    /// The scene as DOT for Graphviz's `nop2` layout (``GraphvizRender`` engine `.nop2`, or `neato -n2`).
    ///
    /// - Parameters:
    ///   - name: the graph's name, which becomes the SVG `<title>`.
    ///   - id: the id of the SVG's top group; it also prefixes ids Graphviz makes up.
    ///   - comments: lines written as `//` comments at the top (how to render the file).
    ///   - idPrefix: put before every element id (`timeline-`), so that charts in one page never share ids.
    public func dot(name: String, id: String, comments: [String] = [], order: Order = .nodesFirst, idPrefix: String = "") -> String {
        var w = DOTWriter()
        for c in comments { w.comment(c) }
        w.open("digraph \(DOTWriter.quoteName(name))")
        let H = height
        w.set("graph", [
            ("layout", "nop2"), ("bb", "0,0,\(DOTWriter.number(width)),\(DOTWriter.number(height))"),
            ("id", .text(DOTWriter.safeID(id))), ("class", "dateline-chart"), ("bgcolor", .text(ChartStyle.background)),
            ("pad", "0.1"), ("outputorder", .text(order.rawValue)), ("fontname", .text(ChartStyle.font)),
        ])
        w.set("node", [("label", ""), ("fixedsize", "true"), ("margin", "0"), ("penwidth", "0"), ("fontname", .text(ChartStyle.font))])
        w.set("edge", [("arrowhead", "none"), ("penwidth", "1")])
        func pos(_ x: Double, _ y: Double) -> DOTValue { .text("\(DOTWriter.number(x)),\(DOTWriter.number(H - y))!") }
        func inches(_ v: Double) -> DOTValue { .text(DOTWriter.number(max(0.01, v / 72), decimals: 4)) }
        func metaAttributes(_ m: Meta) -> [(String, DOTValue)] {
            var a: [(String, DOTValue)] = []
            if let id = m.id { a.append(("id", .text(DOTWriter.safeID(idPrefix + id)))) }
            if let cls = m.cls { a.append(("class", .text(cls))) }
            if let t = m.tooltip { a.append(("tooltip", .text(t))) }
            if let u = m.url {
                a.append(("URL", .text(u)))
                a.append(("target", "_blank"))
            }
            return a
        }
        // Two invisible corners keep the canvas's margins (nop2 recomputes the bounding box from the
        // nodes); the graph's bgcolor paints it, under the edges.
        w.node("corner top left", [("shape", "point"), ("pos", pos(0, 0)), ("width", "0.01"), ("style", "invis")])
        w.node("corner bottom right", [("shape", "point"), ("pos", pos(width, height)), ("width", "0.01"), ("style", "invis")])
        var lineEnds: [(String, String, Meta, [(String, DOTValue)])] = []
        for item in items {
            switch item {
            case .rect(let m, let x, let y, let rw, let rh, let fill, let stroke, let rounded):
                var a: [(String, DOTValue)] = [("shape", "box"), ("pos", pos(x + rw / 2, y + rh / 2)), ("width", inches(rw)), ("height", inches(rh))]
                a.append(("style", .text(rounded ? "filled,rounded" : "filled")))
                a.append(("fillcolor", .text(fill)))
                if let stroke {
                    a.append(("color", .text(stroke)))
                    a.append(("penwidth", "1"))
                }
                w.node(m.name, a + metaAttributes(m))
            case .marker(let m, let x, let y, let size, let shape, let fill, let stroke, let penwidth):
                let a: [(String, DOTValue)] = [
                    ("shape", .text(shape)), ("pos", pos(x, y)), ("width", inches(size)), ("height", inches(size)),
                    ("style", "filled"), ("fillcolor", .text(fill)), ("color", .text(stroke)), ("penwidth", .text(DOTWriter.number(penwidth))),
                ]
                w.node(m.name, a + metaAttributes(m))
            case .text(let m, let x, let y, let tw, let th, let anchor, let label):
                // Slack for fonts a little wider than the estimate; the table pins the aligned edge.
                let bw = (tw * 1.06 + 4).rounded(.up)
                let bx: Double
                let align: HTMLLabel.Align
                switch anchor {
                case .start: bx = x + bw / 2; align = .left
                case .middle: bx = x; align = .center
                case .end: bx = x - bw / 2; align = .right
                }
                let a: [(String, DOTValue)] = [
                    ("shape", "plaintext"), ("pos", pos(bx, y + th / 2)), ("width", inches(bw)), ("height", inches(th)),
                    ("label", .html(HTMLLabel.box(label, width: bw, height: th, align: align))),
                ]
                w.node(m.name, a + metaAttributes(m))
            case .line(let m, let x1, let y1, let x2, let y2, let color, let lw, let dashed):
                if (x1 == x2 || y1 == y2) && !dashed {
                    // Axis-aligned: a thin filled box draws crisper than an edge and needs no end nodes.
                    let bx = min(x1, x2) - (x1 == x2 ? lw / 2 : 0)
                    let by = min(y1, y2) - (y1 == y2 ? lw / 2 : 0)
                    let bw = x1 == x2 ? lw : abs(x2 - x1)
                    let bh = y1 == y2 ? lw : abs(y2 - y1)
                    let a: [(String, DOTValue)] = [
                        ("shape", "box"), ("pos", pos(bx + bw / 2, by + bh / 2)), ("width", inches(bw)), ("height", inches(bh)),
                        ("style", "filled"), ("fillcolor", .text(color)),
                    ]
                    w.node(m.name, a + metaAttributes(m))
                } else {
                    let a = m.name + " ◂"
                    let b = m.name + " ▸"
                    w.node(a, [("shape", "point"), ("pos", pos(x1, y1)), ("width", "0.01"), ("style", "invis")])
                    w.node(b, [("shape", "point"), ("pos", pos(x2, y2)), ("width", "0.01"), ("style", "invis")])
                    let spline = [(x1, y1), (x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3), (x1 + 2 * (x2 - x1) / 3, y1 + 2 * (y2 - y1) / 3), (x2, y2)]
                        .map { "\(DOTWriter.number($0.0)),\(DOTWriter.number(H - $0.1))" }.joined(separator: " ")
                    var e: [(String, DOTValue)] = [("pos", .text(spline)), ("color", .text(color)), ("penwidth", .text(DOTWriter.number(lw)))]
                    if dashed { e.append(("style", "dashed")) }
                    lineEnds.append((a, b, m, e))
                }
            case .arrow(let m, let x1, let y1, let x2, let y2, let color, let lw, let size):
                let a = m.name + " ◂"
                let b = m.name + " ▸"
                w.node(a, [("shape", "point"), ("pos", pos(x1, y1)), ("width", "0.01"), ("style", "invis")])
                w.node(b, [("shape", "point"), ("pos", pos(x2, y2)), ("width", "0.01"), ("style", "invis")])
                // The line stops where the head begins; `e,…` is where the head's tip is.
                let length = max(0.001, ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot())
                let head = min(length, 10 * size)
                let ex = x2 - (x2 - x1) / length * head
                let ey = y2 - (y2 - y1) / length * head
                let spline = [(x1, y1), (x1 + (ex - x1) / 3, y1 + (ey - y1) / 3), (x1 + 2 * (ex - x1) / 3, y1 + 2 * (ey - y1) / 3), (ex, ey)]
                    .map { "\(DOTWriter.number($0.0)),\(DOTWriter.number(H - $0.1))" }.joined(separator: " ")
                let e: [(String, DOTValue)] = [
                    ("pos", .text("e,\(DOTWriter.number(x2)),\(DOTWriter.number(H - y2)) " + spline)), ("color", .text(color)),
                    ("penwidth", .text(DOTWriter.number(lw))), ("arrowhead", "normal"), ("arrowsize", .text(DOTWriter.number(size))),
                ]
                lineEnds.append((a, b, m, e))
            case .node(let m, let x, let y, let nw, let nh, let shape, let fill, let stroke, let penwidth, let label):
                var a: [(String, DOTValue)] = [
                    ("shape", .text(shape)), ("pos", pos(x, y)), ("width", inches(nw)), ("height", inches(nh)),
                    ("style", "filled"), ("fillcolor", .text(fill)), ("color", .text(stroke)), ("penwidth", .text(DOTWriter.number(penwidth))),
                ]
                if let label { a.append(("label", .html(label))) }
                w.node(m.name, a + metaAttributes(m))
            case .edge(let m, let tail, let head, let points, let arrow, let color, let ew):
                var spline = points.map { "\(DOTWriter.number($0.x)),\(DOTWriter.number(H - $0.y))" }.joined(separator: " ")
                if let arrow { spline = "e,\(DOTWriter.number(arrow.x)),\(DOTWriter.number(H - arrow.y)) " + spline }
                var e: [(String, DOTValue)] = [("pos", .text(spline)), ("color", .text(color)), ("penwidth", .text(DOTWriter.number(ew)))]
                if arrow != nil {
                    e.append(("arrowhead", "normal"))
                    e.append(("arrowsize", .text(DOTWriter.number(min(1.1, 0.55 + ew * 0.08)))))
                }
                var meta = m
                meta.name = ""
                lineEnds.append((tail, head, meta, e))
            }
        }
        for (a, b, m, e) in lineEnds {
            var meta = m
            meta.name = ""
            w.edge(a, b, e + metaAttributes(meta))
        }
        w.close()
        return w.text
    }
}
