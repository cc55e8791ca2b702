import CLibXML2

/// Text-level elements (`begin` … `close`), serialized into the run, and what every element start
/// shares: ending a pending start tag, the line break and indentation of a block element.
extension XMLStreamWriter {
    /// Starts text-level element `name` (character data and inline elements only), serialized here.
    /// A block element starts on a new indented line; an inline one has no whitespace around it.
    @inline(__always) mutating func begin(_ name: StaticString, block: Bool = true) throws {
        if leavesByLibXML2 { return try beginByLibXML2(name, block: block) }
        try enterContent()
        if block { try startBlock(name) }
        run.append(UInt8(ascii: "<"), name)
        frames.push(Frame(name: name, serialized: true, startTagOpen: true, hasBlockChildren: false))
    }

    /// `begin` for the oracle: the element goes through libxml2.
    @inline(never) private mutating func beginByLibXML2(_ name: StaticString, block: Bool) throws {
        if block { try startBlock(name) }
        try flush()
        try Self.check(xmlTextWriterStartElement(handle, name.utf8Start), "xmlTextWriterStartElement")
        libxmlTagOpen = true
        frames.push(Frame(name: name, serialized: false, startTagOpen: true, hasBlockChildren: false))
    }

    /// Ends the innermost open element (`<x/>` when it is empty). A text-level element serialized
    /// here with no block children (nearly every close) ends inline.
    @inline(__always) mutating func close() throws {
        guard !pendingStart, let top = frames.top, top.pointee.serialized, !top.pointee.hasBlockChildren else {
            return try closeGeneral()
        }
        let frame = frames.pop()!
        if frame.startTagOpen { run.append("/>") } else { run.appendEndTag(frame.name) }
    }

    /// `close` for every other element: structural ones (libxml2 ends them), ones holding blocks.
    @inline(never) private mutating func closeGeneral() throws {
        if pendingStart { try sealStartTag(contentFollows: false) }
        guard let frame = frames.pop() else { throw Self.failure("close without open element", -1) }
        if frame.hasBlockChildren { lineBreak(depth: frames.count) }
        if frame.serialized {
            if frame.startTagOpen {
                run.append("/>")
            } else {
                run.appendEndTag(frame.name)
            }
        } else {
            if !direct { try flush() }  // direct: the pending start tag is sealed, nothing to hand on
            try Self.check(xmlTextWriterEndElement(handle), "xmlTextWriterEndElement")
            if direct { drain() }
            libxmlTagOpen = false
        }
    }


    /// Ends the start tag of the innermost element when this type serializes it and it is open.
    @inline(__always) mutating func enterContent() throws {
        if pendingStart { try sealStartTag(); return }
        guard let top = frames.top, top.pointee.startTagOpen, top.pointee.serialized else { return }
        top.pointee.startTagOpen = false
        run.append(UInt8(ascii: ">"))
    }

    /// Marks the parent as holding block children and starts a new indented line.
    @inline(__always) mutating func startBlock(_ name: StaticString) throws {
        guard let top = frames.top else { return }
        if top.pointee.serialized { throw Self.blockInsideText(name, top.pointee.name) }
        top.pointee.hasBlockChildren = true
        lineBreak(depth: frames.count)
    }

    /// The error of a block element started inside a text-level one (out of line: `startBlock` stays
    /// small enough to be inlined everywhere).
    @inline(never) static func blockInsideText(_ name: StaticString, _ parent: StaticString) -> CopydeskError {
        failure("block element \(name) inside text-level element \(parent)", -1)
    }

    /// Writes a line break and indentation into the run.
    @inline(__always) mutating func lineBreak(depth: Int) {
        guard pretty else { return }
        var width = 2 * (baseDepth + depth)
        if width < ByteCopy.lineStart.utf8CodeUnitCount {  // the new line and its indentation in one copy
            run.append(ByteCopy.lineStart.utf8Start, count: width + 1)
            return
        }
        run.append(UInt8(ascii: "\n"))
        while width > 0 {
            let piece = min(width, ByteCopy.spaces.utf8CodeUnitCount)
            run.append(ByteCopy.spaces.utf8Start, count: piece)
            width -= piece
        }
    }
}
