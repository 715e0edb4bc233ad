/// Each value's rank among the distinct values in sorted order (`["b", "a", "b"]` → `[1, 0, 1]`), so
/// that a sort can compare integers instead of strings.
///
/// The same ranks as sorting a `Set` of the values and numbering them, with fewer hashes: a value equal
/// to the one before it (an article's events all name one document) takes its rank without a look-up.
/// Cost: one comparison per value, one hash per run of equal values, a sort of the distinct values.
///
/// - Parameters:
///   - count: how many values.
///   - value: the `i`-th value.
/// - Returns: the rank of each value, in order.
func sortedRanks(_ count: Int, _ value: (Int) -> String) -> [Int] {
    var number: [String: Int] = [:]
    var distinct: [String] = []
    var numbers = [Int](repeating: 0, count: count)
    var previous: String?
    var previousNumber = 0
    for i in 0..<count {
        let v = value(i)
        if let p = previous, p == v {
            numbers[i] = previousNumber
            continue
        }
        let n: Int
        if let known = number[v] {
            n = known
        } else {
            n = distinct.count
            number[v] = n
            distinct.append(v)
        }
        numbers[i] = n
        previous = v
        previousNumber = n
    }
    var rank = [Int](repeating: 0, count: distinct.count)
    for (r, n) in distinct.indices.sorted(by: { distinct[$0] < distinct[$1] }).enumerated() { rank[n] = r }
    for i in numbers.indices { numbers[i] = rank[numbers[i]] }
    return numbers
}
