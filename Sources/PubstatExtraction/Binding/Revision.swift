extension SentenceBinder {
    /// "… do một số ngành cao hơn số ước tính như: Nông, lâm nghiệp và thủy sản điều chỉnh tăng 0,4%; Công nghiệp tăng
    /// 0,1%": once a sentence tells a sector's change as revised by a number, its sectors' changes are revisions, not
    /// their rates ("Cả ba khu vực đều được điều chỉnh: khu vực dịch vụ tăng 2,2%" tells the revised rates themselves).
    func isRevision(_ d: Draft) -> Bool {
        guard d.sector != nil, let q = d.quantity ?? d.anchor else { return false }
        return (range.lowerBound..<q.tokens.lowerBound).contains { k in
            doc.matches(Self.revise, at: k) && (doc.isWord(k + 2, Lex.tang) || doc.isWord(k + 2, Lex.giam)) && doc.isNumber(k + 3)
        }
    }

    private static let revise = Lex.p("điều chỉnh")
}
