import Foundation

/// Writes the graph as `dateline/1` JSON: sorted keys, two-space indent, the same bytes for the same input.
public enum JSONExport {
    public static func data(_ graph: EventGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(graph)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> EventGraph {
        try JSONDecoder().decode(EventGraph.self, from: data)
    }
}
