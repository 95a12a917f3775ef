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

    func relabel(_ figures: inout [Figure]) {
        guard let subject, subject.level == .province || subject.level == .city else { return }
        for k in figures.indices {
            guard let regional = catalogue.regionalNames[figures[k].indicator], let year = figures[k].period?.endYear,
                  year <= regional.until, figures[k].quote.contains("GDP") else { continue }
            let quote = figures[k].quote.lowercased()
            guard !Self.countryWords.contains(where: quote.contains) else { continue }
            figures[k].indicator = regional.indicator
            figures[k].jurisdiction = subject
        }
    }
}
