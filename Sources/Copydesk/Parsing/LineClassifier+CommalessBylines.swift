/// Bylines with no "By" and no comma, past the classifier's gates (no comma, digit or quote mark; two to eight words).
extension LineClassifier {
    /// A name then a job title ("Harriet Vane Social affairs correspondent") or a press office ("Federation Press
    /// Office"), as a byline role; `nil` for other lines.
    static func bylineWithoutComma(_ line: inout TextLine, _ page: LinePage, words: Int) -> LineRole? {
        if words >= 3, !line.endsLikeSentence, let byline = BylineRule.matchNameThenRole(inPlace: &line, page) { return .byline(byline) }
        if words <= 5, line.isASCII, let office = BylineRule.pressOffice(page.bytes(line)) { return .byline(office) }
        return nil
    }
}
