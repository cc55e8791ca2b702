/// Settings for `ArticleParser`, chiefly evidence from other documents of the same batch.
public struct ParserOptions: Sendable, Equatable {
    /// Trimmed lines known to be page furniture because they repeat across many files of one run
    /// (menus, footers, promo boxes); see `FurnitureEvidence`. Such lines are discarded (reason `furniture`)
    /// unless they read as a long paragraph.
    public var knownFurniture: Set<String>

    /// Creates options; by default a file is parsed on its own evidence only.
    public init(knownFurniture: Set<String> = []) {
        self.knownFurniture = knownFurniture
    }
}
