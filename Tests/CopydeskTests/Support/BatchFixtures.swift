import Foundation

/// Small input trees for the batch tests, and helpers to look at output trees.
enum BatchFixtures {
    /// A short article with a headline, a byline, a date, paragraphs and a quote.
    static func article(_ number: Int) -> String {
        """
        Council approves harbour plan number \(number)

        By Jane Doe

        March 3, 2024

        The city council approved the harbour plan on Monday after a long debate, officials said.

        "We will start work this summer," said Mayor John Smith, adding that the budget was fixed.

        Residents have asked for the plan since \(1900 + number % 100).

        """
    }

    /// Writes `count` articles as `folder/dNN/aNNNN.txt`, `perFolder` to a folder; returns the root.
    @discardableResult
    static func tree(in root: URL, count: Int, perFolder: Int = 50) throws -> URL {
        for index in 0..<count {
            let folder = root.appendingPathComponent(String(format: "d%02d", index / perFolder))
            if index % perFolder == 0 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            try Data(article(index).utf8).write(to: folder.appendingPathComponent(String(format: "a%04d.txt", index)))
        }
        return root
    }

    /// Adds `count` large articles (~1 MB each) that sort right after `d00/a0002.txt`, so a batch run
    /// with `--jobs 1` is still busy for seconds after its first outputs appear, however fast the
    /// machine: interrupt tests then never race the end of the batch.
    static func addSlowInputs(to root: URL, count: Int = 6) throws {
        let paragraph = String(repeating: "The council said the plan would go ahead, and \u{201C}we will see it through,\u{201D} the mayor said. ", count: 12)
        let text = "A slow article for interrupt tests\n\n" + String(repeating: paragraph + "\n\n", count: 900)
        for index in 0..<count {
            try write(text, to: root.appendingPathComponent(String(format: "d00/a0002_slow%02d.txt", index)))
        }
    }

    /// Writes one file (creating folders) with `text`.
    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every regular file below `root` (hidden ones too), by relative path, with its bytes.
    static func files(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let relative = walker.nextObject() as? String {
            let path = root.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: path) ?? Data()
            }
        }
        return result
    }

    /// Names below `root` that look like temporaries (hidden files, `.tmp`).
    static func temporaries(_ root: URL) -> [String] {
        files(root).keys.filter { $0.split(separator: "/").last!.hasPrefix(".") || $0.hasSuffix(".tmp") }.sorted()
    }

    /// The JSON object in `data`, or nil.
    static func json(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}

/// A `convert` running in the background, for interrupt and kill tests.
final class BackgroundConvert {
    let process = Process()
    private let errURL: URL

    init(_ arguments: [String]) throws {
        process.executableURL = TestPaths.convert
        process.arguments = arguments
        errURL = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-bg-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits (up to `timeout` seconds) until `condition` holds; false when it did not.
    func wait(timeout: Double = 60, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            if !process.isRunning { return condition() }
            usleep(5_000)
        }
        return false
    }

    /// Sends `signal` and waits for the exit status (fails the wait after `timeout` seconds: -1).
    func stop(with signal: Int32, timeout: Double = 60) -> Int32 {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL); return -1 }
        return process.terminationStatus
    }

    var stderr: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }
}
