/// Cross-document alias resolution: one ``Actor`` per real entity across the corpus.
public struct ActorResolver: Sendable {
    public init() {}

    /// The corpus's actors and, for each local actor id (`DOC#N`), the corpus-wide id it became.
    public struct Resolution: Sendable {
        public var actors: [Actor]
        public var globalID: [String: String]
    }

    public func resolve(_ facts: [DocumentFacts]) -> Resolution {
        var index: [String: Int] = [:]
        var actors: [Actor] = []
        var taken = Set<String>()
        var globalID: [String: String] = [:]
        for f in facts {
            for a in f.actors {
                let key = a.kind.rawValue + "|" + a.name.lowercased()
                if let i = index[key] {
                    actors[i].mentions += a.mentions
                    globalID[a.id] = actors[i].id
                } else {
                    var g = a
                    g.id = ActorID.make(name: a.name, taken: taken)
                    taken.insert(g.id)
                    index[key] = actors.count
                    globalID[a.id] = g.id
                    actors.append(g)
                }
            }
        }
        return Resolution(actors: actors, globalID: globalID)
    }
}

/// Stable, readable actor ids made from names: `Adam Boehler` → `adam-boehler`.
public enum ActorID {
    public static func make(name: String, taken: Set<String>) -> String {
        var slug = ""
        var dash = false
        for s in name.lowercased().unicodeScalars {
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                slug.unicodeScalars.append(s)
                dash = false
            } else if !dash && !slug.isEmpty {
                slug += "-"
                dash = true
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "actor" }
        var id = slug
        var n = 2
        while taken.contains(id) {
            id = "\(slug)-\(n)"
            n += 1
        }
        return id
    }
}
