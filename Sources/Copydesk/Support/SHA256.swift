#if canImport(Crypto)
import Crypto
#endif

/// SHA-256 hex digests for `Source.sha256` and stable ids: swift-crypto's (BoringSSL, which uses the
/// CPU's SHA instructions where present) when linked, else `PortableSHA256`. Both give the same digest.
enum SHA256 {
    /// The lowercase hex digest of `bytes`.
    static func hexDigest<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
        #if canImport(Crypto)
        if let digest = bytes.withContiguousStorageIfAvailable({ hexDigest(raw: UnsafeRawBufferPointer($0)) }) { return digest }
        return Array(bytes).withUnsafeBytes { hexDigest(raw: $0) }
        #else
        return PortableSHA256.hexDigest(of: bytes)
        #endif
    }

    #if canImport(Crypto)
    private static func hexDigest(raw: UnsafeRawBufferPointer) -> String {
        var hasher = Crypto.SHA256()
        hasher.update(bufferPointer: raw)
        return hasher.finalize().withUnsafeBytes { hex($0) }
    }
    #endif

    /// Lowercase hex of 32 digest bytes.
    static func hex(_ digest: UnsafeRawBufferPointer) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: digest.count * 2) { out in
            for (position, byte) in digest.enumerated() {
                out[2 * position] = digits.utf8Start[Int(byte >> 4)]
                out[2 * position + 1] = digits.utf8Start[Int(byte & 0xf)]
            }
            return digest.count * 2
        }
    }
}
