/// The items waiting for a worker, first in first out, in a ring of slots: an item is moved in by
/// the walker and moved out by a worker (never copied), and no storage is allocated per item.
/// Holds at most `BatchEngine`'s window of items (each is in flight), and grows if ever it must.
struct WorkQueue {
    private var slots: [WorkItem?]
    private var head = 0
    private(set) var count = 0

    /// An empty queue with room for `capacity` items before it grows.
    init(capacity: Int) {
        slots = Array(repeating: nil, count: max(1, capacity))
    }

    /// True when no item is waiting.
    var isEmpty: Bool { count == 0 }

    /// Adds `item` at the back.
    mutating func push(_ item: consuming WorkItem) {
        if count == slots.count { grow() }
        var slot = head + count
        if slot >= slots.count { slot -= slots.count }
        slots[slot] = item
        count += 1
    }

    /// Takes the front item out, or nil when none is waiting.
    mutating func pop() -> WorkItem? {
        guard count > 0 else { return nil }
        let item = slots[head].take()
        head += 1
        if head == slots.count { head = 0 }
        count -= 1
        return item
    }

    /// Doubles the ring, the waiting items moved to its front in order.
    private mutating func grow() {
        var larger = [WorkItem?](repeating: nil, count: slots.count * 2)
        for k in 0..<count { larger[k] = slots[(head + k) % slots.count].take() }
        slots = larger
        head = 0
    }
}
