/// One input on its way through a batch: where to read it, what to call it, where its outputs go,
/// or (`preset`) an outcome the tree walk already decided (a skip, a collision).
struct WorkItem: Sendable {
    var index: Int
    var input: String
    var stem: String
    var outputs: [String]
    var preset: BatchItemResult?
}
