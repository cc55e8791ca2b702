import Foundation

/// The machinery behind `BatchConverter.events()`: a walker thread feeds a pool of worker threads
/// through a queue; results go back in input order through a reorder ring to the stream. At most
/// `window` items are in flight, so memory does not grow with the run.
///
/// All mutable state is guarded by `condition` (hence `@unchecked Sendable`).
final class BatchEngine: @unchecked Sendable {
    private let configuration: BatchConfiguration
    private let stop: BatchStop
    private let continuation: AsyncThrowingStream<BatchEvent, Error>.Continuation
    private let processor: ItemProcessor
    private let window: Int
    private let condition = NSCondition()
    private var observer: Int?

    // Guarded by `condition` (so the per-article ones skip the dynamic exclusivity checks).
    @exclusivity(unchecked) private var queue: WorkQueue
    private var closed = false
    private var halted = false
    /// Results waiting for their turn, at `index % window`.
    @exclusivity(unchecked) private var pending: [ItemProcessor.Outcome?]
    private var nextToEmit = 0
    private var runningWorkers = 0
    @exclusivity(unchecked) private var progress = BatchProgress()
    private var lastProgress = 0.0
    private var merge: MergeSink?
    private var started = 0.0
    /// While the walker waits for room: the `nextToEmit` at which it may go on (else nil).
    private var walkerResumesAt: Int?
    @exclusivity(unchecked) private var outbox: [BatchEvent] = []
    private var lastDelivery = 0.0

    init(configuration: BatchConfiguration, stop: BatchStop, continuation: AsyncThrowingStream<BatchEvent, Error>.Continuation) {
        self.configuration = configuration
        self.stop = stop
        self.continuation = continuation
        self.processor = ItemProcessor(formats: configuration.formats, maxBytes: configuration.maxBytes,
                                       skipExisting: configuration.skipExisting, merge: configuration.merge,
                                       reportsEveryArticle: configuration.reportsEveryArticle)
        self.window = max(64, configuration.jobs * 32)
        self.pending = Array(repeating: nil, count: window)
        self.queue = WorkQueue(capacity: window)
    }

    /// Starts the walker (which starts the workers) and returns at once.
    func start() {
        observer = stop.onRequest { [self] in
            condition.lock(); halted = true; condition.broadcast(); condition.unlock()
        }
        let thread = Thread { [self] in coordinate() }
        thread.name = "copydesk-batch-walker"
        thread.start()
    }

    private func coordinate() {
        started = Clock.now()
        let total = configuration.countFirst ? TreeWalker.count(configuration) : nil
        if configuration.merge {
            do { merge = try MergeSink(configuration: configuration) } catch {
                if let observer { stop.removeObserver(observer) }
                continuation.finish(throwing: error)
                return
            }
        }
        progress.total = total
        continuation.yield(.started(total: total))
        let workers = min(configuration.jobs, 512)
        runningWorkers = workers
        for number in 0..<workers {
            let thread = Thread { [self] in work() }
            thread.name = "copydesk-batch-\(number)"
            thread.start()
        }
        var walker = TreeWalker(configuration: configuration) { [self] in submit($0) }
        _ = walker.run()

        condition.lock()
        closed = true
        condition.broadcast()
        while runningWorkers > 0 { condition.wait() }
        for index in nextToEmit..<(nextToEmit + window) {  // after a stop, in input order
            if let outcome = pending[index % window].take() { emit(outcome) }
        }
        deliver(Clock.now())
        let interrupted = halted
        progress.elapsed = Clock.now() - started
        let final = progress
        condition.unlock()

        var summary = BatchSummary(converted: final.done - final.failed - final.skipped, failed: final.failed,
                                   skipped: final.skipped, bytes: final.bytes, seconds: final.elapsed, interrupted: interrupted)
        if let merge {
            do { summary.mergedOutputs = try merge.finish(commit: !interrupted) } catch let error as CopydeskError {
                summary.error = error
            } catch {
                summary.error = CopydeskError(.outputFailed, input: configuration.output, reason: "\(error)")
            }
        }
        if let observer { stop.removeObserver(observer) }
        continuation.yield(.progress(final))
        continuation.yield(.finished(summary))
        continuation.finish()
    }

    /// Called by the walker per item; waits while the window is full. False = stop walking.
    private func submit(_ item: consuming WorkItem) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if item.index - nextToEmit >= window {
            // Refill in bursts: wait until half the window is free
            walkerResumesAt = item.index - window / 2
            while !halted && item.index - nextToEmit > window / 2 { condition.wait() }
            walkerResumesAt = nil
        }
        if halted { return false }
        if let preset = item.preset {
            pending[item.index % window] = ItemProcessor.Outcome(result: preset.result)
            flush()
        } else {
            queue.push(item)
            condition.signal()
        }
        return true
    }

    private func work() {
        // per thread: parser's and writers' scratch, last output folder (kept open), outputs
        var parsing = ParseWorkspace(), workspace = WriterWorkspace(), folder = OutputFolder(), entries: [[UInt8]] = []
        condition.lock()
        while true {
            while queue.isEmpty && !closed && !halted { condition.wait() }
            if halted { break }
            guard let item = queue.pop() else { break }
            condition.unlock()
            let outcome = processor.process(item, parsing: &parsing, workspace: &workspace, folder: &folder, entries: &entries)
            let slot = item.index % window
            condition.lock()
            pending[slot] = consume outcome
            flush()
        }
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Sends every result next in input order. Called with the lock held.
    private func flush() {
        while let outcome = pending[nextToEmit % window].take() {
            emit(outcome)
            nextToEmit += 1
        }
        // Wake the walker only once there is room for a burst.
        if let resume = walkerResumesAt, nextToEmit >= resume { condition.broadcast() }
    }

    /// Sends one result (merging it first in merge mode). Called with the lock held.
    private func emit(_ outcome: consuming ItemProcessor.Outcome) {
        if let merge { outcome.result = merge.add(outcome) }
        progress.done += 1
        progress.bytes += outcome.result.bytes
        let status = outcome.result.status
        if status == .failed { progress.failed += 1 }
        if status == .skipped { progress.skipped += 1 }
        if status != .ok || configuration.reportsEveryArticle { outbox.append(.article(outcome.result)) }
        if progress.done & 7 != 0 && outbox.count < 256 { return }  // the clock: every eighth article
        let now = Clock.now()
        if now - lastProgress >= 0.1 {
            lastProgress = now
            progress.elapsed = now - started
            outbox.append(.progress(progress))
        }
        if outbox.count >= 256 || now - lastDelivery >= 0.05 { deliver(now) }
    }

    /// Hands the buffered events to the stream at once. Called with the lock held.
    private func deliver(_ now: Double) {
        for event in outbox { continuation.yield(event) }
        outbox.removeAll(keepingCapacity: true)
        lastDelivery = now
    }
}
