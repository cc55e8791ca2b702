// Scale check: generates one big hostile input of a kind, parses it and runs every registered
// writer on it, and prints seconds per MB (parse and each writer) and the process's peak RSS.
// Runs each kind at full size and at a quarter, so super-linear growth shows as a ratio > 1.
//
//   swift run -c release ScaleCheck KIND [--scale F]      (Scripts/scale-check.sh runs all kinds)
//
// KIND: long-line (20 MB single line), short-lines (300,000 lines), paragraphs (50,000),
// quotes (thousands of quotes in one paragraph), nested-quotes (thousands of nested marks),
// list-lines (200,000 lines differing in the middle), captions (100,000), speakers (100,000
// paragraphs, each a new speaker), standfirst (200,000 header lines, no body), surnames (100,000
// paragraphs quoting by a surname thousands of names share), roles (100,000 quotes attributed by a
// role noun thousands of people hold), acronyms (100,000 agencies with acronyms, quotes by one-word names),
// figures (50,000 paragraphs, each followed by a photo caption).
import Copydesk
import Foundation

/// The input of `kind` at `scale` (1 = the full size named above).
func makeInput(_ kind: String, scale: Double) -> [UInt8]? {
    func count(_ full: Int) -> Int { max(1, Int(Double(full) * scale)) }
    let head = "World\nOfficials weigh a new plan\nBy Jane Doe\nPublished: 3 March 2024\n"
    var text = head
    switch kind {
    case "long-line":
        let piece = "The council said the harbour plan would cost more than expected, “and it will,” she said. "
        text += String(repeating: piece, count: count(20_000_000 / piece.utf8.count))
    case "short-lines":
        text += (0..<count(300_000)).map { "Line \($0) is short." }.joined(separator: "\n")
    case "paragraphs":
        text += (0..<count(50_000)).map {
            $0 % 5 == 0 ? "“We will build it,” said Mary Smith, the council leader, on day \($0)."
                        : "Paragraph \($0) carries the story on, and the vote was close."
        }.joined(separator: "\n\n")
    case "quotes":
        text += String(repeating: "“Yes,” he said. “No,” Mary Smith replied. ", count: count(50_000))
    case "nested-quotes":
        text += String(repeating: "“‘«„‹\"' said ", count: count(50_000)) + "the spokesman."
    case "list-lines":  // lines that differ only in the middle (repeated-line hashing)
        text += (0..<count(200_000)).map { "• Point number \($0) of the list is made here in words" }.joined(separator: "\n")
    case "captions":  // a caption and credit per line (creditlines written once each)
        text += (0..<count(100_000)).map { "Photo: AP\($0)" }.joined(separator: "\n")
    case "speakers":  // a new speaker per paragraph (matching names inside longer names)
        let first = ["Wang", "Li", "Smith", "Jones", "Garcia", "Kim", "Nguyen", "Patel", "Brown", "Lee"]
        text += (0..<count(100_000)).map { "“We will do it \($0),” said \(first[$0 % 10]) Zed\($0), the minister of things." }
            .joined(separator: "\n\n")
    case "surnames":  // thousands of names sharing ten surnames, each paragraph quoting one by surname alone
        let shared = ["Wang", "Li", "Smith", "Jones", "Garcia", "Kim", "Nguyen", "Patel", "Brown", "Lee"]
        text += (0..<count(100_000)).map { "“It is fine \($0),” \(shared[$0 % 10]) said. Dr \(shared[$0 % 10]) Zed\($0) agreed with \(shared[($0 + 1) % 10])." }
            .joined(separator: "\n\n")
    case "figures":  // a photo caption after every paragraph: thousands of figures, each at its own block
        text += (0..<count(50_000)).map { "A speaker at the event \($0). (Photo: Ann Lee/Reuters)\n\nThe event went on \($0)." }
            .joined(separator: "\n\n")
    case "acronyms":  // thousands of agencies with acronyms, each paragraph quoting a one-word name that is none of them
        func letters(_ n: Int) -> String {  // four letters, base 26: unique below 456,976
            var v = n, bytes: [UInt8] = []
            for _ in 0..<4 { bytes.append(UInt8(97 + v % 26)); v /= 26 }
            return String(decoding: bytes, as: UTF8.self)
        }
        text += (0..<count(100_000)).map { "The Agency of \(letters($0).capitalized) Things (A\(letters($0).uppercased())) met. “It is fine,” Smith\(letters($0)) said." }
            .joined(separator: "\n\n")
    case "roles":  // thousands of people holding one role, each quote attributed by the role noun alone
        text += (0..<count(100_000)).map { "Zed\($0) Wang, a spokesman for Acme\($0), spoke. “It is fine \($0),” the spokesman said." }
            .joined(separator: "\n\n")
    case "standfirst":  // a header of thousands of summary lines and no body
        text = (0..<count(200_000)).map { "Line \($0), “said” Mr. X: 1.5/2" }.joined(separator: "\n")
    default:
        return nil
    }
    return Array(text.utf8)
}

/// Peak resident set size of this process, in MB.
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// CPU seconds of the calling thread spent in `body`: the machine may be busy with other work,
/// and parse and writers run on this one thread.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let kind = arguments.first else {
    FileHandle.standardError.write(Data("usage: ScaleCheck KIND [--scale F]\n".utf8))
    exit(2)
}
var scale = 1.0
if let index = arguments.firstIndex(of: "--scale"), index + 1 < arguments.count { scale = Double(arguments[index + 1]) ?? 1 }

// Warm-up: first calls pay one-time costs (tables, libxml2 initialisation) that are not per MB.
let warmUp = try ArticleParser().parse(bytes: Array("Headline\n“Quote,” she said.\nBody text here.".utf8))
for format in WriterRegistry.formats { _ = try format.writer.write(warmUp) }

// Full size first, so the peak RSS reported belongs to it; then a quarter for the linearity ratio.
var perMB: [String: [Double]] = [:]
var order: [String] = []
var sizes: [Double] = []
for factor in [scale, scale / 4] {
    guard let input = makeInput(kind, scale: factor) else {
        FileHandle.standardError.write(Data("unknown kind \(kind)\n".utf8))
        exit(2)
    }
    let megabytes = Double(input.count) / 1_048_576
    sizes.append(megabytes)
    var article: Article?
    let parse = try seconds { article = try ArticleParser().parse(bytes: input, id: kind, path: "\(kind).txt") }
    guard let article else { exit(1) }
    if order.isEmpty { order.append("parse") }
    perMB["parse", default: []].append(parse / megabytes)
    for format in WriterRegistry.formats {
        var outputBytes = 0
        let write = try seconds { outputBytes = try format.writer.write(article).count }
        if !order.contains(format.name) { order.append(format.name) }
        perMB[format.name, default: []].append(write / megabytes)
        _ = outputBytes
    }
    if factor == scale {
        print(String(format: "%@: %.1f MB, %d body blocks, %d quotes, peak RSS %.0f MB", kind, megabytes,
                     article.body.count, article.quotes.count, peakRSSMegabytes()))
    }
}
var total = 0.0
for name in order {
    let values = perMB[name]!
    total += values[0]
    print(String(format: "  %-12@ %8.4f s/MB  (quarter size %8.4f s/MB, ratio %.2f)", name, values[0], values[1], values[0] / max(values[1], 1e-9)))
}
print(String(format: "  %-12@ %8.4f s/MB", "total", total))
