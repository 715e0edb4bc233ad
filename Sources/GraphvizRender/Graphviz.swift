import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders DOT text with the Graphviz C library, in process.
///
/// This file is the only place in Dateline that imports the Graphviz C API. Graphviz keeps global
/// state (its error buffer, its plugin registry, cgraph's id discipline) and crashes when two threads
/// lay out graphs at once, so every context/parse/layout/render sequence runs under one process-wide
/// lock. Everything Graphviz allocates is freed in order: render data, layout, graph, context.
///
/// ```swift
/// let svg = try Graphviz.render(dot: "digraph G { a -> b }", engine: .dot, format: .svg)
/// ```
public enum Graphviz {
    /// A layout engine that Graphviz ships.
    public enum Engine: String, Sendable, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi, osage, patchwork
        /// `neato -n`: node positions are given (`pos`, in points), edges are routed.
        case nop
        /// `neato -n2`: node positions and any edge `pos` are given in points; nothing is laid out.
        case nop2
    }

    /// An output format produced by Graphviz's renderers.
    public enum Format: String, Sendable, CaseIterable {
        case svg, png, pdf
        /// DOT with layout positions (`pos`, `bb`) filled in.
        case layoutDOT = "dot"
        /// Graphviz's plain-text geometry output.
        case plain
    }

    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// Cost: dominated by the layout engine; `dot` grows faster than linearly with crossings, `neato -n2`
    /// (positions given) is linear.
    ///
    /// - Parameters:
    ///   - dot: the graph in the DOT language.
    ///   - engine: the layout engine.
    ///   - format: the output format.
    /// - Returns: the rendered bytes.
    /// - Throws: ``GraphvizError`` with Graphviz's own message when parsing, layout or rendering fails.
    public static func render(dot: String, engine: Engine = .dot, format: Format = .svg) throws(GraphvizError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return try renderLocked(dot: dot, engine: engine.rawValue, format: format.rawValue)
    }

    /// Renders and decodes the result as UTF-8 text (for SVG, DOT and plain output).
    public static func renderText(dot: String, engine: Engine = .dot, format: Format = .svg) throws(GraphvizError) -> String {
        let bytes = try render(dot: dot, engine: engine, format: format)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The version of the linked Graphviz library, for `--version` and diagnostics.
    public static var libraryVersion: String {
        lock.lock()
        defer { lock.unlock() }
        guard let context = gvContext() else { return "unknown" }
        defer { _ = gvFreeContext(context) }
        guard let info = gvcVersion(context) else { return "unknown" }
        return String(cString: info)
    }

    private static let lock = Mutex()

    private static func renderLocked(dot: String, engine: String, format: String) throws(GraphvizError) -> [UInt8] {
        _ = agseterr(AGMAX)
        _ = agreseterrors()
        guard let context = gvContext() else { throw .noContext }
        defer { _ = gvFreeContext(context) }

        let parsed: UnsafeMutablePointer<Agraph_t>? = dot.withCString { agmemread($0) }
        guard let graph = parsed else {
            throw .syntax(message: lastError() ?? "Graphviz could not parse the DOT text")
        }
        defer { agclose(graph) }

        _ = agreseterrors()
        if gvLayout(context, graph, engine) != 0 {
            let message = lastError() ?? "layout failed"
            if message.contains("not recognized") {
                throw .pluginsMissing(engine: engine, message: message)
            }
            throw .layout(engine: engine, message: message)
        }
        defer { _ = gvFreeLayout(context, graph) }

        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        _ = agreseterrors()
        if gvRenderData(context, graph, format, &data, &length) != 0 {
            if let data { gvFreeRenderData(data) }
            let message = lastError() ?? "rendering failed"
            if message.contains("not recognized") {
                throw .pluginsMissing(engine: format, message: message)
            }
            throw .render(format: format, message: message)
        }
        guard let data else { return [] }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// Graphviz's last error message, trimmed; the string it returns is owned by the library's buffer.
    private static func lastError() -> String? {
        guard let raw = aglasterr() else { return nil }
        let text = String(cString: raw)
        free(raw)
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// What went wrong inside Graphviz, with its own message.
public enum GraphvizError: Error, Equatable, CustomStringConvertible, Sendable {
    case noContext
    case syntax(message: String)
    case layout(engine: String, message: String)
    case render(format: String, message: String)
    case pluginsMissing(engine: String, message: String)

    public var description: String {
        switch self {
        case .noContext:
            return "Graphviz could not create a context (is libgvc installed?)"
        case .syntax(let message):
            return "Graphviz rejected the DOT text: \(message)"
        case .layout(let engine, let message):
            return "Graphviz layout with \(engine) failed: \(message)"
        case .render(let format, let message):
            return "Graphviz could not render \(format): \(message)"
        case .pluginsMissing(let engine, let message):
            return "Graphviz has no plugin for \(engine) (\(message)). Its plugin list is missing: run `dot -c` as root, or reinstall `graphviz`/`libgraphviz-dev`."
        }
    }
}

/// A pthread mutex: Graphviz is called from synchronous code, so this is a plain lock, not an actor.
final class Mutex: @unchecked Sendable {
    private var raw = pthread_mutex_t()
    init() { pthread_mutex_init(&raw, nil) }
    deinit { pthread_mutex_destroy(&raw) }
    func lock() { pthread_mutex_lock(&raw) }
    func unlock() { pthread_mutex_unlock(&raw) }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
