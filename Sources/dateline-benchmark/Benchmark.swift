import DatelineCore
import Foundation

@main
struct BenchmarkMain {
    static func main() async {
        print("not yet")
    }
}
