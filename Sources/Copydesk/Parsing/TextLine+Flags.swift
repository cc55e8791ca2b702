/// The facts of a line's flag scan (`LineFlags`), read from the scan kept whole in `TextLine.flags`.
extension TextLine {
    /// Number of space-separated words.
    @inline(__always) var words: Int { flags.words }
    /// Contains a comma.
    @inline(__always) var hasComma: Bool { flags.comma }
    /// Contains an ASCII digit.
    @inline(__always) var hasDigit: Bool { flags.digit }
    /// Contains a colon: a cheap gate for the caption and date rules.
    @inline(__always) var hasColon: Bool { flags.colon }
    /// Contains a slash: a cheap gate for the caption and date rules.
    @inline(__always) var hasSlash: Bool { flags.slash }
    /// Contains a tab.
    @inline(__always) var hasTab: Bool { flags.tab }
    /// Contains ". " (a sentence end inside the line): every trailing-credit lead needs one.
    @inline(__always) var hasDotSpace: Bool { flags.dotSpace }
    /// True when the line contains a web address ("http://", "https://", "www.").
    @inline(__always) var hasURL: Bool { flags.url }
    /// Letters right before a colon: the caption rule's label gate.
    @inline(__always) var lettersBeforeColon: UInt32 { flags.lettersBeforeColon }
    /// Capitals right after ". ": the caption rule's lead gate.
    @inline(__always) var capitalsAfterDotSpace: UInt32 { flags.capitalsAfterDotSpace }
    /// Contains an ellipsis ("..." or "…").
    @inline(__always) var hasEllipsis: Bool { flags.ellipsis }
    /// True when the line contains a quotation mark (speech is never page furniture).
    @inline(__always) var hasQuoteMark: Bool { flags.quote }
    /// True when every byte of the text is ASCII (from the flag scan).
    @inline(__always) var isASCII: Bool { !flags.nonASCII }
}
