import CLibXML2

/// A structural element opened right after its parent's start tag, with nothing between them
/// (`html` in `inlineXML`, `head` in `html`), when the run is the document (`direct`): libxml2
/// itself ends the parent's start tag with `>` as it starts the child (`xmlTextWriterStartElement`
/// on an element whose tag is open), so the `xmlTextWriterWriteRawLen` call that otherwise ends it
/// is not made. The line break and indentation go between that `>` and the child's `<name`.
/// The bytes are the same (the tests compare them with the oracle, where libxml2 writes everything).
extension XMLStreamWriter {
    /// Before `xmlTextWriterStartElement` of the child: the parent's attributes and namespace
    /// declaration are completed in the run (not its `>`), what libxml2 wrote is moved to the run, and
    /// the parent is marked as holding block children.
    @inline(never) mutating func endStartTagByChild() throws {
        try sealStartTag(contentFollows: false)  // in `direct`: the declaration only, no libxml2 call
        if startTagUndrained { drain() }
        frames.top?.pointee.hasBlockChildren = true
    }

    /// After `xmlTextWriterStartElement` of the child: libxml2's buffer holds the parent's `>` and
    /// the child's `<name`; they are moved to the run with the new line and its indentation between.
    @inline(never) mutating func drainAfterChildStart() throws {
        startTagUndrained = false
        guard let output, output.pointee.error == 0, let content = xmlBufContent(output.pointee.buffer) else { return }
        let size = Self.outputSize(output)
        guard size > drained, content[drained] == UInt8(ascii: ">") else {
            throw Self.failure("xmlTextWriterStartElement did not end the open start tag with >", -1)
        }
        run.append(UInt8(ascii: ">"))
        lineBreak(depth: frames.count)
        run.append(content + drained + 1, count: size - drained - 1)
        drained = size
    }
}
