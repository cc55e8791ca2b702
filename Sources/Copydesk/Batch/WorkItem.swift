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
    /// The decided outcome (boxed: rare, and an item without one stays small and is checked by a pointer).
    var preset: Preset?

    /// The output paths for `extensions`, in that order.
    func outputs(_ extensions: [String]) -> [String] {
        extensions.map { BatchPaths.join(folder, stem, ext: $0) }
    }

    /// An outcome the tree walk decided for an item.
    final class Preset: Sendable {
        let result: BatchItemResult

        init(_ result: BatchItemResult) { self.result = result }
    }
}
