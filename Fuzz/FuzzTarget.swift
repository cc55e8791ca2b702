// libFuzzer entry point: parse arbitrary bytes, then run every registered writer and check that
// each output is something a downstream pipeline can read. Built by Scripts/fuzz.sh together with
// the library's sources into one module; not part of the Swift package.
import CLibXML2

/// The parser's and writers' per-worker state, kept from one input to the next as a batch worker
/// keeps it: every input is also parsed and written through them, and must give the same article
/// and bytes as a fresh parse and write (state left over from earlier inputs must not leak).
/// libFuzzer calls the entry point on one thread, so this harness-only state is not shared.
nonisolated(unsafe) var keptParsing = ParseWorkspace()
nonisolated(unsafe) var keptWriting = WriterWorkspace()

/// The entry point libFuzzer calls once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func copydeskFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reused = try? ArticleParser().parse(bytes: bytes, id: "fuzz", path: "fuzz.txt", reusing: &keptParsing)
    let article: Article
    do {
        article = try ArticleParser().parse(bytes: bytes, id: "fuzz", path: "fuzz.txt")
        require(reused == article, "a reused ParseWorkspace gave another article")
    } catch let error as CopydeskError {
        require(reused == nil, "a reused ParseWorkspace parsed an input a fresh parser refuses")
        // A refusal must be a clear, typed error naming the input.
        require(error.input == "fuzz.txt" && !error.reason.isEmpty, "unclear error: \(error)")
        return 0
    } catch {
        fatalError("parse threw a non-Copydesk error: \(error)")
    }
    FuzzChecks.checkModel(article)
    for format in WriterRegistry.formats {
        let output: [UInt8]
        do { output = try format.writer.write(article) } catch {
            fatalError("\(format.name) writer failed: \(error)")
        }
        FuzzChecks.check(output, format: format.name)
        require((try? format.writer.write(article, reusing: &keptWriting)) == output,
                "\(format.name): a reused WriterWorkspace gave other bytes")
    }
    return 0
}

/// Output checks that are cheap enough to run on every fuzz input.
enum FuzzChecks {
    /// Quote offsets must index into their paragraph; text must carry no NUL.
    static func checkModel(_ article: Article) {
        for quote in article.quotes {
            require(quote.paragraph >= 0 && quote.paragraph < article.body.count, "quote paragraph out of range")
            let scalars = article.body[quote.paragraph].text.unicodeScalars.count
            require(quote.start >= 0 && quote.start <= quote.end && quote.end <= scalars, "quote offsets out of range")
        }
        for block in article.body { require(!block.text.utf8.contains(0), "NUL in body text") }
    }

    static func check(_ output: [UInt8], format: String) {
        require(String(validating: output, as: UTF8.self) != nil, "\(format): output is not valid UTF-8")
        require(!output.contains(0), "\(format): output contains NUL")
        switch format {
        case "json", "ninjs":
            require(output.first == UInt8(ascii: "{") && StrictJSON.isValid(output), "\(format): output is not a JSON object")
        case "csv-quotes":
            if let problem = StrictCSV.problem(in: output, columns: 11) { fatalError("csv-quotes: \(problem)") }
        case "xml":
            checkWellFormedXML(output, format: format)
        default:
            break
        }
    }

    static func checkWellFormedXML(_ output: [UInt8], format: String) {
        let doc = output.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "fuzz.xml", nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            }
        }
        require(doc != nil, "\(format): output is not well-formed XML")
        xmlFreeDoc(doc)
    }
}

/// `precondition` drops its message in optimised builds; the fuzzer report needs it.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
