/// The actor graph: actors as nodes (shape and colour by kind, size by prominence), links aggregated
/// by relation (met, threatened, spoke about …) with counts and dates in tooltips.
///
/// Drawing takes two steps. ``plan(_:)`` picks the actors (the most prominent ``Options/maxActors``),
/// sizes their nodes from their labels and writes two DOT texts: ``Plan/dot``, the graph for a user
/// to tweak and render with `neato`, `sfdp` or `circo`, and ``Plan/layoutDOT``, the same graph
/// stripped to what the layout needs. Graphviz lays out `layoutDOT` (format `plain`), and
/// ``scene(_:plain:)`` puts the positions into a framed scene with title, legend and notes, edges
/// drawn as curves (several relations between two actors fan out), for the `nop2` engine.
///
/// ```swift
/// let chart = ActorGraphChart()
/// let plan = chart.plan(data)
/// let plain = try Graphviz.renderText(dot: plan.layoutDOT, engine: .sfdp, format: .plain)
/// let dot = try chart.positionedDOT(plan, plain: plain)   // render with engine .nop2
/// ```
public struct ActorGraphChart: Sendable {
    /// A Graphviz layout engine for the graph.
    public enum Layout: String, Sendable, CaseIterable {
        case neato, sfdp, circo

        /// `neato` up to 150 actors (it grows with the square of the graph), `sfdp` beyond.
        public static func automatic(actors: Int) -> Layout { actors <= 150 ? .neato : .sfdp }
    }

    public struct Options: Sendable {
        /// Actors beyond this many (by prominence) are left out, with a note.
        public var maxActors = 150
        /// nil: by size (see ``Layout/automatic(actors:)``).
        public var layout: Layout?
        /// Above this many actors, only the most prominent carry a label (the rest show theirs on hover).
        public var labelled = 60
        /// At most this many links, the strongest (more make a hairball): the rest are counted in a note.
        public var maxLinks = 320
        public var minWidth = 960.0
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// One actor's node.
    public struct Node: Sendable, Equatable {
        public var name: String
        public var actor: Actor
        public var events: Int
        public var mentions: Int
        public var lines: [String]
        public var fontSize: Double
        public var width: Double
        public var height: Double
        public var style: ChartStyle.ActorKindStyle
    }

    /// What to lay out, and the DOT texts for it.
    public struct Plan: Sendable {
        public var data: ChartData
        public var nodes: [Node]
        public var relations: [ActorRelation]
        public var layout: Layout
        /// Every actor with any event or mention (before the cap).
        public var candidates: Int
        /// Actors within the cap that no link joins to another shown actor (left out of the drawing).
        public var unlinked: [Actor]
        /// Links among the shown actors left out as weaker than ``Options/maxLinks`` others.
        public var omittedLinks: Int
        /// The full DOT a user can render with the layout engine (`layout` is set in it).
        public var dot: String
        /// The same graph with sizes only, for computing positions.
        public var layoutDOT: String
    }

    /// Picks and sizes the actors and writes the DOT texts.
    public func plan(_ data: ChartData) -> Plan {
        var eventCount: [String: Int] = [:]
        for e in data.graph.events {
            for id in ActorRelations.uniq(e.participants.map(\.actor) + (e.place.map { [$0] } ?? [])) { eventCount[id, default: 0] += 1 }
        }
        let filtered = data.isFiltered
        let pool = data.graph.actors.filter { a in
            let n = eventCount[a.id] ?? 0
            return filtered ? n > 0 : n > 0 || !a.mentions.isEmpty
        }
        let ranked = pool.sorted { x, y in
            let ex = eventCount[x.id] ?? 0
            let ey = eventCount[y.id] ?? 0
            if ex != ey { return ex > ey }
            if x.mentions.count != y.mentions.count { return x.mentions.count > y.mentions.count }
            return (x.name, x.id) < (y.name, y.id)
        }
        var kept = Array(ranked.prefix(max(1, options.maxActors)))
        var relations = ActorRelations.build(data, among: Set(kept.map(\.id)))
        // Actors without a link among those shown would only float around the graph: they are named in
        // a note instead (unless nothing is linked at all).
        var unlinked: [Actor] = []
        let allLinks = relations.count
        if relations.count > options.maxLinks { relations = Array(relations.prefix(max(1, options.maxLinks))) }
        if !relations.isEmpty {
            var linked: Set<String> = []
            for r in relations { linked.insert(r.a); linked.insert(r.b) }
            unlinked = kept.filter { !linked.contains($0.id) }
            kept = kept.filter { linked.contains($0.id) }
            let keptIDs = Set(kept.map(\.id))
            relations = relations.filter { keptIDs.contains($0.a) && keptIDs.contains($0.b) }
        }
        let layout = options.layout ?? Layout.automatic(actors: kept.count)

        let maxScore = kept.map { Double((eventCount[$0.id] ?? 0) * 3 + $0.mentions.count) }.max() ?? 1
        var nodes: [Node] = []
        for (i, a) in kept.enumerated() {
            let events = eventCount[a.id] ?? 0
            let score = Double(events * 3 + a.mentions.count)
            let prominence = maxScore > 0 ? (score / maxScore).squareRoot() : 0
            let style = ChartStyle.actor(a.kind)
            let labelled = kept.count <= options.labelled || i < options.labelled * 2 / 3
            var node = Node(name: "a\(i + 1)", actor: a, events: events, mentions: a.mentions.count, lines: [], fontSize: 0, width: 0, height: 0, style: style)
            if labelled {
                let size = (9.5 + 4.5 * prominence).rounded()
                let lines = TextMetrics.wrap(a.name, maxWidth: 118, size: size, maxLines: 2, bold: i < 5)
                let tw = lines.map { TextMetrics.width($0, size: size, bold: i < 5) }.max() ?? 20
                let th = ChartScene.lineHeight(size) * Double(lines.count)
                let (w, h) = ActorGraphChart.nodeSize(shape: style.shape, textW: tw, textH: th)
                node.lines = lines
                node.fontSize = size
                node.width = w
                node.height = h
            } else {
                let d = (9 + 15 * prominence).rounded()
                node.width = d
                node.height = d
            }
            nodes.append(node)
        }
        var plan = Plan(data: data, nodes: nodes, relations: relations, layout: layout, candidates: pool.count, unlinked: unlinked,
                        omittedLinks: allLinks - relations.count, dot: "", layoutDOT: "")
        plan.dot = graphDOT(plan, full: true)
        plan.layoutDOT = graphDOT(plan, full: false)
        return plan
    }

    /// A node that holds a text block of the given size, by shape.
    static func nodeSize(shape: String, textW: Double, textH: Double) -> (Double, Double) {
        switch shape {
        case "ellipse": return ((textW * 1.22 + 14).rounded(), (textH * 1.3 + 10).rounded())
        case "hexagon", "octagon": return ((textW * 1.18 + 20).rounded(), (textH + 14).rounded())
        case "house": return ((textW + 16).rounded(), (textH * 1.5 + 12).rounded())
        default: return ((textW + 16).rounded(), (textH + 10).rounded())
        }
    }

    /// The graph in DOT: `full` adds labels, colours, tooltips and the title for a standalone render.
    func graphDOT(_ plan: Plan, full: Bool) -> String {
        var w = DOTWriter()
        if full {
            w.comment("Made by Dateline: the actor graph. Render with  \(plan.layout.rawValue) -Tsvg actors.dot -o actors.svg")
            w.comment("(or any of neato, sfdp, circo; the layout attribute below picks \(plan.layout.rawValue) for `dot -Tsvg` too).")
        }
        w.open("graph \(DOTWriter.quoteName("Actors: " + plan.data.title))")
        var g: [(String, DOTValue)] = [("layout", .text(plan.layout.rawValue)), ("overlap", "prism"), ("sep", "+10"), ("splines", "false"),
                                       ("pack", "16"), ("outputorder", "edgesfirst")]
        switch plan.layout {
        case .neato: g += [("model", "subset"), ("start", "1")]
        case .sfdp: g += [("K", "1.1"), ("repulsiveforce", "1.4"), ("overlap_scaling", "2")]
        case .circo: g += [("mindist", "0.6")]
        }
        if full { g += [("id", "actors"), ("label", .text("Actors: " + plan.data.title)), ("labelloc", "t"), ("fontname", .text(ChartStyle.font)), ("fontsize", "18")] }
        w.set("graph", g)
        w.set("node", full ? [("fixedsize", "true"), ("style", "filled"), ("fontname", .text(ChartStyle.font)), ("penwidth", "1.2")]
                           : [("fixedsize", "true"), ("label", "")])
        for n in plan.nodes {
            var a: [(String, DOTValue)] = [("shape", .text(n.style.shape)), ("width", inches(n.width)), ("height", inches(n.height))]
            if full {
                a += [("label", .text(n.lines.joined(separator: "\n"))), ("fontsize", .text(DOTWriter.number(max(8, n.fontSize)))),
                      ("fillcolor", .text(n.style.fill)), ("color", .text(n.style.color)),
                      ("id", .text("actor-" + DOTWriter.safeID(n.actor.id))), ("class", .text("actor kind-\(n.actor.kind.rawValue)")),
                      ("tooltip", .text(ActorGraphChart.tooltip(n)))]
            }
            w.node(n.name, a)
        }
        let index = Dictionary(plan.nodes.map { ($0.actor.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if full {
            for (i, r) in plan.relations.enumerated() {
                guard let a = index[r.a], let b = index[r.b] else { continue }
                var attrs: [(String, DOTValue)] = [("color", .text(r.relation.color)), ("penwidth", .text(DOTWriter.number(ActorGraphChart.penwidth(r.count))))]
                if r.relation.directed { attrs.append(("dir", "forward")) }
                attrs += [("id", .text("rel-\(i + 1)")), ("class", .text("relation r-" + DOTWriter.safeID(r.relation.name))),
                          ("tooltip", .text(ActorRelations.tooltip(r, plan.data)))]
                w.edge(a, b, directed: false, attrs)
            }
        } else {
            // The same edges without their looks, so both texts lay out alike.
            for r in plan.relations {
                guard let a = index[r.a], let b = index[r.b] else { continue }
                w.edge(a, b, directed: false)
            }
        }
        w.close()
        return w.text
    }

    func inches(_ points: Double) -> DOTValue { .text(DOTWriter.number(points / 72, decimals: 4)) }

    static func penwidth(_ count: Int) -> Double { min(6, 1 + 1.3 * log2(Double(max(1, count)))) }

    static func tooltip(_ n: Node) -> String {
        var lines = ["\(n.actor.name) (\(n.style.label.lowercased()))"]
        let aliases = n.actor.aliases.filter { $0 != n.actor.name }
        if !aliases.isEmpty { lines.append("Also: " + aliases.prefix(6).joined(separator: ", ")) }
        if !n.actor.descriptions.isEmpty { lines.append(n.actor.descriptions.prefix(3).joined(separator: "; ")) }
        lines.append(DateText.plural(n.events, "event", "events") + ", " + DateText.plural(n.mentions, "mention", "mentions"))
        return lines.joined(separator: "\n")
    }

    /// Put before every SVG element id of the framed chart.
    public static let idPrefix = "actors-"

    /// The framed chart as DOT with every position, for the `nop2` engine.
    public func positionedDOT(_ plan: Plan, plain: String) throws(ChartInputError) -> String {
        try scene(plan, plain: plain).dot(name: "Actors: " + plan.data.title, id: "actors", order: .edgesFirst, idPrefix: ActorGraphChart.idPrefix)
    }

    /// Event ids behind each SVG element id (without the prefix): an actor's events, a link's events.
    public static func eventIDs(_ plan: Plan) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for n in plan.nodes {
            out["actor-" + DOTWriter.safeID(n.actor.id)] = plan.data.graph.events
                .filter { e in e.participants.contains { $0.actor == n.actor.id } || e.place == n.actor.id }.map(\.id)
        }
        for (i, r) in plan.relations.enumerated() { out["rel-\(i + 1)"] = r.events }
        return out
    }

    /// Node centres from Graphviz's `plain` output (inches, y up), by node name.
    public static func positions(plain: String) -> [String: ChartScene.Point] {
        var out: [String: ChartScene.Point] = [:]
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 4, let x = Double(parts[2]), let y = Double(parts[3]) else { continue }
            out[String(parts[1])] = ChartScene.Point(x * 72, y * 72)
        }
        return out
    }

    /// The framed chart with the laid-out positions.
    ///
    /// - Throws: ``ChartInputError/badFilter(message:)`` when Graphviz's output lacks a node (a bug).
    public func scene(_ plan: Plan, plain: String) throws(ChartInputError) -> ChartScene {
        let raw = ActorGraphChart.positions(plain: plain)
        var points: [String: ChartScene.Point] = [:]
        for n in plan.nodes {
            guard let p = raw[n.name] else { throw .badFilter(message: "Graphviz returned no position for \(n.name) (\(n.actor.name))") }
            points[n.name] = p
        }
        let minX = plan.nodes.map { (points[$0.name]?.x ?? 0) - $0.width / 2 }.min() ?? 0
        let maxX = plan.nodes.map { (points[$0.name]?.x ?? 0) + $0.width / 2 }.max() ?? 0
        let minY = plan.nodes.map { (points[$0.name]?.y ?? 0) - $0.height / 2 }.min() ?? 0
        let maxY = plan.nodes.map { (points[$0.name]?.y ?? 0) + $0.height / 2 }.max() ?? 0
        let m = ChartFrame.margin
        let width = max(options.minWidth, maxX - minX + 2 * m)
        var scene = ChartScene(width: width)

        let data = plan.data
        var subtitle = DateText.plural(plan.nodes.count, "actor", "actors") + ", " + DateText.plural(plan.relations.count, "link", "links")
        subtitle += " from " + DateText.plural(data.graph.events.count, "event", "events")
        subtitle += " · layout: \(plan.layout.rawValue)"
        var y = ChartFrame.header(&scene, title: data.title, subtitle: subtitle, width: width)
        var legend: [ChartFrame.LegendEntry] = []
        for k in ChartStyle.actorKinds where plan.nodes.contains(where: { $0.actor.kind == k.kind }) {
            legend.append(.node(shape: k.shape, fill: k.fill, stroke: k.color, label: k.label, cls: "kind-\(k.kind.rawValue)"))
        }
        var relationStyles: [RelationStyle] = []
        for r in plan.relations where !relationStyles.contains(where: { $0.name == r.relation.name }) { relationStyles.append(r.relation) }
        // Relations of one family share a colour (`threatened`, `attacked`): one legend entry names them
        // all, so that no two entries look alike (the tooltip of a line says which it is).
        var byColor: [(color: String, styles: [RelationStyle])] = []
        for st in relationStyles.sorted(by: { $0.order < $1.order }) {
            if let k = byColor.firstIndex(where: { $0.color == st.color }) {
                byColor[k].styles.append(st)
            } else {
                byColor.append((st.color, [st]))
            }
        }
        for entry in byColor {
            // `threatened, attacked →`: one arrow when all of them are directed.
            let directed = entry.styles.allSatisfy(\.directed)
            let names = entry.styles.map { $0.name + ($0.directed && !directed ? " →" : "") }
            legend.append(.line(color: entry.color, label: names.joined(separator: ", ") + (directed ? " →" : "")))
        }
        y = ChartFrame.legend(&scene, legend, y: y, width: width)
        let top = y + 10
        let dx = (width - (maxX - minX)) / 2 - minX
        func place(_ p: ChartScene.Point) -> ChartScene.Point { ChartScene.Point(p.x + dx, top + (maxY - p.y)) }

        // Edges: one curve per relation; several between the same two actors fan out.
        let byActor = Dictionary(plan.nodes.map { ($0.actor.id, $0) }, uniquingKeysWith: { a, _ in a })
        var fan: [String: Int] = [:]
        var fanTotal: [String: Int] = [:]
        for r in plan.relations { fanTotal[r.a < r.b ? "\(r.a)\t\(r.b)" : "\(r.b)\t\(r.a)", default: 0] += 1 }
        for (i, r) in plan.relations.enumerated() {
            guard let na = byActor[r.a], let nb = byActor[r.b], let pa = points[na.name], let pb = points[nb.name] else { continue }
            let key = r.a < r.b ? "\(r.a)\t\(r.b)" : "\(r.b)\t\(r.a)"
            let k = fan[key, default: 0]
            fan[key] = k + 1
            let total = fanTotal[key] ?? 1
            // Offsets 0, +1, -1, +2 … in units of 16 points, centred when the count is even.
            var offset = Double((k + 1) / 2) * (k % 2 == 0 ? -1 : 1)
            if total % 2 == 0 { offset = (Double(k) - Double(total - 1) / 2) }
            if r.a > r.b { offset = -offset }
            let curve = EdgeGeometry.curve(from: place(pa), to: place(pb), offset: offset * 16,
                                           tail: (na.width, na.height, na.style.shape), head: (nb.width, nb.height, nb.style.shape),
                                           arrow: r.relation.directed)
            let meta = ChartScene.Meta(name: "rel \(i + 1)", id: "rel-\(i + 1)", cls: "relation r-" + DOTWriter.safeID(r.relation.name),
                                       tooltip: ActorRelations.tooltip(r, data))
            scene.add(.edge(meta: meta, tail: na.name, head: nb.name, points: curve.points, arrow: curve.arrow,
                            color: ChartStyle.alpha(r.relation.color, 0.85), width: ActorGraphChart.penwidth(r.count)))
        }
        for n in plan.nodes {
            guard let p = points[n.name] else { continue }
            let c = place(p)
            var label: HTMLLabel?
            if !n.lines.isEmpty {
                var l = HTMLLabel()
                for (j, line) in n.lines.enumerated() {
                    l.text(line, bold: plan.nodes.firstIndex(of: n).map { $0 < 5 } ?? false, color: ChartStyle.ink, size: n.fontSize)
                    if j < n.lines.count - 1 { l.lineBreak(align: .center) }
                }
                label = l
            }
            let meta = ChartScene.Meta(name: n.name, id: "actor-" + DOTWriter.safeID(n.actor.id), cls: "actor kind-\(n.actor.kind.rawValue)",
                                       tooltip: ActorGraphChart.tooltip(n))
            scene.add(.node(meta: meta, x: c.x, y: c.y, w: n.width, h: n.height, shape: n.style.shape, fill: n.style.fill, stroke: n.style.color,
                            penwidth: n.lines.isEmpty ? 1 : 1.3, label: label))
        }
        var notes = data.notes.filter { !$0.contains("hollow markers") }
        if plan.candidates > plan.nodes.count + plan.unlinked.count {
            notes.insert("Showing the \(DateText.count(plan.nodes.count + plan.unlinked.count)) most prominent of \(DateText.count(plan.candidates)) actors (by events, then mentions); actors.csv lists them all.", at: 0)
        }
        if plan.omittedLinks > 0 {
            notes.append("The \(DateText.count(plan.relations.count)) strongest links are drawn; \(DateText.count(plan.omittedLinks)) weaker ones (fewer events) are left out.")
        }
        if !plan.unlinked.isEmpty {
            let names = plan.unlinked.prefix(15).map(\.name).joined(separator: ", ")
            notes.append("Not drawn, as no event links them to another actor shown: \(names)\(plan.unlinked.count > 15 ? " and \(plan.unlinked.count - 15) more" : "").")
        }
        if plan.nodes.contains(where: { $0.lines.isEmpty }) {
            notes.append("Smaller actors are unlabelled dots: hover to see who they are.")
        }
        notes.append("Line width grows with the number of events; hover a line for its dates and events, a node for the actor.")
        if plan.relations.isEmpty { notes.append("No events link two of these actors yet.") }
        let docs = SourcesNote.cited(by: data.graph.events, in: data.graph)
        let bottom = ChartFrame.footer(&scene, notes: notes, sources: SourcesNote.text(docs.isEmpty ? data.graph.documents : docs), y: top + (maxY - minY) + 18, width: width)
        scene.height = bottom
        return scene
    }
}

/// Curves between nodes, cut at the node outlines.
enum EdgeGeometry {
    /// A cubic Bézier from `a` to `b` bowed sideways by `offset` points, trimmed to the node outlines
    /// (and short of the arrowhead when there is one).
    static func curve(from a: ChartScene.Point, to b: ChartScene.Point, offset: Double,
                      tail: (Double, Double, String), head: (Double, Double, String), arrow: Bool) -> (points: [ChartScene.Point], arrow: ChartScene.Point?) {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let len = max(0.001, (dx * dx + dy * dy).squareRoot())
        let nx = -dy / len
        let ny = dx / len
        let p0 = a
        let p1 = ChartScene.Point(a.x + dx / 3 + nx * offset * 1.33, a.y + dy / 3 + ny * offset * 1.33)
        let p2 = ChartScene.Point(a.x + 2 * dx / 3 + nx * offset * 1.33, a.y + 2 * dy / 3 + ny * offset * 1.33)
        let p3 = b
        let bez = [p0, p1, p2, p3]
        func at(_ t: Double) -> ChartScene.Point { point(bez, t) }
        // Where the curve leaves the tail and enters the head (bisection on the inside test).
        var lo = 0.0
        var hi = 0.5
        for _ in 0..<22 {
            let mid = (lo + hi) / 2
            if inside(at(mid), center: a, tail) { lo = mid } else { hi = mid }
        }
        let t0 = hi
        lo = 0.5
        hi = 1.0
        for _ in 0..<22 {
            let mid = (lo + hi) / 2
            if inside(at(mid), center: b, head) { hi = mid } else { lo = mid }
        }
        var t1 = lo
        var tip: ChartScene.Point?
        if arrow {
            tip = at(t1)
            // Step back along the curve by the arrow's length.
            let want = 8.0
            var t = t1
            while t > t0, let p = tip {
                let q = at(t)
                if ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot() >= want { break }
                t -= 0.002
            }
            t1 = max(t0 + 0.001, t)
        }
        guard t1 > t0 else { return ([a, a, b, b], nil) }
        return (segment(bez, t0, t1), tip)
    }

    static func point(_ p: [ChartScene.Point], _ t: Double) -> ChartScene.Point {
        let u = 1 - t
        let a = u * u * u
        let b = 3 * u * u * t
        let c = 3 * u * t * t
        let d = t * t * t
        return ChartScene.Point(a * p[0].x + b * p[1].x + c * p[2].x + d * p[3].x, a * p[0].y + b * p[1].y + c * p[2].y + d * p[3].y)
    }

    /// The part of a cubic Bézier between t0 and t1, as a cubic Bézier (de Casteljau, twice).
    static func segment(_ p: [ChartScene.Point], _ t0: Double, _ t1: Double) -> [ChartScene.Point] {
        func split(_ q: [ChartScene.Point], _ t: Double) -> ([ChartScene.Point], [ChartScene.Point]) {
            func lerp(_ a: ChartScene.Point, _ b: ChartScene.Point) -> ChartScene.Point { ChartScene.Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t) }
            let a = lerp(q[0], q[1]), b = lerp(q[1], q[2]), c = lerp(q[2], q[3])
            let d = lerp(a, b), e = lerp(b, c)
            let f = lerp(d, e)
            return ([q[0], a, d, f], [f, e, c, q[3]])
        }
        let right = split(p, t0).1
        let local = (t1 - t0) / max(1e-9, 1 - t0)
        return split(right, local).0
    }

    /// Whether a point lies inside a node's outline (an ellipse for round shapes, a box otherwise).
    static func inside(_ p: ChartScene.Point, center c: ChartScene.Point, _ node: (Double, Double, String)) -> Bool {
        let rx = node.0 / 2 + 1
        let ry = node.1 / 2 + 1
        let x = (p.x - c.x) / rx
        let y = (p.y - c.y) / ry
        switch node.2 {
        case "box", "house", "square": return abs(x) <= 1 && abs(y) <= 1
        case "hexagon", "octagon": return abs(y) <= 1 && abs(x) <= 1 - max(0, abs(y) - 0.0) * 0.25
        default: return x * x + y * y <= 1
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
