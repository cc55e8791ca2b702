/// One input on its way through a batch: where to read it, what to call it, the folder its outputs
/// go in, or (`preset`) an outcome the tree walk already decided (a skip, a collision).
///
/// Its outputs are `folder/stem.EXT` for every format's extension (none in merge mode): the worker
/// names each file relative to the open folder, so no output path String is built per input
/// unless one is reported (`outputs(_:)`).
struct WorkItem: Sendable {
    var index: Int
    var input: String
    var stem: String
    /// The output folder ("" for a preset item).
    var folder: String
    var preset: BatchItemResult?

    /// The output paths for `extensions`, in that order.
    func outputs(_ extensions: [String]) -> [String] {
        extensions.map { BatchPaths.join(folder, stem, ext: $0) }
    }
}
