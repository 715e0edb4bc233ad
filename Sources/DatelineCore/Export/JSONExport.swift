import Foundation

/// Writes the graph as `dateline/1` JSON: sorted keys, two-space indent, the same bytes for the same input.
public enum JSONExport {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The whole document at once (tests, small corpora). ``write(_:to:)`` makes the same bytes.
    public static func data(_ graph: EventGraph) throws -> Data {
        var data = try encoder().encode(graph)
        data.append(0x0A)
        return data
    }

    /// The same bytes as ``data(_:)``, handed to `sink` a piece at a time (about a megabyte each), so
    /// that a large corpus's JSON is never held whole: each actor, timex and event is encoded alone and
    /// indented into place. Keys come in the encoder's sorted order.
    public static func write(_ graph: EventGraph, to sink: (Data) throws -> Void) throws {
        let encoder = encoder()
        var out = Data("{\n".utf8)
        func flush(atLeast limit: Int) throws {
            guard out.count >= limit else { return }
            try sink(out)
            out.removeAll(keepingCapacity: true)
        }
        func array<T: Encodable>(_ key: String, _ items: [T], last: Bool = false) throws {
            out.append(contentsOf: "  \"\(key)\" : [\n".utf8)
            if items.isEmpty { out.append(0x0A) }
            for (i, item) in items.enumerated() {
                indent(try encoder.encode(item), first: "    ", rest: "    ", into: &out)
                if i < items.count - 1 { out.append(0x2C) }
                out.append(0x0A)
                try flush(atLeast: 1 << 20)
            }
            out.append(contentsOf: (last ? "  ]\n" : "  ],\n").utf8)
        }
        func value<T: Encodable>(_ key: String, _ item: T) throws {
            out.append(contentsOf: "  \"\(key)\" : ".utf8)
            indent(try encoder.encode(item), first: "", rest: "  ", into: &out)
            out.append(contentsOf: ",\n".utf8)
        }
        try array("actors", graph.actors)
        if let curation = graph.curation { try value("curation", curation) }
        try array("documents", graph.documents)
        try array("events", graph.events)
        try value("schema", graph.schema)
        try array("timexes", graph.timexes, last: true)
        out.append(contentsOf: "}\n".utf8)
        try flush(atLeast: 0)
    }

    /// Appends `json` with `first` before its first line and `rest` before each later one that is not
    /// empty (the encoder writes an empty array or object with an empty line inside).
    static func indent(_ json: Data, first: String, rest: String, into out: inout Data) {
        out.append(contentsOf: first.utf8)
        var start = json.startIndex
        while let nl = json[start...].firstIndex(of: 0x0A) {
            out.append(json[start...nl])
            start = json.index(after: nl)
            if start < json.endIndex, json[start] != 0x0A { out.append(contentsOf: rest.utf8) }
        }
        out.append(json[start...])
    }

    public static func decode(_ data: Data) throws -> EventGraph {
        try JSONDecoder().decode(EventGraph.self, from: data)
    }
}
