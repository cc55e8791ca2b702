import Foundation

/// A stop request shared between a running batch and whoever may interrupt it (a signal handler,
/// a UI). After `request()` no new input is started; inputs in flight finish (their outputs are
/// complete or absent, never partial), merged outputs are discarded, and the run finishes with
/// `BatchSummary.interrupted` set.
public final class BatchStop: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var observers: [Int: @Sendable () -> Void] = [:]
    private var nextObserver = 0

    /// Creates a token that has not been triggered.
    public init() {}

    /// Asks the run to stop as soon as the inputs in flight are done. Safe from any thread.
    public func request() {
        lock.lock()
        requested = true
        let waiting = observers.sorted { $0.key < $1.key }.map(\.value)
        observers = [:]
        lock.unlock()
        for observer in waiting { observer() }
    }

    /// Runs `body` once when a stop is requested (at once if it already was); returns a key for
    /// `removeObserver(_:)`, or nil when `body` already ran.
    @discardableResult
    func onRequest(_ body: @escaping @Sendable () -> Void) -> Int? {
        lock.lock()
        if requested { lock.unlock(); body(); return nil }
        nextObserver += 1
        let key = nextObserver
        observers[key] = body
        lock.unlock()
        return key
    }

    /// Forgets an observer registered with `onRequest(_:)` (a run that has ended).
    func removeObserver(_ key: Int) {
        lock.lock(); observers[key] = nil; lock.unlock()
    }

    /// True once `request()` was called.
    public var isRequested: Bool {
        lock.lock(); defer { lock.unlock() }
        return requested
    }
}
