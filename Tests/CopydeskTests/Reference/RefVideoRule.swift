// The video duration rule as of main bd306de (the live rule keeps it as its plain fallback), the oracle for its byte version.
@testable import Copydesk
enum RefVideoRule {
    /// The duration printed on a video-widget line, or `nil`.
    /// (The old rule lives on unchanged as the live rule's fallback, `plainDuration`.)
    static func duration(in line: Substring) -> String? { VideoRule.plainDuration(in: line) }
}
