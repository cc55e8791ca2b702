import Foundation

/// What `TreeWalker` finds in a listing and the `WorkItem`s it hands out.
extension TreeWalker {
    enum Kind {
        case directory(dev_t, ino_t)
        case file
        case special(mode_t)
        case unreachable(BatchStatus, CopydeskError)
    }

    /// What `directory/name` is (its path is built only when the listing's type is not enough).
    func classify(_ directory: String, _ name: String, type: UInt8) -> Kind {
        if type == UInt8(DT_REG) { return .file }
        let path = directory + "/" + name
        var info = stat()
        if stat(path, &info) != 0 {
            let refusal = InputFile.openRefusal(path, errno)
            return .unreachable(refusal.status, refusal.error)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory(info.st_dev, info.st_ino)
        case S_IFREG: return .file
        default: return .special(info.st_mode & S_IFMT)
        }
    }

    /// A listing's entries as `walk` reads them: what each is, the stem of each file the patterns match ("" for
    /// any other entry: a stem is never empty, names are not and do not start with "."), and the output claims of
    /// those files. Each name is matched and cut once.
    struct Survey {
        var kinds: [Kind] = []
        var stems: [String] = []
        /// How many inputs would write each output (who they are is looked up only on a clash); not counted
        /// when `repeated` is known.
        var claims: OutputClaims
        /// Per entry, whether another entry has its stem (`TreeWalker.repeatedStems`), when that rule applies.
        var repeated: [Bool]?

        /// The first output name of entry `index` that another input of the listing writes too, or nil.
        func clash(_ index: Int) -> String? {
            guard let repeated else { return claims.clash(stems[index]) }
            return repeated[index] ? stems[index] + "." + claims.extensions[0] : nil
        }
    }

    /// The survey of `entries`, the listing of `directory` (sorted by name bytes).
    func survey(_ directory: String, _ entries: [Entry]) -> Survey {
        var survey = Survey(claims: OutputClaims(extensions: extensions, merge: configuration.merge))
        survey.kinds.reserveCapacity(entries.count)
        survey.stems.reserveCapacity(entries.count)
        for entry in entries {
            let kind = classify(directory, entry.name, type: entry.type)
            var stem = ""
            if case .file = kind, glob.matches(entry.name) { stem = BatchPaths.stem(of: entry.name) }
            survey.kinds.append(kind)
            survey.stems.append(stem)
        }
        if survey.claims.merge { return survey }  // no outputs per input, no clashes
        if !survey.claims.byName, let repeated = Self.repeatedStems(entries, survey.stems) {
            survey.repeated = repeated
            return survey
        }
        survey.claims = OutputClaims(extensions: extensions, merge: false, capacity: entries.count)
        for stem in survey.stems where !stem.isEmpty { survey.claims.claim(stem) }
        return survey
    }

    /// The item of an input to convert: its outputs go in `folder` (none in merge mode, where it is not read).
    func item(_ path: String, stem: String, folder: String) -> WorkItem {
        WorkItem(index: 0, input: path, stem: stem, folder: folder, preset: nil)
    }

    func preset(_ path: String, _ status: BatchStatus, _ error: CopydeskError) -> WorkItem {
        WorkItem(index: 0, input: path, stem: "", folder: "",
                 preset: WorkItem.Preset(BatchItemResult(index: 0, input: path, status: status, error: error)))
    }
}
