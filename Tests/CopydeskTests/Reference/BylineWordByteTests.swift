@testable import Copydesk
import Testing

/// The byline word tests on bytes against their plain forms (the reference copies), and the name reader built on them.
@Suite("Byline word tests on bytes against the plain rules")
struct BylineWordByteTests {
    static let crafted = [
        "Staff Writer", "AP National Security Writer", "Associated Press", "CNN Business", "JANE ROE", "Jane Roe", "CNN", "cnn", "C",
        "Jane de la Roe", "Jane De La Roe", "jane roe", "Jane Roe3", "Jane\tRoe", "Jane\u{B}Roe", "Jane\rRoe", "AB\r", "A B C D E F",
        "A B C D E F G", "", " ", "Jane dos Santos", "Jane DOS Santos", "Jane dós Santos", "Jöhn Roe", "ÉTÉ Roe", "Jane Roe, Writer",
        "The Times", "NEWS DESK", "News", "Jane O'Neil", "Jane (AP)", "AP", "APs", "A1", "X-Ray Team", "Jane Roe and Ann Lee",
        "Eoin English", "Al Arabiya English", "Xinhua English", "ENGLISH", "English Roe",
    ]

    @Test("roles and name shapes on bytes answer as the plain rules; the name reader as before")
    func words() {
        var texts = Self.crafted
        texts += ClassifierOracleLines.pieces
        texts += ClassifierOracleLines.corpus.filter { $0.words <= 12 }.map { String($0.text) }
        texts += ClassifierOracleLines.random(count: 6000, seed: 51)
        var roles = 0, names = 0
        for text in texts {
            let sub = text[...]
            let role = BylineRule.isRole(sub), name = BylineRule.looksLikeName(sub)
            #expect(role == RefBylineRule.isRole(sub), "role \(text)")
            #expect(name == RefBylineRule.looksLikeName(sub), "name \(text)")
            #expect(BylineRule.people(in: sub) == RefBylineRule.people(in: sub), "people \(text)")
            if role { roles += 1 }
            if name { names += 1 }
        }
        #expect(roles >= 50 && names >= 50, "roles \(roles), names \(names)")
    }
}
