extension Array where Element == Int {
    /// The root of `i` in a union-find forest kept as parent indices (`self[r] == r` at a root), with
    /// every index on the way pointed straight at the root (path compression). Used by the actor and
    /// event clusterings, which keep their own per-root state beside the forest.
    mutating func unionFindRoot(_ i: Int) -> Int {
        var r = i
        while self[r] != r { r = self[r] }
        var j = i
        while self[j] != r {
            let next = self[j]
            self[j] = r
            j = next
        }
        return r
    }
}
