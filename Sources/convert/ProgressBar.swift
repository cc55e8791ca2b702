import Copydesk
import Foundation

/// A one-line progress bar on standard error (only used when it is a terminal): count, rate, ETA.
final class ProgressBar {
    private var drawn = false

    func draw(_ progress: BatchProgress) {
        var line = "\r"
        if let total = progress.total, total > 0 {
            let width = 24
            let filled = min(width, progress.done * width / total)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            line += "\(progress.done)/\(total)"
        } else {
            line += "\(progress.done)"
        }
        line += "  \(Int(progress.rate.rounded())) articles/s"
        if progress.failed > 0 { line += "  \(progress.failed) failed" }
        if let remaining = progress.remaining { line += "  ETA \(Self.duration(remaining))" }
        line += "\u{1B}[K"
        StandardError().write(line)
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        StandardError().write("\r\u{1B}[K")
        drawn = false
    }

    private static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}

extension StandardError {
    /// Writes `text` as is (no newline).
    func write(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Foundation.write(2, $0.baseAddress!, $0.count - 1) }
    }
}
