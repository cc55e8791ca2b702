import CLibXML2

/// A thin, throwing writer over libxml2's streaming `xmlTextWriter`, writing into memory.
///
/// libxml2 writes the document: the declaration, every structural element (`open`: one that holds
/// other block elements, such as `contentMeta` or `body`) with its start and end tags, and it
/// checks their nesting. Text-level elements (`begin`: ones that hold only
/// character data and inline elements, such as `headline`, `p` or `q`) are serialized here into a
/// byte run — escaped by `XMLEscape` exactly as libxml2 escapes them — and the run is handed to
/// libxml2 with `xmlTextWriterWriteRawLen` before its next call, so there is one libxml2 call per
/// run instead of one per element, attribute and text node. The tests render the same content with
/// every element written by libxml2 (`leavesByLibXML2`) and compare the bytes.
///
/// libxml2's handles are created and freed inside `render`, or, for a batch worker's standalone
/// documents, kept in one `XMLWriterSession` per thread and reused document after document (see
/// there why libxml2 allows it). An `XMLStreamWriter` itself never outlives the call that made it
/// (the handles are not `Sendable`, and the type is `~Copyable`, so it cannot be stored or copied).
/// Every libxml2 return code goes through `check`. Text and attribute values are cleaned as
/// `XMLText.clean` does, so characters XML 1.0 cannot carry never reach the output.
///
/// A structural element's attributes and namespace declaration are serialized here too, in the
/// order libxml2 writes them (attributes as given, then the declaration), and when the start tag
/// ends (`sealStartTag`) they go into libxml2's output buffer right after the `<name` libxml2 wrote,
/// while it holds the tag open; libxml2 then writes the `>` (or `/>`). Raw runs go into that buffer
/// directly too when libxml2 has no start tag to end first (`writeRaw`). Without the output buffer
/// at hand, the attributes go through one `xmlTextWriterStartAttribute` / raw / `EndAttribute` triple.
/// A kept session's writer is `direct` instead: the run is the document, libxml2's tags are moved
/// into it after each libxml2 call (`drain`), and libxml2 ends a start tag with `>` on its own call
/// (`xmlTextWriterWriteRawLen` of no bytes) before content follows.
///
/// Pretty printing is done here, not by libxml2 (whose indenter inserts whitespace into mixed
/// content such as `<p>text <q>quote</q></p>`): a block element starts on a new, indented line, an
/// inline element (`begin(_:block: false)`) has no whitespace around it.
struct XMLStreamWriter: ~Copyable {
    let handle: OpaquePointer
    /// The output buffer under `handle`, when known: `document` drops its UTF-8 to UTF-8 encoder.
    let output: xmlOutputBufferPtr?
    let pretty: Bool
    let baseDepth: Int
    /// The document declares no encoding, so libxml2 writes non-ASCII attribute text as `&#xHEX;`.
    let charRefs: Bool
    /// Test oracle: every element, attribute and text node is written by libxml2 calls.
    var leavesByLibXML2: Bool
    /// Markup serialized here and not yet handed to libxml2.
    var run: XMLByteRun
    var frames = FrameStack()
    /// Each `cd:quote` line's escaped cue and speaker values in the run, for the body's `<q>` tags.
    var quoteValues = QuoteValues()
    /// A structural element's start tag is open: its attributes collect in the run (fast path only).
    var pendingStart = false
    /// The length of the first attribute name in the pending run (` name="` starts it).
    var firstAttributeNameLength = 0
    /// The namespace the pending start tag declares (written after its attributes), and its prefix.
    var pendingNamespace: StaticString?
    var pendingPrefix: StaticString?
    /// libxml2 has a start tag open (it writes `>` before the next content): see `flush`.
    var libxmlTagOpen = false
    /// The run is the document (`XMLWriterSession`'s fast path): what libxml2 writes is moved from
    /// its output buffer to the run's end after each call (`drain`), and the run is never handed on.
    var direct = false
    /// Bytes of libxml2's output buffer already moved to the run (`drain`; emptied per document).
    var drained = 0
    /// libxml2 wrote a start tag not yet moved to the run: `drain` runs before the run grows.
    var startTagUndrained = false

    /// libxml2's one-time global initialisation.
    private static let initialised: Bool = { xmlInitParser(); return true }()

    /// Runs libxml2's one-time global initialisation (once per process).
    static func initialise() { _ = initialised }

    /// A writer over libxml2 writer `handle`; `render` makes one per document.
    init(handle: OpaquePointer, output: xmlOutputBufferPtr? = nil, pretty: Bool, baseDepth: Int, charRefs: Bool,
         leavesByLibXML2: Bool, runCapacity: Int = 2048) {
        run = XMLByteRun(capacity: runCapacity)
        self.handle = handle
        self.output = output
        self.pretty = pretty
        self.baseDepth = baseDepth
        self.charRefs = charRefs
        self.leavesByLibXML2 = leavesByLibXML2
    }

    /// Throws when a libxml2 call reports failure (a negative return code).
    @discardableResult
    static func check(_ rc: Int32, _ function: String) throws -> Int32 {
        guard rc >= 0 else { throw failure(function, rc) }
        return rc
    }

    static func failure(_ function: String, _ rc: Int32) -> CopydeskError {
        CopydeskError(.writeFailed, reason: "libxml2 \(function) failed (rc \(rc))")
    }
}
