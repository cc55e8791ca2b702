import Testing
@testable import Copydesk

@Suite("Work queue: the ring hands items out in the order a plain array queue does")
struct WorkQueueTests {
    func item(_ index: Int) -> WorkItem {
        WorkItem(index: index, input: "in/long-enough-to-be-a-heap-string-\(index).txt", stem: "s\(index)", folder: "out", preset: nil)
    }

    @Test("random pushes and pops, growing past the first capacity: the same items as a plain FIFO")
    func sameOrderAsPlainQueue() {
        var generator = SystemRandomNumberGenerator()
        for capacity in [1, 2, 3, 8, 64] {
            var ring = WorkQueue(capacity: capacity)
            var plain: [WorkItem] = []
            var next = 0
            for _ in 0..<2_000 {
                if Bool.random(using: &generator) || Int.random(in: 0..<4, using: &generator) == 0 {
                    for _ in 0..<Int.random(in: 1...5, using: &generator) {
                        ring.push(item(next)); plain.append(item(next)); next += 1
                    }
                } else {
                    let popped = ring.pop()
                    let expected = plain.isEmpty ? nil : plain.removeFirst()
                    #expect(popped?.index == expected?.index)
                    #expect(popped?.input == expected?.input)
                    #expect(popped?.stem == expected?.stem)
                }
                #expect(ring.count == plain.count)
                #expect(ring.isEmpty == plain.isEmpty)
            }
            while let expected = plain.first {
                plain.removeFirst()
                #expect(ring.pop()?.index == expected.index)
            }
            #expect(ring.pop() == nil)
        }
    }

    @Test("an item's outputs: folder/stem.EXT for each extension, as the joined paths")
    func outputsAreJoinedPaths() {
        let item = WorkItem(index: 0, input: "in/a.txt", stem: "a.b", folder: "/out/d", preset: nil)
        #expect(item.outputs(["xml", "ninjs.json"]) == ["/out/d/a.b.xml", "/out/d/a.b.ninjs.json"])
        #expect(item.outputs([]) == [])
    }
}
