import Foundation
import Testing
@testable import GraphvizRender

@Suite struct GraphvizTests {
    @Test func rendersSVGInProcess() throws {
        let svg = try Graphviz.renderText(dot: "digraph \"g1\" { a -> b }", engine: .dot, format: .svg)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>g1</title>"))
        #expect(svg.contains("class=\"edge\""))
    }

    @Test func rendersPNGAndPDF() throws {
        let png = try Graphviz.render(dot: "graph g { a -- b }", engine: .neato, format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try Graphviz.render(dot: "graph g { a -- b }", engine: .circo, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func syntaxErrorBecomesSwiftErrorWithGraphvizMessage() {
        #expect {
            _ = try Graphviz.render(dot: "digraph { a -> ", format: .svg)
        } throws: { error in
            guard case .syntax(let message) = error as? GraphvizError else { return false }
            return message.contains("syntax error")
        }
    }

    @Test func concurrentCallersAreSafe() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<16 {
                group.addTask {
                    let dot = "digraph g\(i) { " + (0..<30).map { "n\($0) -> n\(($0 * 7 + i) % 30);" }.joined() + " }"
                    return try Graphviz.render(dot: dot, engine: i % 2 == 0 ? .dot : .neato, format: .svg).count
                }
            }
            var total = 0
            for try await n in group { total += n }
            #expect(total > 16 * 1000)
        }
    }
}
