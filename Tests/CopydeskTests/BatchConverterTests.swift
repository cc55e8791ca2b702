import Copydesk
import Foundation
import Testing

@Suite("BatchConverter, the library API")
struct BatchConverterTests {
    private func formats(_ names: String) throws -> [OutputFormat] { try WriterRegistry.formats(list: names) }

    @Test("events: started first, one article per input in sorted order, progress, finished last")
    func eventOrder() async throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 30, perFolder: 7)
        let configuration = BatchConfiguration(inputs: [input.path], output: root.appendingPathComponent("out").path,
                                               formats: try formats("json,text"), jobs: 3, countFirst: true)
        var events: [BatchEvent] = []
        for try await event in try BatchConverter(configuration).events() { events.append(event) }
        #expect(events.first == .started(total: 30))
        guard case .finished(let summary) = events.last else { Issue.record("no finished event"); return }
        #expect(summary.converted == 30 && summary.failed == 0 && !summary.interrupted)
        let results = events.compactMap { event -> BatchItemResult? in if case .article(let r) = event { r } else { nil } }
        #expect(results.map(\.index) == Array(0..<30))
        #expect(results.map(\.input) == results.map(\.input).sorted())
        #expect(results.allSatisfy { $0.status == .ok && $0.outputs.count == 2 && $0.bytes > 0 })
        #expect(events.contains { if case .progress = $0 { true } else { false } })
    }

    @Test("reportsEveryArticle off: article events only for failures and skips, the same summary and outputs")
    func onlyProblemsReported() async throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 12, perFolder: 5)
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: input.appendingPathComponent("d00/binary.txt"))
        var summaries: [BatchSummary] = [], articleEvents: [[BatchItemResult]] = []
        for every in [true, false] {
            var configuration = BatchConfiguration(inputs: [input.path], output: root.appendingPathComponent("out\(every)").path,
                                                   formats: try formats("json"), jobs: 2)
            configuration.reportsEveryArticle = every
            var results: [BatchItemResult] = []
            for try await event in try BatchConverter(configuration).events() {
                if case .article(let result) = event { results.append(result) }
                if case .finished(let summary) = event { summaries.append(summary) }
            }
            articleEvents.append(results)
            #expect(BatchFixtures.files(root.appendingPathComponent("out\(every)")).count == 12)
        }
        #expect(articleEvents[0].count == 13)
        #expect(articleEvents[1].map(\.input) == articleEvents[0].filter { $0.status != .ok }.map(\.input))
        #expect(articleEvents[1].count == 1 && articleEvents[1][0].status == .failed)
        #expect(summaries.count == 2 && summaries[0].converted == 12 && summaries[0].failed == 1)
        #expect(summaries[1].converted == summaries[0].converted && summaries[1].failed == summaries[0].failed
                && summaries[1].bytes == summaries[0].bytes)
    }

    @Test("a stop request ends the run early: interrupted, fewer results, no partial outputs")
    func stop() async throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 2000, perFolder: 500)
        let out = root.appendingPathComponent("out")
        let configuration = BatchConfiguration(inputs: [input.path], output: out.path, formats: try formats("json"), jobs: 2)
        let token = BatchStop()
        // A plain thread (not the busy cooperative pool of a parallel test run) asks for the stop
        // once a few outputs exist.
        let watcher = Thread {
            while !token.isRequested {
                if BatchFixtures.files(out).count >= 5 { token.request() }
                usleep(2_000)
            }
        }
        watcher.start()
        var seen = 0
        var summary: BatchSummary?
        for try await event in try BatchConverter(configuration).events(stop: token) {
            if case .article = event { seen += 1 }
            if case .finished(let final) = event { summary = final }
        }
        token.request()
        let final = try #require(summary)
        #expect(final.interrupted, "seen \(seen) of 2000")
        #expect(final.total == seen && seen < 2000)
        #expect(BatchFixtures.files(out).count == final.converted)
    }

    @Test("impossible requests are typed usage errors naming the problem")
    func usageErrors() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 1)
        let inside = BatchConfiguration(inputs: [input.path], output: input.appendingPathComponent("x/y").path, formats: try formats("json"))
        #expect(throws: CopydeskError.self) { try BatchConverter(inside) }
        do { _ = try BatchConverter(inside) } catch let error as CopydeskError {
            #expect(error.code == .usage && error.reason.contains("inside"))
        }
        let none = BatchConfiguration(inputs: [], output: root.path, formats: try formats("json"))
        #expect(throws: CopydeskError.self) { try BatchConverter(none) }
    }

    @Test("per-input errors carry the input path and a code; the run goes on")
    func typedItemErrors() async throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 2)
        let big = input.appendingPathComponent("d00/big.txt")
        try Data(repeating: 0x61, count: 1001).write(to: big)
        let configuration = BatchConfiguration(inputs: [input.path], output: root.appendingPathComponent("out").path,
                                               formats: try formats("json"), maxBytes: 1000)
        var failures: [CopydeskError] = []
        var converted = 0
        for try await event in try BatchConverter(configuration).events() {
            guard case .article(let result) = event else { continue }
            if let error = result.error { failures.append(error) } else { converted += 1 }
        }
        #expect(converted == 2)
        #expect(failures.contains { $0.code == .tooLarge && $0.input == big.path })
    }
}
