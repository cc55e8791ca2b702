import Testing
@testable import Copydesk

/// `BatchPaths.join` (one allocation of the exact size) against the plain `+` chain it replaces.
struct BatchPathsJoinTests {
    @Test func joinIsThePlainConcatenation() {
        let folders = ["", "/", "out", "/dev/shm/out/d000", "ünï/cødé", String(repeating: "f", count: 40), "a\u{301}"]
        let names = ["", "a", "a000123", "e\u{301}t\u{E9}", "名前", "x.y", String(repeating: "n", count: 20)]
        let extensions: [String?] = [nil, "", "xml", "ninjs.json", "csv", "tëxt"]
        for folder in folders {
            for name in names {
                for ext in extensions {
                    let plain = ext.map { folder + "/" + name + "." + $0 } ?? folder + "/" + name
                    let joined = BatchPaths.join(folder, name, ext: ext)
                    #expect(joined == plain)
                    #expect(Array(joined.utf8) == Array(plain.utf8))
                }
            }
        }
        // a bridged-looking, non-contiguous folder still gives the plain answer
        let lazy = String(decoding: Array("out/dir".utf8), as: UTF8.self)
        #expect(BatchPaths.join(lazy, "a", ext: "xml") == "out/dir/a.xml")
    }
}
