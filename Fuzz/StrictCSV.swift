// A strict RFC 4180 reader for the fuzzer's `csv-quotes` check: CRLF records, quoted fields with
// doubled quotes, a fixed number of cells per record, and no cell a spreadsheet would run as a
// formula (leading =, +, -, @, TAB or CR).
enum StrictCSV {
    /// The first problem found, or nil when `bytes` are a valid table of `columns` cells per row.
    static func problem(in bytes: [UInt8], columns: Int) -> String? {
        var index = 0
        var row = 0
        while index < bytes.count {
            var cells = 0
            while true {
                var cell: [UInt8] = []
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    while true {
                        guard index < bytes.count else { return "row \(row): unterminated quoted cell" }
                        let byte = bytes[index]
                        index += 1
                        if byte == UInt8(ascii: "\"") {
                            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { cell.append(byte); index += 1 } else { break }
                        } else {
                            cell.append(byte)
                        }
                    }
                } else {
                    while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0D, bytes[index] != 0x0A {
                        if bytes[index] == UInt8(ascii: "\"") { return "row \(row): quote inside an unquoted cell" }
                        cell.append(bytes[index])
                        index += 1
                    }
                }
                cells += 1
                if let first = cell.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first),
                   row > 0 {
                    return "row \(row): live formula-like cell"
                }
                guard index < bytes.count else { return "row \(row): no CRLF at the end" }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                guard bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A else { return "row \(row): record not ended by CRLF" }
                index += 2
                break
            }
            if cells != columns { return "row \(row): \(cells) cells" }
            row += 1
        }
        return row == 0 ? "no header" : nil
    }
}
