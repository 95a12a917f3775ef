import Foundation

/// Pipeline step 1, decoding: the bytes as dropped become one NFC string with `\n` line ends.
///
/// UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1258 when the bytes are not
/// UTF-8. HTML loses its markup. Font-damaged text is repaired (``TextRepair``). Every step that
/// changes lengths records how (``TextProvenance``). Binary content is rejected with a reason.
enum BulletinDecoder {
    /// Larger files are rejected up front, which bounds every later step.
    static let maxBytes = 32 << 20

    /// The decoded text, repaired.
    static func decode(_ bytes: [UInt8], fileName: String) throws(BulletinRejection) -> [UInt8] {
        try decodeText(bytes, fileName: fileName).utf8
    }

    /// The decoded, repaired text and where its bytes came from.
    static func decodeText(_ bytes: [UInt8], fileName: String) throws(BulletinRejection) -> DecodedText {
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes.count, limit: maxBytes) }
        guard !bytes.isEmpty else { throw .empty }
        var utf8: [UInt8]
        var profile: ByteProfile
        var provenance = TextProvenance()
        if hasByteOrderMark(bytes) {
            utf8 = try transcode(bytes)
            profile = ByteProfile(utf8)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { provenance.skipped = 3 }
        } else {
            // the common case, plain UTF-8: one scan answers every question below
            profile = ByteProfile(bytes)
            if profile.hasNUL { throw .binary }
            if profile.isValidUTF8 {
                utf8 = bytes
            } else {
                guard let converted = Windows1258.decode(bytes) else { throw .undecodable }
                utf8 = converted
                profile = ByteProfile(utf8)
            }
        }
        guard !profile.isBinary(byteCount: utf8.count) else { throw .binary }
        if profile.hasCR {
            var lineEnds = RepairMap()
            utf8 = normaliseLineEnds(utf8, map: &lineEnds)
            provenance.append(lineEnds)
        }
        var mayNeedRepair = profile.mayNeedRepair
        var mayNeedNFC = profile.mayNeedNFC
        var html: HTMLMeta?
        if HTMLText.looksLikeHTML(fileName: fileName, bytes: utf8) {
            html = HTMLMeta(html: utf8)
            // entities can bring any character: check again; offsets now address the text without markup
            utf8 = HTMLText.plainText(utf8)
            provenance.restart()
            mayNeedRepair = true
            mayNeedNFC = true
        }
        if mayNeedNFC {
            var composed = RepairMap()
            utf8 = TextNormaliser.nfc(utf8, map: &composed)
            provenance.append(composed)
        }
        if mayNeedRepair, html == nil, !mayNeedNFC, !profile.mayNeedOtherRepair {
            // no-break spaces only (most portal pages): the same result as the full repair, found faster
            let (repaired, repairs) = TextRepair.replaceNoBreakSpaces(utf8)
            utf8 = repaired
            provenance.append(repairs)
        } else if mayNeedRepair {
            let (repaired, repairs) = TextRepair.repair(utf8)
            utf8 = repaired
            provenance.append(repairs)
        }
        guard utf8.contains(where: { $0 > 0x20 }) else { throw .noText }
        // a table flattened with tabs (or exported with semicolons) reads like one flattened with bars
        // (byte for byte: offsets hold)
        TabbedTable.barCells(&utf8)
        // so does one laid out with runs of spaces (markup and repairs can bring spaces the raw bytes lacked)
        if profile.hasSpaceRun || html != nil || mayNeedRepair { AlignedColumns.barCells(&utf8) }
        // a paragraph wrapped at a fixed width (text extracted from a PDF) is one line again
        WrappedLines.unwrap(&utf8)
        // Vietnamese written without marks: put them back, so that cues and places are found
        if AccentRestorer.applies(to: utf8) {
            let (restored, restoration) = AccentRestorer.restore(utf8)
            utf8 = restored
            provenance.append(restoration)
        }
        return DecodedText(utf8: utf8, provenance: provenance, html: html)
    }

    /// A bulletin's text after decoding and repair.
    struct DecodedText: Sendable {
        /// NFC UTF-8 with `\n` line ends: what figure sources point into.
        var utf8: [UInt8]
        /// How the text's bytes trace back to the input's; the identity for clean UTF-8 text.
        var provenance: TextProvenance
        /// For an HTML page, what its markup says about it (canonical URL, title, publication time).
        var html: HTMLMeta?
    }

    private static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Any supported encoding to UTF-8 bytes (not yet normalised).
    static func transcode(_ bytes: [UInt8]) throws(BulletinRejection) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            guard String(validating: body, as: UTF8.self) != nil else { throw .undecodable }
            return body
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), littleEndian: false) }
        if bytes.contains(0) { throw .binary }
        if String(validating: bytes, as: UTF8.self) != nil { return bytes }
        guard let converted = Windows1258.decode(bytes) else { throw .undecodable }
        return converted
    }

    private static func utf16(_ body: ArraySlice<UInt8>, littleEndian: Bool) throws(BulletinRejection) -> [UInt8] {
        guard body.count % 2 == 0 else { throw .undecodable }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .undecodable }
        let out = Array(text.utf8)
        if out.contains(0) { throw .binary }
        return out
    }

    /// More than a few C0 controls other than tab, line feed, carriage return and form feed
    /// means the bytes are not text.
    static func hasBinaryControls(_ bytes: [UInt8]) -> Bool {
        var controls = 0
        for b in bytes where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
            if b == 0 { return true }
            controls += 1
        }
        return controls > 8 && controls * 200 > bytes.count
    }

    /// CRLF and lone CR become LF.
    static func normaliseLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var map = RepairMap()
        return normaliseLineEnds(bytes, map: &map)
    }

    /// CRLF and lone CR become LF; each CRLF is recorded in `map`.
    static func normaliseLineEnds(_ bytes: [UInt8], map: inout RepairMap) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                    map.record(input: i..<i + 2, output: out.count - 1..<out.count)
                    i += 1
                }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
