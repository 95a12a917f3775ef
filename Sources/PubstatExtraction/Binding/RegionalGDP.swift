import PubstatModel

/// "Năm 2015, tốc độ tăng trưởng GDP của thành phố bình quân đạt 9,25%/năm": until GRDP became the name
/// (the catalogue's `regional` year), a province's or city's bulletin called its own output GDP. A
/// national output figure of such a bulletin whose sentence names neither the country nor its
/// economy is the bulletin's own.
struct RegionalGDP {
    let catalogue: Catalogue
    /// The bulletin's subject; only a province or a city speaks of its own output.
    let subject: Jurisdiction?

    /// Words that keep a figure the country's.
    static let countryWords = ["cả nước", "toàn quốc", "việt nam", "trong nước", "nền kinh tế"]

    /// Words that make "tổng sản phẩm trong nước" the territory's own: "(GDP) trên địa bàn thành phố".
    static let territoryWords = ["trên địa bàn"]
    /// Words that keep a figure the country's even then.
    static let wholeCountryWords = ["cả nước", "toàn quốc", "việt nam"]
    /// The national output's name spelled out, which a territory also used for its own.
    static let nationalOutputName = "tổng sản phẩm trong nước"

    func relabel(_ figures: inout [Figure]) {
        // ("… tăng trưởng 2 con số là: Nam Định 11,86%; Hải Phòng 11,07%" after the country's GDP: a national output
        // figure that a province, city or smaller unit took for its own is that unit's regional output)
        for k in figures.indices where figures[k].jurisdiction.level != .country {
            if let regional = catalogue.regionalNames[figures[k].indicator] { figures[k].indicator = regional.indicator }
        }
        guard let subject, subject.level == .province || subject.level == .city else { return }
        // (where the last figure relabelled ends: its sectors, told right after without "GDP", follow it)
        var lastRelabelledEnd: Int?
        for k in figures.indices {
            guard let regional = catalogue.regionalNames[figures[k].indicator], let year = figures[k].period?.endYear else { continue }
            let quote = figures[k].quote.lowercased()
            // ("tổng sản phẩm trong nước trên địa bàn (GRDP)": the national name, said of the territory, in any year)
            let namesRegional = figures[k].quote.contains("GRDP")
            guard year <= regional.until || namesRegional || lastRelabelledEnd != nil else { continue }
            if figures[k].quote.contains("GDP") || namesRegional || quote.contains(Self.nationalOutputName) {
                let territory = namesRegional || Self.territoryWords.contains(where: quote.contains)
                guard !(territory ? Self.wholeCountryWords : Self.countryWords).contains(where: quote.contains) else { continue }
            } else {
                // "GDP trên địa bàn … tăng 6,12%. Trong đó: nông, lâm nghiệp và thủy sản tăng 2,15%"
                guard figures[k].sector != nil, let end = lastRelabelledEnd, let start = figures[k].source?.start,
                      start >= end, start - end < 300, !Self.countryWords.contains(where: quote.contains) else { continue }
            }
            figures[k].indicator = regional.indicator
            figures[k].jurisdiction = subject
            lastRelabelledEnd = figures[k].source?.end
        }
    }
}
