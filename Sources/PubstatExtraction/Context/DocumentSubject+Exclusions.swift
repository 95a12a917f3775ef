import PubstatModel

/// Place mentions that name no subject: a dateline, an address, a venue.
extension DocumentSubject {
    /// Nouns a number after them orders: "đợt 2", "lần 3", "bão số 5", "khóa XI".
    static let ordinalNouns = WordSet(["đợt", "lần", "số", "thứ", "khóa"].map(Lex.w))

    private static let contactWords = [Lex.p("địa chỉ"), Lex.p("điện thoại"), Lex.p("liên hệ"), Lex.p("email")]

    /// (In every catalogue's ``TokenFlagTable``, as ``TokenFlags/contactOpener``.)
    static let contactOpeners = contactWords.map { $0[0] }

    /// The words of contact details (an address, a phone number, "liên hệ"), by token, in order: a sentence that
    /// holds one gives contact details. The words that open none are passed in a plain loop.
    static func contactWordPositions(_ doc: Document) -> [Int] {
        let words = contactWords
        var found: [Int] = []
        var k = 0
        while true {
            k = doc.nextWord(flagged: .contactOpener, from: k)
            guard k < doc.count else { return found }
            if words.contains(where: { doc.matches($0, at: k) }) { found.append(k) }
            k += 1
        }
    }

    /// "Hà Nội, 05/01/2025 —", "Nha Trang, 27/12/2023 —", "Hà Nội, ngày 11 tháng 01 năm 2022": a place
    /// opening a line and followed by a comma and a date is the dateline of the article, not its subject.
    static func isDateline(_ m: PlaceMention, doc: Document, dates: [DateMention]) -> Bool {
        let start = m.tokens.lowerBound
        guard m.name != nil, start == 0 || doc.tokens[start].newlineBefore, doc.isPunct(m.tokens.upperBound, ",") else { return false }
        let dateStart = m.tokens.upperBound + (doc.isWord(m.tokens.upperBound + 1, Lex.ngay) ? 2 : 1)
        // ("Huế, tháng 10 năm 2015": a month and its year, as a report is signed)
        let monthStart = m.tokens.upperBound + 1
        if doc.isWord(monthStart, Lex.thang), doc.integer(monthStart + 1).map({ (1...12).contains($0) }) == true,
           doc.isWord(monthStart + 2, Lex.nam), doc.integer(monthStart + 3).map(PeriodScanner.isYear) == true { return true }
        return dates.contains { $0.tokens.lowerBound == m.tokens.upperBound + 1 || $0.tokens.lowerBound == dateStart }
    }

    /// A place named after "tại" in a sentence that states no number: the venue of an event (a press
    /// conference, a meeting), not the subject of the bulletin's figures.
    static func isVenue(_ m: PlaceMention, doc: Document, quantities: [Quantity]) -> Bool {
        m.name != nil && doc.isWord(m.tokens.lowerBound - 1, Lex.tai)
            && !doc.sentenceHasNumber(containing: m.tokens.lowerBound, quantities: quantities)
    }
}

extension DocumentSubject {
    /// "… hợp tác với các huyện Si Ma Cai, Xín Mần (Hà Giang)" in a text whose districts all lie in another province
    /// (`districtsProvince`, ``commonParent(of:in:)``): a province in brackets after a name only says where that name
    /// lies, and is no subject of the text.
    static func qualifiesAnotherName(_ m: PlaceMention, districtsProvince: Jurisdiction?, doc: Document) -> Bool {
        guard let name = m.name, m.inParentheses, m.level == .province || m.level == .city,
              doc.isPunct(m.tokens.lowerBound - 1, "("), doc.isCapitalised(m.tokens.lowerBound - 2),
              let districtsProvince else { return false }
        return districtsProvince != Jurisdiction(m.level, name)
    }
}

extension DocumentSubject {
    /// "Du khách quốc tế đến TP.HCM. Ảnh: HTD": a place named on a photo's caption line (one with "Ảnh:" or "Ảnh minh
    /// họa:" and no number before it) says where the picture was taken, not what the article is about.
    static func isOnPhotoCaption(_ m: PlaceMention, doc: Document) -> Bool {
        // (a caption is a short line: past its length, no need to walk back to the line's start, which keeps one very
        // long line of many places linear)
        var start = m.tokens.lowerBound
        while start > 0, !doc.tokens[start].newlineBefore {
            guard m.tokens.lowerBound - start < Self.captionLength else { return false }
            start -= 1
        }
        var k = start
        while k < doc.count, k == start || !doc.tokens[k].newlineBefore, k - start <= Self.captionLength {
            if doc.isNumber(k) { return false }
            if doc.isWord(k, anh), doc.isPunct(k + 1, ":") || doc.matches(minhHoa, at: k + 1) && doc.isPunct(k + 3, ":") {
                return k > m.tokens.lowerBound
            }
            k += 1
        }
        return false
    }

    private static let anh = Lex.w("ảnh"), minhHoa = Lex.p("minh họa"), captionLength = 40
}
