/// Names that run past three words because of their particles ("Jean de Dieu Nshimiyimana", "Marie van der Berg"):
/// `trimName` keeps them whole.
extension BylineRule {
    /// True for words of `bytes` (four or more) holding a lower-case name particle ("de", "van", not "and") after the
    /// first, every other word opening in a capital, at most three such words and no job word: a particle name.
    static func isParticleName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0, capitals = 0, particles = 0
        let fits = ByteSearch.allASCIIWords(bytes) { word in
            defer { index &+= 1 }
            let first = bytes[word.lowerBound]
            if first &- UInt8(ascii: "a") < 26 {
                guard index > 0, !(word.count == 3 && first == UInt8(ascii: "a")),
                      Gates.particleTable.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[word])) != nil else { return false }
                particles &+= 1
                return true
            }
            capitals &+= 1
            return capitals <= 3 && (first &- UInt8(ascii: "A") < 26 || first >= 0xC0)
        }
        return fits && particles > 0 && capitals >= 2 && !holdsJobWord(bytes)
    }
}
