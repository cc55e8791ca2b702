extension CopydeskError.Code {
    /// Two inputs would be written to the same output file; neither is converted.
    public static let collision = CopydeskError.Code(rawValue: "collision")
    /// Skipped: every output exists already (`--skip-existing`).
    public static let exists = CopydeskError.Code(rawValue: "exists")
    /// Skipped: the input is a FIFO, socket or device, not a regular file.
    public static let notRegularFile = CopydeskError.Code(rawValue: "not-regular-file")
    /// Skipped: a symbolic link that leads back to itself or to a folder being walked.
    public static let symlinkLoop = CopydeskError.Code(rawValue: "symlink-loop")
    /// Skipped: a symbolic link whose target does not exist.
    public static let danglingLink = CopydeskError.Code(rawValue: "dangling-link")
    /// The run was stopped before this input was started.
    public static let interrupted = CopydeskError.Code(rawValue: "interrupted")
}
