/// A section label right above the headline that repeats an item of the page's menu ("Congress", "Tech" on a full
/// page): the classifier marks it a duplicate of the menu's line, yet where it stands it names the article's section.
extension HeaderReader {
    /// The line to read as the section when `plan` has a headline and no section, or its section is the line right above:
    /// the nearest non-blank line above the headline (or above a date line over it), when it is a repeated
    /// (`isDuplicate`) title-like label of one to three words and the line above it is no repeat too (a breadcrumb trail
    /// such as "Home", "News", "World" names no single section), or such a label in capitals, a text or menu line
    /// (`isMenuOrText`) and no kicker, under a line that is not in capitals.
    static func repeatedSection(above plan: Plan, lines: UnsafeBufferPointer<TextLine>, isDuplicate: (Int) -> Bool,
                                isDate: (Int) -> Bool, isMenuOrText: (Int) -> Bool, _ page: LinePage) -> Int? {
        guard let headline = plan.headline else { return nil }
        var k = headline - 1
        while k >= 0, lines[k].words == 0 { k -= 1 }
        // one date line may stand between ("Business", "12:00 AM, November 17, 2019 / LAST MODIFIED: …", the headline)
        if k >= 1, isDate(k) { k -= 1; while k >= 0, lines[k].words == 0 { k -= 1 } }
        guard k >= 0, (1...3).contains(lines[k].words), !lines[k].endsLikeSentence, !lines[k].hasDigit,
              page.text(lines[k]).first?.isUppercase == true else { return nil }
        // (or a label in capitals under a line that is not: "Sign In", then "EDUCATION" over the headline)
        let repeated = isDuplicate(k)
        let capitals = !repeated && isMenuOrText(k) && isCapitals(page.bytes(lines[k])) && !isMarkedKicker(lines[k], page)
        guard repeated || capitals else { return nil }
        var above = k - 1
        while above >= 0, lines[above].words == 0 { above -= 1 }
        // a section read above the repeat is its upper level ("Shop", "News"): the repeat is the deeper one
        guard plan.section == nil || plan.section == above else { return nil }
        if capitals { return above >= 0 && isCapitals(page.bytes(lines[above])) ? nil : k }
        guard above >= 0 && isDuplicate(above) && !isHomeTrail(above, lines: lines, isDuplicate: isDuplicate, page) else { return k }
        return isMenuTreeTrail(k, lines: lines, isDuplicate: isDuplicate, page) ? k : nil  // "News", "Northern Ireland"
    }

    /// True when the repeated lines up from `index` (one a line, no blank) open with a "Home" the menu lacks: a
    /// breadcrumb trail ("Home", "News", "Aberdeen & Aberdeenshire") whose last level names the section, no menu copy.
    static func isHomeTrail(_ index: Int, lines: UnsafeBufferPointer<TextLine>, isDuplicate: (Int) -> Bool, _ page: LinePage) -> Bool {
        var k = index
        while k >= 0, index - k < 4, lines[k].words > 0, lines[k].words <= 3 {
            let bytes = page.bytes(lines[k])
            if bytes.count == 4 && FoldedBytes.equal(bytes, at: 0, "home") {
                // (a menu above holding "HOME" may be copied whole: "Home", "News", "World" is then no trail)
                return !(0..<k).contains { lines[$0].end &- lines[$0].start == 4 && FoldedBytes.equal(page.bytes(lines[$0]), at: 0, "home") }
            }
            guard isDuplicate(k) else { return false }
            k -= 1
        }
        return false
    }

    /// True when `bytes` hold three ASCII capitals or more and no lowercase ASCII letter ("EDUCATION", "NEWS"; not "UK").
    static func isCapitals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var capitals = 0
        for byte in bytes {
            if byte &- UInt8(ascii: "a") < 26 { return false }
            if byte &- UInt8(ascii: "A") < 26 { capitals &+= 1 }
        }
        return capitals >= 3
    }
}
