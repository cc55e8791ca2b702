/// One line of a page at a time: its end found in the page's byte classes (`PageBits`), its blanks trimmed as
/// `LineSplitter` trims them, its facts read from the bits (`LineFlags.read`).
extension TextLine {
    /// The line starting at `lineStart` of `bytes`, whose bits are `blocks`: the offsets of its trimmed text (equal for
    /// a blank line), its flags, and where the next line starts.
    @inline(__always)
    static func pageLine(_ blocks: UnsafePointer<PageBits>, _ bytes: UnsafeBufferPointer<UInt8>,
                         from lineStart: Int) -> (Int, Int, LineFlags, Int) {
        let total = bytes.count
        var start = lineStart
        while start < total, LineSplitter.isASCIIBlank(bytes[start]) { start &+= 1 }
        let end = PageBits.nextBreak(blocks, from: start)
        var next = end &+ 1
        if next < total, bytes[end] == 0x0D, bytes[next] == 0x0A { next &+= 1 }
        if start == end { return (start, start, LineFlags(), next) }
        var trimmed = end
        while LineSplitter.isASCIIBlank(bytes[trimmed &- 1]) { trimmed &-= 1 }  // stops at the first byte, no blank
        if bytes[start] >= 0x80 || bytes[trimmed &- 1] >= 0x80 {  // Unicode spaces may remain at an edge
            (start, trimmed) = LineSplitter.trimmingSpaces(bytes, start, trimmed)
            if start == trimmed { return (start, start, LineFlags(), next) }
        }
        var flags = LineFlags()
        flags.read(blocks, UnsafeBufferPointer(rebasing: bytes[start..<trimmed]), at: start)
        return (start, trimmed, flags, next)
    }
}

extension TextLine {
    /// `lines` without the "Buy Photo" buttons pasted after a closing bracket (`LineSplitter.endBeforePastedButton`):
    /// each line ending in "o" is tested, and a cut line made again from its shorter bytes. A pass of its own after the
    /// split, so the split's loop stays small enough for the line initializer to be inlined into it.
    @inline(never)
    static func cutPastedButtons(_ lines: inout [TextLine], _ blocks: UnsafePointer<PageBits>,
                                 _ bytes: UnsafeBufferPointer<UInt8>) {
        for index in lines.indices where lines[index].lastByte == UInt8(ascii: "o") {
            let line = lines[index]
            guard LineSplitter.mayEndWithPastedButton(bytes, line.start, line.end) else { continue }
            let cut = LineSplitter.endBeforeBuyPhoto(bytes, line.start, line.end)
            if cut == line.end { continue }
            var flags = LineFlags()
            flags.read(blocks, UnsafeBufferPointer(rebasing: bytes[line.start..<cut]), at: line.start)
            lines[index] = TextLine(number: line.number, start: line.start,
                                    bytes: UnsafeBufferPointer(rebasing: bytes[line.start..<cut]), flags: flags)
        }
    }
}
