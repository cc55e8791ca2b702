/// Bylines written as a name, then a job title ("Harriet Vane Social affairs correspondent"), and the byte
/// test that lets most lines skip that rule before their words are read.
extension BylineRule {
    /// "Harriet Vane Social affairs correspondent": a name, then a job title, no comma between. The line of `page` is
    /// read where it lies (never written); an ASCII line on its bytes.
    static func matchNameThenRole(inPlace line: inout TextLine, _ page: LinePage) -> Match? {
        guard line.isASCII else { return plainMatchNameThenRole(inPlace: &line, page) }
        guard (3...8).contains(line.words), !line.endsLikeSentence, !line.hasQuoteMark, !line.hasDigit,
              lastWordMayBeJobTitle(page.bytes(line)) else { return nil }
        // an ASCII line passing the gate has a job word last (the gate read it exactly): its words are cut on its bytes
        return nameThenRoleASCII(&line, page)
    }

    /// `matchNameThenRole` read as words and lowered copies past its byte gate.
    static func plainMatchNameThenRole(inPlace line: inout TextLine, _ page: LinePage) -> Match? {
        guard (3...8).contains(line.words), !line.endsLikeSentence, !line.hasQuoteMark, !line.hasDigit,
              lastWordMayBeJobTitle(page.bytes(line)), case let text = page.text(line), let space = text.utf8.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        // the lowered line's last word is the last word lowered (ASCII lowering keeps bytes and Character boundaries)
        let lastLower = Substring(TextLine.asciiLowercased(text[text.index(after: space)...]))
        guard lastLower.utf8.count >= 5,
              jobShapes.mayContain(lastLower) && jobWords.contains(String(lastLower))
                || jobShapes.mayContain(lastLower.dropLast()) && jobWords.contains(String(lastLower.dropLast())) else { return nil }
        return dottedNameThenRole(text) ?? nameThenRole(text)
    }

    /// `matchNameThenRole` for an ASCII line past its gate: the words walked on the line's bytes (`nameThenRoleCut`), the
    /// name and role sliced once.
    private static func nameThenRoleASCII(_ line: inout TextLine, _ page: LinePage) -> Match? {
        guard let cut = nameThenRoleCut(page.bytes(line)) else { return nil }
        let text = page.text(line), utf8 = text.utf8
        let nameStart = utf8.index(utf8.startIndex, offsetBy: cut.nameStart)
        let name = text[nameStart..<utf8.index(nameStart, offsetBy: cut.nameEnd &- cut.nameStart)]
        let role = text[utf8.index(nameStart, offsetBy: cut.roleStart &- cut.nameStart)...]
        guard let parts = BylineRule.movingBeatWords(name: name, role: role), looksLikeName(parts.name), !isRole(parts.name) else { return nil }
        return Match(names: [BylineEntry(name: String(parts.name), role: parts.role)])
    }

    /// False only when the last word cannot be a job title: when the bytes after the last space are ASCII they are
    /// that word, and neither it nor it without its last letter has the shape of a job word. Other words are read as Characters.
    static func lastWordMayBeJob(_ text: Substring) -> Bool {
        let shapes = jobShapes  // fetched once, outside the closure
        return text.withUTF8Bytes { bytes -> Bool in  // the lowered text has its spaces and byte lengths
            // one walk back from the end to the last space finds the last word and whether it is ASCII
            let (start, ascii) = lastWord(bytes)
            guard start > 0 else { return false }  // no space
            let count = bytes.count - start
            guard count > 0, ascii else { return true }
            let first = FoldedBytes.fold(bytes[start])
            return shapes.mayContain(first: first, length: count) || shapes.mayContain(first: first, length: count - 1)
        }
    }

    /// `lastWordMayBeJob(text) && lastWordMayBeJobWord(text)` for the text's `bytes`, with one walk back to the last
    /// space (the classifier passes the line's bytes read at its offsets).
    static func lastWordMayBeJobTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, ascii) = lastWord(bytes)
        guard start > 0 else { return false }  // no space
        guard ascii else { return true }  // a word above ASCII: read as Characters by the rule
        let count = bytes.count &- start
        guard count >= 5 else { return false }  // no job word is shorter (nor is one less its last letter)
        let first = FoldedBytes.fold(bytes[start])
        let shapes = jobShapes
        guard shapes.mayContain(first: first, length: count) || shapes.mayContain(first: first, length: count &- 1) else { return false }
        let table = jobTable, word = UnsafeBufferPointer(rebasing: bytes[start...])
        return table.value(foldingBytes: word) != nil || table.value(foldingBytes: UnsafeBufferPointer(rebasing: word.dropLast())) != nil
    }

    /// Where the bytes after the last space start (0 when there is no space) and whether they are all ASCII: one walk
    /// back from the end (`plainLastWord` is the form with `lastIndex(of:)` and `allSatisfy`).
    @inline(__always)
    static func lastWord(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, ascii: Bool) {
        var start = bytes.count, high: UInt8 = 0
        while start > 0 {
            let byte = bytes[start &- 1]
            if byte == 0x20 { break }
            high |= byte
            start &-= 1
        }
        return (start, high < 0x80)
    }

    /// `lastWord` read with the collection methods.
    static func plainLastWord(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, ascii: Bool) {
        let start = bytes.lastIndex(of: 0x20).map { $0 + 1 } ?? 0
        return (start, bytes[start...].allSatisfy { $0 < 0x80 })
    }

    /// False only when the last word is ASCII and neither it nor it without its last letter is one of `jobWords`
    /// (capitals folded), or it has fewer than five bytes: what `matchNameThenRole` then tests on a lowered copy.
    /// A last word with a byte above ASCII is read by that rule as before.
    static func lastWordMayBeJobWord(_ text: Substring) -> Bool {
        text.withUTF8Bytes { bytes -> Bool in
            let (start, ascii) = lastWord(bytes)
            guard start > 0, ascii else { return true }  // no space, or a word above ASCII
            let word = UnsafeBufferPointer(rebasing: bytes[start...])
            guard word.count >= 5 else { return false }
            let table = jobTable
            return table.value(foldingBytes: word) != nil || table.value(foldingBytes: UnsafeBufferPointer(rebasing: word.dropLast())) != nil
        }
    }

    /// `jobWords` looked up with capitals folded (lowercase ASCII keys: byte equality is `String` equality).
    static let jobTable = FoldedKeyTable(jobWords.sorted().map { ($0, true) })

    /// Shapes of `jobWords`: a last word of another shape is no job title, and is not hashed.
    static let jobShapes = KeyShapes(jobWords)
}
