// Scheduling overhead of the two designs the batch runner could use, without any I/O or parsing:
//   threads — a fixed pool of worker threads fed through an NSCondition queue, results put back in
//             order through a reorder buffer (what BatchEngine does);
//   tasks   — a bounded task group (one child task per item, at most `window` in flight) fed by an
//             AsyncStream from a producer thread, results reordered the same way.
// Each item burns `work` microseconds of CPU. Build and run:
//   swiftc -O -parse-as-library Benchmarks/scheduler.swift -o /tmp/scheduler && /tmp/scheduler 200000 2 0
import Foundation

func spin(_ micros: Int, _ seed: Int) -> Int {
    var x = seed
    if micros == 0 { return x &* 31 }
    let end = DispatchTime.now().uptimeNanoseconds + UInt64(micros) * 1000
    while DispatchTime.now().uptimeNanoseconds < end { x = x &* 6364136223846793005 &+ 1 }
    return x
}

final class Pool: @unchecked Sendable {
    let condition = NSCondition()
    var queue: [Int] = [], head = 0, closed = false, next = 0, pending: [Int: Int] = [:], sum = 0, running = 0
    func run(items: Int, jobs: Int, work: Int, window: Int) -> Int {
        running = jobs
        for _ in 0..<jobs {
            Thread { [self] in
                condition.lock()
                while true {
                    while head == queue.count && !closed { condition.wait() }
                    if head == queue.count { break }
                    let item = queue[head]; head += 1
                    if head >= 256 { queue.removeFirst(head); head = 0 }
                    condition.unlock()
                    let value = spin(work, item)
                    condition.lock()
                    pending[item] = value
                    var advanced = false
                    while let v = pending.removeValue(forKey: next) { sum &+= v; next += 1; advanced = true }
                    if advanced { condition.broadcast() }
                }
                running -= 1; condition.broadcast(); condition.unlock()
            }.start()
        }
        condition.lock()
        for item in 0..<items {
            while item - next >= window { condition.wait() }
            queue.append(item); condition.broadcast()
        }
        closed = true; condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
        return sum
    }
}

func tasks(items: Int, jobs: Int, work: Int, window: Int) async -> Int {
    let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .unbounded)
    Thread { for item in 0..<items { continuation.yield(item) }; continuation.finish() }.start()
    return await withTaskGroup(of: (Int, Int).self) { group in
        var inFlight = 0, next = 0, sum = 0
        var pending: [Int: Int] = [:]
        func take(_ r: (Int, Int)) { pending[r.0] = r.1; while let v = pending.removeValue(forKey: next) { sum &+= v; next += 1 } }
        for await item in stream {
            if inFlight >= min(window, jobs * 2) { if let r = await group.next() { take(r); inFlight -= 1 } }
            group.addTask { (item, spin(work, item)) }
            inFlight += 1
        }
        for await r in group { take(r) }
        return sum
    }
}

@main struct Main {
    static func main() async {
        let args = CommandLine.arguments
        let items = args.count > 1 ? Int(args[1])! : 200_000
        let jobs = args.count > 2 ? Int(args[2])! : 2
        let work = args.count > 3 ? Int(args[3])! : 0
        func cpu() -> Double { var u = rusage(); getrusage(RUSAGE_SELF.rawValue, &u); return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6 }
        for name in ["threads", "tasks", "threads", "tasks"] {
            let c0 = cpu(), t0 = Date()
            let s = name == "threads" ? Pool().run(items: items, jobs: jobs, work: work, window: jobs * 8) : await tasks(items: items, jobs: jobs, work: work, window: jobs * 8)
            let wall = Date().timeIntervalSince(t0), used = cpu() - c0
            print(String(format: "%-8@ %7d items  %d jobs  work %3d µs: %8.0f items/s wall, %6.2f µs CPU/item beyond the work (sum %d)",
                         name as NSString, items, jobs, work, Double(items) / wall, (used - Double(items * work) / 1e6) / Double(items) * 1e6, s & 1))
        }
    }
}
