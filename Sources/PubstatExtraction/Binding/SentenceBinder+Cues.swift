import PubstatModel

/// Cue phrases of one sentence: catalogue cues, sectors, context cues, and a running total that
/// continues the previous sentence's indicator.
extension SentenceBinder {
    /// Services that narrow a generic "doanh thu" to one trade ("doanh thu dịch vụ lưu trú, ăn uống", "doanh thu
    /// lữ hành"): no longer the tourism revenue a context cue stands for.
    static let narrowedServices = ["dịch vụ lưu trú", "lưu trú", "ăn uống", "dịch vụ ăn uống", "lữ hành", "dịch vụ lữ hành",
                                   "vận tải", "dịch vụ vận tải", "bán lẻ", "phí tham quan", "bán vé", "vé tham quan"].map(Lex.p)
    private static let tourismRevenue = Indicator("tourism_revenue"), retailSales = Indicator("retail_sales")

    /// One of ``narrowedServices`` at `k`, or after "hoạt động" ("Doanh thu hoạt động lưu trú, ăn uống và du lịch
    /// lữ hành": the trade statistics' services, not the tourism revenue).
    private func narrowsToAService(at k: Int) -> Bool {
        let at = doc.matches(Self.activity, at: k) ? k + Self.activity.count : k
        return Self.narrowedServices.contains { doc.matches($0, at: at) }
    }
    private static let activity = Lex.p("hoạt động")
    private static let chuan = Lex.w("chuẩn")
    /// Standards other than the new-rural one, named right after "đạt chuẩn".
    private static let otherStandards = ["quốc gia", "về", "y tế", "văn hóa", "văn hoá", "phổ cập", "an toàn", "đô thị"].map(Lex.p)
    /// Words that open a clause comparing the figure before with another: "cao hơn", "thấp hơn".
    private static let comparatives = [Lex.p("cao hơn"), Lex.p("thấp hơn")]

    /// The end of the services a retail total's name lists after a comma, through "dịch vụ tiêu dùng", with no
    /// number or clause break between; nil when the name does not go on that way.
    private func listedServicesEnd(after m: (end: Int, payload: [Int])) -> Int? {
        guard doc.isPunct(m.end, ","), m.payload.contains(where: { catalogue.entry($0).indicator == Self.retailSales }) else { return nil }
        var k = m.end + 1
        while k < min(range.upperBound, m.end + 24) {
            if doc.matches(Self.consumerServices, at: k) { return k + Self.consumerServices.count }
            guard doc.tokens[k].kind == .word || doc.isPunct(k, ",") else { return nil }
            k += 1
        }
        return nil
    }
    private static let consumerServices = Lex.p("dịch vụ tiêu dùng")

    /// - Parameter ledSectors: whether a sector named after "lĩnh vực" / "khu vực kinh tế" may stand bare (an output
    ///   figure a few sentences before: the paragraphs that go through the sectors one by one).
    private static let drivesWords = [Lex.p("thúc đẩy"), Lex.p("đóng góp vào")]

    func findCues(bareSectors: Bool, ledSectors: Bool = false, previous: Indicator?) -> [Cue] {
        var cues: [Cue] = []
        /// A GDP/GRDP cue or a sector already in the sentence: bare sector names may follow.
        var familyCueSeen = false
        var k = range.lowerBound
        var qi = 0
        while k < range.upperBound {
            while qi < quantities.count, quantities[qi].tokens.upperBound <= k { qi += 1 }
            if qi < quantities.count, quantities[qi].tokens.contains(k) { k = quantities[qi].tokens.upperBound; continue }
            guard doc.tokens[k].kind != .number else { k += 1; continue }
            let limit = qi < quantities.count ? min(range.upperBound, quantities[qi].tokens.lowerBound) : range.upperBound
            let hash = doc.tokens[k].hash
            // no cue, context cue or sector starts with this word (most words): one look-up, not four
            // ("kinh" opens the catalogue's "kinh tế tăng trưởng", so the economy of a place passes too)
            guard doc.tokens[k].flags.contains(.cueOpener) else { k += 1; continue }
            if let economy = economyCue(at: k, limit: limit) {
                cues.append(economy)
                familyCueSeen = true
                k = economy.end
                continue
            }
            var indicator = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: limit)
            // ("giá trị sản xuất (theo giá so sánh) ngành công nghiệp ước đạt …": a price basis in brackets inside the words)
            if let spliced = cueAcrossPriceBasis(at: k, limit: limit), spliced.end > indicator?.end ?? k { indicator = spliced }
            // ("Tổng doanh thu dịch vụ lưu trú, ăn uống đạt …": a generic revenue narrowed to one trade names that trade's)
            if let m = indicator, m.payload.contains(where: { [catalogue] in catalogue.entry($0).indicator == Self.tourismRevenue }),
               narrowsToAService(at: m.end) { indicator = nil }
            // ("tổng mức bán lẻ hàng hóa, doanh thu dịch vụ lưu trú, ăn uống, du lịch lữ hành và dịch vụ tiêu dùng đạt …":
            // the total's name lists the services it adds, each a revenue of its own elsewhere)
            if let m = indicator, let end = listedServicesEnd(after: m) { indicator = (end, m.payload) }
            // ("kim ngạch xuất khẩu hạt điều …", "xuất khẩu sang Hoa Kỳ …": trade narrowed to one good or one market)
            if let m = indicator, narrowsTrade(m) { indicator = nil }
            // ("tổng số xã đạt chuẩn quốc gia về y tế": a standard other than the new-rural one the cue means bare)
            if let m = indicator, doc.isWord(m.end - 1, Self.chuan), Self.otherStandards.contains(where: { doc.matches($0, at: m.end) }) {
                indicator = nil
            }
            // ("ba nhóm sản phẩm … có kim ngạch xuất khẩu trên 1 tỷ USD": or the trade of groups of goods, no cue at all)
            if let m = indicator, namesGoodsGroups(before: k, m) { k = m.end; continue }
            // ("công nghiệp … thúc đẩy tăng trưởng kinh tế với mức tăng 5,48%", "đóng góp vào tăng trưởng kinh tế": the
            // growth something drives or adds to is the object of the clause, not its figure)
            if let m = indicator, Self.drivesWords.contains(where: { doc.matchesBefore($0, k) }) { k = m.end; continue }
            // ("Số ngày khách du lịch theo tour tăng 12,01%": guest-days measure stays, not the visitors who came;
            // "trong 4 ngày khách du lịch đến …" counts days, and so does not)
            if let m = indicator, doc.isWord(k - 1, Lex.ngay), !doc.isNumber(k - 2), m.payload.allSatisfy({ [catalogue] in catalogue.entry($0).countsArrivals }) {
                k = m.end
                continue
            }
            // (a context cue several indicators share, "giá trị sản xuất toàn ngành", names the one it follows)
            if indicator == nil, catalogue.contextCues.startsPhrase(hash), let m = catalogue.contextCues.longestMatch(in: doc.tokens, at: k, limit: limit),
               case let followed = m.payload.filter({ e in
                   let after = catalogue.entry(e).contextAfter
                   return previous.map(after.contains) ?? false || cues.contains { $0.entries.contains { after.contains(catalogue.entry($0).indicator) } }
               }), !followed.isEmpty, !namesAPart(m, after: cues), !narrowsToAService(at: m.end),
               // ("tổng thu ngân sách": a cue of its own that starts inside the context cue and runs past it)
               !((k + 1)..<m.end).contains(where: { j in (catalogue.cues.longestMatch(in: doc.tokens, at: j, limit: limit)?.end ?? 0) > m.end }) {
                indicator = (m.end, followed)
            }
            // a sector opens its clause ("…; khu vực dịch vụ tăng"), not the middle of a longer name
            // ("chỉ số sản xuất công nghiệp tăng")
            var sector = catalogue.sectors.startsPhrase(hash) && (opensClause(k) || doc.matches(Lex.khuVuc, at: k) || namedAfterGrowth(k))
                ? catalogue.sectors.longestMatch(in: doc.tokens, at: k, limit: limit) : nil
            // ("giá trị tăng thêm (toàn ngành) công nghiệp": value added is always a sector of output)
            // ("Nhiều ngành công nghiệp cấp 2 tăng cao như: sản xuất và phân phối điện (tăng 36,84%)": examples after "như:"
            // are branches of what the sentence names, not sectors of the output family)
            // ("Khu vực dịch vụ tăng 6,32%, trong đó một số ngành dịch vụ thị trường tăng cao như: bán buôn và bán lẻ tăng
            // 8,04%": but a branch of services is one of the national accounts whatever names it)
            if sector == nil, catalogue.bareSectors.startsPhrase(hash), bareSectors || familyCueSeen || afterValueAdded(k) || namedAfterGrowth(k),
               opensClause(k) || namedAfterGrowth(k),
               let bare = catalogue.bareSectors.longestMatch(in: doc.tokens, at: k, limit: limit),
               catalogue.sectorBranchOf[bare.payload[0]] == Self.services
                || !(range.lowerBound..<k).contains(where: { doc.isPunct($0, ":") && doc.isWord($0 - 1, Self.nhu) }),
               // ("khu vực nông, lâm, thủy sản tăng 3,75% (nông nghiệp tăng 1,36%, lâm nghiệp tăng 9,12%, …)": a branch of
               // farming named bare breaks down the farming sector the sentence has named; alone, "lâm nghiệp, thủy sản"
               // may be the tail of that sector's own name)
               catalogue.sectorBranchOf[bare.payload[0]] != Self.farming || doc.isWord(k, Self.nganh)
                || cues.contains(where: { $0.sector == Self.farming }) {
                sector = bare
            }
            // ("dịch vụ lữ hành tăng 107,75%": a bare sector narrowed to one service right after it is that service)
            if let bare = sector, Self.narrowedServices.contains(where: { doc.matches($0, at: bare.end) }) { sector = nil }
            // "Lĩnh vực công nghiệp và xây dựng …", "khu vực kinh tế nông, lâm nghiệp và thủy sản …": a bare
            // sector after a word for "sector" other than the catalogue's "khu vực"
            // ("Đóng góp vào tăng trưởng là lĩnh vực dịch vụ …, tăng 8,35%": the sector the sentence names with "là")
            if sector == nil, bareSectors || ledSectors || familyCueSeen, opensClause(k) || doc.isWord(k - 1, Lex.la),
               let lead = Catalogue.Tables.sectorLeads.first(where: { [doc] in doc.matches($0, at: k) }),
               let bare = catalogue.bareSectors.longestMatch(in: doc.tokens, at: k + lead.count, limit: limit) {
                sector = bare
            }
            var cue: Cue?
            if let s = sector, s.end > (indicator?.end ?? 0) {
                cue = Cue(start: k, end: s.end, entries: [], sector: s.payload[0])
            } else if let m = indicator {
                cue = Cue(start: k, end: m.end, entries: m.payload)
            }
            guard let found = cue else { k += 1; continue }
            // "Tốc độ tăng trưởng giá trị sản xuất đạt 11,01%": the bare words for a growth rate name the growth of the
            // indicator written right after them, unless it is the output family's own ("tốc độ tăng trưởng GRDP")
            if found.end - found.start == Self.bareGrowth.count, doc.matches(Self.bareGrowth, at: found.start), namesAnotherGrowth(after: found) {
                k = found.end
                continue
            }
            // "đón 31,5 triệu lượt khách, với tốc độ tăng trưởng bình quân 60,7% mỗi năm": the bare words joined by "với"
            // to a level of another kind are that level's growth, not the economy's
            if isBareGrowth(found), growsTheLevelBefore(found.start) { k = found.end; continue }
            // "khu vực dịch vụ chính là điểm sáng nhất với tốc độ tăng trưởng 7,22%": the bare words for a growth rate
            // in the clause a sector opens are that sector's growth
            if isBareGrowth(found), let last = cues.last, last.sector != nil,
               !(last.end..<found.start).contains(where: { doc.tokens[$0].kind == .punct || doc.tokens[$0].kind == .number }) {
                k = found.end
                continue
            }
            // "khu vực công nghiệp - xây dựng tiếp tục vượt khu vực nông, lâm nghiệp và thủy sản khi … tăng 9,34%": a sector
            // another is set against is not the one whose figure the clause gives
            if found.sector != nil, !cues.isEmpty, doc.isWord(found.start - 1, Lex.vuot) || doc.isWord(found.start - 1, Lex.hon) {
                k = found.end
                continue
            }
            // "98% hộ nghèo có nhà ở kiên cố": the share of the poor households that have something, not the poverty rate
            if sharesOfThePoor(found) { k = found.end; continue }
            // "tỷ lệ hộ nghèo và cận nghèo lên 28,79%": the poor and the near-poor together are no poverty rate
            // ("100% hộ nghèo, hộ cận nghèo thiếu hụt …": nor listed with a comma)
            if doc.isWord(found.end, Lex.va) || doc.isPunct(found.end, ","),
               doc.matches(Self.nearPoor, at: found.end + 1) || doc.matches(Self.nearPoorHouseholds, at: found.end + 1) {
                k = found.end
                continue
            }
            // "thu từ thuế, phí và các khoản thu khác (không kể tiền sử dụng đất) đạt …": what a total leaves out
            // names no figure
            if Self.exclusions.contains(where: { [doc] in doc.matchesBefore($0, found.start) }) { k = found.end; continue }
            // "tỷ lệ hộ nghèo đa chiều theo tiêu chí NTM còn dưới 0,5%": a cue after "theo", past the sentence's cue, names the
            // standard that one is measured by
            // (and "hộ nghèo đa chiều theo chuẩn nông thôn mới là 1,5%": after "theo chuẩn", "theo tiêu chí")
            if !cues.isEmpty, doc.isWord(found.start - 1, Lex.theo) || Self.byStandard.contains(where: { [doc] in doc.matchesBefore($0, found.start) }) {
                k = found.end
                continue
            }
            // "đóng góp 1 điểm phần trăm vào tăng trưởng GRDP của tỉnh, thấp hơn 3,40% …": what a part contributes to
            // names no figure of its own
            if contributes(into: found.start) { k = found.end; continue }
            // "…, chiếm tỷ trọng 22,25% trong tổng mức bán lẻ hàng hóa … và tăng 20,09%": the whole a share is taken of
            // names no figure of its own
            if isWholeOfShare(found.start) { k = found.end; continue }
            if found.sector != nil || found.entries.contains(where: { [catalogue] in catalogue.entry($0).family != nil }) { familyCueSeen = true }
            if var last = cues.last, last.sector == nil, found.sector == nil, adjacent(last.end, found.start) {
                // "tổng sản phẩm trong tỉnh (GDP, giá so sánh 1994)": a bracketed abbreviation of another
                // family (the country's GDP) after a province's output restates the name, not the family
                let families = Set(last.entries.compactMap { catalogue.entry($0).family?.name })
                let restates = doc.isPunct(found.start - 1, "(") && !families.isEmpty
                    && found.entries.contains { catalogue.entry($0).family.map { !families.contains($0.name) } ?? false }
                for e in found.entries where !last.entries.contains(e) && !restates {
                    // "xây dựng nông thôn mới có thêm 5 xã": a flow's verb after its total's name counts the flow
                    if let total = catalogue.entry(e).totalVariant, last.entries.contains(where: { catalogue.entry($0).indicator == total }) {
                        last.entries.insert(e, at: 0)
                    } else {
                        last.entries.append(e)
                    }
                }
                last.end = found.end
                cues[cues.count - 1] = last
            } else {
                cues.append(found)
            }
            k = found.end
        }
        for c in cues.indices {
            var end = c + 1 < cues.count ? cues[c + 1].start : range.upperBound
            // ("đón 2,5 triệu lượt khách (khách quốc tế 60.000 lượt), đạt 65% kế hoạch": a part named in brackets after the
            // cue's value; the cue's words go on after the bracket closes)
            if c + 1 < cues.count, let close = partBracketClose(after: cues[c], part: cues[c + 1]) {
                end = cues[(c + 2)...].first { $0.start > close }?.start ?? range.upperBound
            }
            // ("thu nhập … hơn 51 triệu đồng, giảm 1% tỷ lệ hộ nghèo": a change right before the next cue is that cue's, its object)
            if c + 1 < cues.count, end == cues[c + 1].start, let q = quantities.last(where: { $0.tokens.upperBound == end }),
               doc.isWord(q.tokens.lowerBound - 1, Lex.tang) || doc.isWord(q.tokens.lowerBound - 1, Lex.giam), q.tokens.lowerBound - 1 > cues[c].end {
                end = q.tokens.lowerBound - 1
            }
            end = min(end, cues[c].end + 55)
            var k = cues[c].end
            // a cue inside brackets with its number ("48.500 lượt (khách quốc tế 6.200 lượt), lũy kế …") names
            // only what the brackets hold
            let bracket = openBracket(before: cues[c].start)
            // a clause ends at ";" unless a running total of the same figure follows ("; lũy kế 9 tháng đạt")
            var depth = 0
            // (nor when it sets the figure against another: "đạt 8,35%; cao hơn so với quý IV năm trước (+5,8%)")
            while k < end, depth > 0 || !doc.isPunct(k, ";") || doc.matches(Lex.luyKe, at: k + 1) || doc.matches(Lex.congDon, at: k + 1)
                    || Lex.runningTotalVerbs.contains(where: { doc.matches($0, at: k + 1) }) || Self.comparatives.contains(where: { doc.matches($0, at: k + 1) })
                    || sharesPlan(opening: k + 1) {
                if doc.isPunct(k, "(") { depth += 1 } else if doc.isPunct(k, ")") {
                    // ("(chiếm 98% giá trị xuất khẩu toàn tỉnh) đạt 10,56 tỷ USD": nor one it describes)
                    // (a bracketed name alone, "tổng sản phẩm (GRDP) … tăng 7,39%", names what follows, and so
                    // does one with a year, "(GRDP, giá so sánh 2010)")
                    if depth == 0, let open = bracket, quantityIndices(in: open..<k).contains(where: { quantities[$0].unitClass != .none }) { break }
                    depth = max(0, depth - 1)
                }
                // "…, như: sản phẩm điện tử đạt 7,05 tỷ USD": examples listed after "như:" are no longer the cue's total
                if depth == 0, doc.isPunct(k, ":"), doc.isWord(k - 1, Self.nhu) { break }
                // ("…, bằng 50,3% dự toán với các khoản thu từ: doanh nghiệp Nhà nước bằng 41,67% dự toán": a colon after
                // the figure's value opens a list of its parts, whose numbers are theirs)
                if depth == 0, doc.isPunct(k, ":"), quantities.contains(where: { $0.unitClass != .none && $0.tokens.lowerBound >= cues[c].end && $0.tokens.upperBound <= k }) {
                    break
                }
                // ("tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều, tỷ lệ người dân tham gia bảo hiểm y tế 91%": a rate the
                // catalogue does not know, named after a comma, is another measure)
                if depth == 0, doc.isPunct(k, ","), namesAnotherRate(at: k + 1) { break }
                k += 1
            }
            cues[c].scopeEnd = k
        }
        return cues
    }

    /// A cue whose words a bracketed price basis interrupts ("giá trị sản xuất (theo giá so sánh 2010) ngành công
    /// nghiệp"): matched without the brackets, ending where its last word stands in the text.
    /// (`limit` is where the cue's words must end: the next number, which may be the price basis's year.)
    private func cueAcrossPriceBasis(at k: Int, limit: Int) -> (end: Int, payload: [Int])? {
        let end = range.upperBound
        guard let open = (k + 1..<max(k + 1, min(limit, k + 6))).first(where: { doc.isPunct($0, "(") }),
              let close = (open + 1..<max(open + 1, min(end, open + 8))).first(where: { doc.isPunct($0, ")") }),
              (open + 1..<close).contains(where: { j in Self.priceBases.contains { doc.matches($0, at: j) } }) else { return nil }
        let after = (close + 1)..<min(end, close + 9)
        let wordsAfter = after.prefix { !doc.isNumber($0) }
        let words = Array(doc.tokens[k..<open]) + Array(doc.tokens[wordsAfter])
        guard let m = catalogue.cues.longestMatch(in: words, at: 0, limit: words.count), m.end > open - k else { return nil }
        return (close + 1 + m.end - (open - k), m.payload)
    }

    private static let priceBases = [Lex.p("so sánh"), Lex.p("hiện hành")]

    /// "theo chuẩn", "theo tiêu chí": what follows names the standard a rate is measured by.
    private static let byStandard = [Lex.p("theo chuẩn"), Lex.p("theo tiêu chí")]

    /// "tổng doanh thu từ hoạt động du lịch ước đạt …, trong đó doanh thu bán vé tham quan …": after the
    /// indicator's own cue in the sentence, a context word followed by a qualifier (not by its verb or number)
    /// names a part of it.
    private func namesAPart(_ m: (end: Int, payload: [Int]), after cues: [Cue]) -> Bool {
        guard cues.contains(where: { $0.entries.contains(where: m.payload.contains) }), m.end < range.upperBound,
              doc.tokens[m.end].kind == .word else { return false }
        return !Self.contextVerbs.contains(doc.tokens[m.end].hash)
    }

    /// A trade cue followed by a lowercase noun that is neither a verb, a period nor a word of its own total: the
    /// trade in one good or with one market ("kim ngạch xuất khẩu hạt điều", "nhập khẩu sang …"), not the total.
    private func narrowsTrade(_ m: (end: Int, payload: [Int])) -> Bool {
        let k = m.end
        guard k < range.upperBound, doc.tokens[k].kind == .word, !doc.isCapitalised(k),
              m.payload.allSatisfy({ Self.tradeTotals.contains(catalogue.entry($0).indicator) }) else { return false }
        // ("cả", the whole, folds like "cà" of "cà phê": the accent tells)
        if doc.isWord(k, Self.ca) { return doc.original(k..<(k + 1)).lowercased() != "cả" }
        guard !Self.tradeFollowers.contains(doc.tokens[k].hash), timeline.anyMention(startingAt: k) == nil else { return false }
        // ("kim ngạch xuất khẩu trừ dầu khí": the total less a part the catalogue names, read as the total with a scope)
        if catalogue.cueScopes.longestMatch(in: doc.tokens, at: k, limit: min(range.upperBound, k + 5)) != nil { return false }
        // ("tổng kim ngạch xuất khẩu hàng hóa": goods are the total)
        return !doc.matches(Self.goods, at: k)
    }

    /// "ba nhóm sản phẩm giày dép, hàng dệt may và sản phẩm bằng gỗ có kim ngạch xuất khẩu trên 1 tỷ USD": the trade
    /// of the groups of goods its clause opens with, not the total.
    /// ("… là nhóm hàng hóa có trị giá xuất khẩu cao nhất với 87,3 tỉ USD": "trị giá", "giá trị", "kim ngạch" may stand
    /// between "có" and the cue)
    /// ("5 mặt hàng xuất khẩu trên 10 tỷ USD": or the cue right after the groups)
    private func namesGoodsGroups(before k: Int, _ m: (end: Int, payload: [Int])) -> Bool {
        guard m.payload.allSatisfy({ Self.tradeTotals.contains(catalogue.entry($0).indicator) }) else { return false }
        if Self.goodsGroups.contains(where: { doc.matchesBefore($0, k) }) { return true }
        let measure = Self.tradeMeasures.contains { doc.matches($0, at: k - 2) } ? 2 : 0
        guard doc.isWord(k - 1 - measure, Self.co) else { return false }
        var j = k - 2 - measure
        while j >= range.lowerBound, k - j <= 20, !doc.isPunct(j, ";"), !doc.isPunct(j, ":"), !doc.matches(Lex.trongDo, at: j) {
            if Self.goodsGroups.contains(where: { doc.matches($0, at: j) }) { return true }
            j -= 1
        }
        return false
    }
    private static let goodsGroups = [Lex.p("nhóm hàng"), Lex.p("nhóm sản phẩm"), Lex.p("mặt hàng"), Lex.p("ngành hàng")], co = Lex.w("có")
    private static let tradeMeasures = [Lex.p("trị giá"), Lex.p("giá trị"), Lex.p("kim ngạch")]

    private static let goods = Lex.p("hàng hóa"), ca = Lex.w("cả")
    private static let tradeTotals: Set<Indicator> = [Indicator("export_value"), Indicator("import_value")]
    /// Words that may follow a trade total's cue: verbs, approximations, periods, places and links.
    private static let tradeFollowers = WordSet(["của", "đạt", "ước", "trên", "dưới", "toàn", "năm", "tháng", "quý", "cả", "tính", "trong",
                                                 "từ", "lũy", "luỹ", "cộng", "tăng", "giảm", "giai", "bình", "chung", "là", "được", "với",
                                                 "so", "đến", "hết", "ở", "và", "đã", "vẫn", "tiếp", "dự", "cũng", "thực", "có", "chiếm",
                                                 "tỉnh", "thành", "thị", "huyện", "xã", "địa", "trực", "chính", "ngày", "vượt", "chỉ",
                                                 "gần", "hơn", "khoảng", "sáu", "chín", "hai", "ba", "bốn", "bảy", "tám", "mười", "đều",
                                                 "liên", "luôn", "lại", "sẽ", "mới", "nay", "ra", "nhập", "xuất", "qua", "thông",
                                                 "bằng", "cao", "thấp", "lớn", "bị", "thì", "này", "ổn", "phục", "phấn", "không", "lần",
                                                 "duy", "giữ", "sụt", "chưa", "còn", "khởi", "bứt", "đang", "ghi", "dẫn", "đứng", "xếp",
                                                 "tốt", "mạnh", "khả", "tích", "gặp", "chững", "trở", "bắt", "nhờ", "thuận", "khó",
                                                 "tuy", "nhưng", "cần", "phải", "sau", "trước", "khi", "thu", "mang"].map { Lex.w($0) })

    private static let contextVerbs = WordSet([Lex.dat, Lex.tang, Lex.giam, Lex.la, Lex.w("ước"), Lex.w("của"), Lex.w("từ"), Lex.w("du"),
                                               Lex.w("năm"), Lex.w("tháng"), Lex.w("quý"), Lex.w("cả"), Lex.w("toàn"), Lex.w("chung")])

    /// After the bare words for a growth rate, a noun that is neither the output family's own cue, a place, a
    /// period nor a verb: the rate is that noun's ("tốc độ tăng trưởng giá trị sản xuất", "… doanh thu du lịch").
    private func namesAnotherGrowth(after found: Cue) -> Bool {
        let k = found.end
        guard k < range.upperBound, doc.tokens[k].kind == .word, !Self.growthFollowers.contains(doc.tokens[k].hash),
              !places.contains(where: { $0.tokens.lowerBound == k }), timeline.anyMention(startingAt: k) == nil else { return false }
        if let next = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: range.upperBound) {
            return !next.payload.contains { e in found.entries.contains { catalogue.entry($0).family != nil && catalogue.entry($0).family == catalogue.entry(e).family } }
        }
        return true
    }

    /// "tốc độ tăng trưởng" alone, or with "bình quân" only.
    private func isBareGrowth(_ found: Cue) -> Bool {
        guard found.sector == nil, doc.matches(Self.bareGrowth, at: found.start) else { return false }
        let end = found.start + Self.bareGrowth.count
        return found.end == end || found.end == end + Lex.binhQuan.count && doc.matches(Lex.binhQuan, at: end)
    }

    /// "với" right before `start`, after a comma, at most three words after a count, a sum or visitors (not a rate):
    /// "…, với" joins what follows to that level.
    private func growsTheLevelBefore(_ start: Int) -> Bool {
        guard doc.isWord(start - 1, Lex.voi) else { return false }
        var k = start - 2
        if doc.isPunct(k, ",") { k -= 1 }
        let level = quantities.last { $0.tokens.upperBound <= k + 1 }
        guard let level, level.unitClass != .percent, level.unitClass != .none, level.tokens.upperBound > range.lowerBound else { return false }
        let between = level.tokens.upperBound..<max(level.tokens.upperBound, k + 1)
        return between.count <= 3 && between.allSatisfy { doc.tokens[$0].kind == .word }
    }

    /// Words that may follow "tốc độ tăng trưởng" when it is the economy's growth
    /// ("duy trì tốc độ tăng trưởng khá, đạt 8%": a manner word too).
    private static let growthFollowers = WordSet(["của", "đạt", "ước", "là", "bình", "năm", "quý", "tháng", "giai", "trong", "toàn",
                                                  "chung", "cả", "kinh", "tổng", "grdp", "gdp", "trên", "tỉnh", "huyện", "thành", "thị",
                                                  "xã", "đến", "so", "tiếp", "vẫn", "luôn", "duy", "dự", "sáu", "chín", "các",
                                                  "khá", "nhanh", "ổn", "bền", "khả"].map { Lex.w($0) })

    /// The bracket opened in the sentence before `k` that is still open at `k` (nil when none is).
    /// Where the bracket that holds the cue `part` closes, when it opens after a number that follows `cue`: "X đạt
    /// 500 (trong đó Y 20), tăng 15%".
    private func partBracketClose(after cue: Cue, part: Cue) -> Int? {
        guard let open = openBracket(before: part.start), open > cue.end,
              quantities.contains(where: { $0.tokens.lowerBound >= cue.end && $0.tokens.upperBound <= open }) else { return nil }
        var depth = 0
        for k in open..<range.upperBound {
            if doc.isPunct(k, "(") { depth += 1 } else if doc.isPunct(k, ")") {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }

    func openBracket(before k: Int) -> Int? {
        var opens: [Int] = []
        for j in range.lowerBound..<k {
            if doc.isPunct(j, "(") { opens.append(j) } else if doc.isPunct(j, ")") { _ = opens.popLast() }
        }
        return opens.last
    }

    /// Whether the cue at `k` follows a share: "chiếm (tỷ trọng) 22,25% (trong | của) (tổng) …", "chiếm tỷ trọng cao
    /// nhất trong …".
    private func isWholeOfShare(_ k: Int) -> Bool {
        var j = k
        // ("chiếm 50% tổng lượng khách": "tổng" before a cue that does not take it in)
        if j > range.lowerBound, doc.isWord(j - 1, Lex.tong) { j -= 1 }
        if j > range.lowerBound, doc.isWord(j - 1, Lex.trong) || doc.isWord(j - 1, Lex.cua) { j -= 1 }
        if j - 2 >= range.lowerBound, doc.isPunct(j - 1, "%"), doc.isNumber(j - 2) {
            return (max(range.lowerBound, j - 5)..<(j - 2)).contains { doc.isWord($0, Self.chiem) }
        }
        // (words alone between "chiếm" and "trong")
        // ("chiếm hơn một nửa tổng mức bán lẻ": or a share told in words right before the whole)
        guard let c = (max(range.lowerBound, j - (j < k ? 6 : 4))..<j).last(where: { doc.isWord($0, Self.chiem) }) else { return false }
        return (c..<j).allSatisfy { doc.tokens[$0].kind == .word }
    }

    private static let chiem = Lex.w("chiếm")
    private static let nhu = Lex.w("như"), chi = Lex.w("chỉ"), bareGrowth = Lex.p("tốc độ tăng trưởng")
    private static let services = "services", farming = "agriculture_forestry_fishery", nganh = Lex.w("ngành")
    /// A percentage right before bare "hộ nghèo" and a verb right after it: what a share of the poor households
    /// have or do ("98% hộ nghèo được tiếp cận nước sạch", "85% hộ nghèo có nhà ở").
    private func sharesOfThePoor(_ found: Cue) -> Bool {
        guard found.sector == nil, found.end - found.start == Self.poorHouseholds.count, doc.matches(Self.poorHouseholds, at: found.start),
              quantities.contains(where: { $0.tokens.upperBound == found.start && $0.unitClass == .percent }),
              found.end < range.upperBound, doc.tokens[found.end].kind == .word else { return false }
        return Self.whatThePoorDo.contains(doc.tokens[found.end].hash)
    }
    private static let poorHouseholds = Lex.p("hộ nghèo")
    private static let whatThePoorDo = WordSet(["có", "được", "là", "đã", "đều", "sử", "tiếp", "sống", "tham", "vay", "nhận", "thoát",
                                               "biết", "dùng", "tự"].map { Lex.w($0) })
    private static let nearPoor = Lex.p("cận nghèo"), nearPoorHouseholds = Lex.p("hộ cận nghèo")

    /// "… đóng góp 2,9 điểm phần trăm vào <cue>": the cue is what a contribution goes into.
    /// ("đã đóng góp quan trọng vào tốc độ tăng trưởng GRDP của tỉnh (đạt 8,66%)": with no amount contributed, the cue
    /// keeps its own figure)
    private func contributes(into start: Int) -> Bool {
        guard doc.isWord(start - 1, Self.vao),
              let lead = (max(range.lowerBound, start - 9)..<(start - 1)).first(where: { doc.matches(Lex.dongGop, at: $0) }) else { return false }
        return (lead..<(start - 1)).contains { doc.isNumber($0) }
    }
    private static let vao = Lex.w("vào")

    private static let unnamedProvince = ["trên địa bàn tỉnh", "trên địa bàn", "trong tỉnh"].map(Lex.p)

    /// Words that leave a part out of a total: "không kể", "không tính", "không bao gồm", "ngoại trừ".
    static let exclusions = [Lex.p("không kể"), Lex.p("không tính"), Lex.p("không bao gồm"), Lex.p("ngoại trừ")]

    /// Cues separated by nothing but brackets, the place they are about (named or not) and an estimate word
    /// ("tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh X (GRDP)", "du khách quốc tế ước đón").
    func adjacent(_ end: Int, _ start: Int) -> Bool {
        var k = end
        while k < start {
            if doc.isPunct(k, "(") || doc.isPunct(k, ")") || doc.isWord(k, Lex.cua) { k += 1; continue }
            if let place = places.first(where: { $0.tokens.lowerBound == k && $0.name != nil }) { k = place.tokens.upperBound; continue }
            // ("tốc độ tăng trưởng tổng sản phẩm trong tỉnh (GRDP)": the province unnamed)
            if let words = Self.unnamedProvince.first(where: { doc.matches($0, at: k) }) { k += words.count; continue }
            if let m = catalogue.estimateWords.longestMatch(in: doc.tokens, at: k, limit: start), m.end == start { k = m.end; continue }
            break
        }
        return k == start
    }

    /// Token `k` starts a clause: the sentence's start, or right after `,` `;` `:` `(`, "trong đó" or "và" after a comma.
    /// "giá trị tăng thêm (của | toàn) ngành …" right before `k`.
    func afterValueAdded(_ k: Int) -> Bool {
        var lead = k
        if doc.isWord(lead - 1, Lex.nganh) { lead -= 1 }
        if doc.isWord(lead - 1, Lex.cua) || doc.isWord(lead - 1, Lex.toan) { lead -= 1 }
        return Self.valueAddedWords.contains { doc.matchesBefore($0, lead) }
    }

    /// "giá trị tăng thêm" and its synonym "giá trị gia tăng" (value added).
    private static let valueAddedWords = [Lex.giaTriTangThem, Lex.p("giá trị gia tăng")]

    /// "tốc độ tăng trưởng (của) ngành nông, lâm nghiệp và thủy sản tăng 6,06%": a sector named right after the words for
    /// growth, opening their clause.
    func namedAfterGrowth(_ k: Int) -> Bool {
        var j = k
        if doc.isWord(j - 1, Lex.cua) { j -= 1 }
        guard doc.matchesBefore(Self.tangTruong, j) else { return false }
        var start = j - Self.tangTruong.count
        if doc.matchesBefore(Self.tocDo, start) { start -= Self.tocDo.count }
        return opensClause(start)
    }

    /// "tỷ lệ người dân tham gia bảo hiểm y tế": "tỷ lệ" and a noun (not a verb of the figure: "tỷ lệ đạt 95%").
    private func namesAnotherRate(at k: Int) -> Bool {
        guard doc.matches(Lex.tyLe, at: k) || doc.matches(Lex.tiLe, at: k), doc.tokens.indices.contains(k + 2),
              doc.tokens[k + 2].kind == .word else { return false }
        return !Self.rateVerbs.contains(doc.tokens[k + 2].hash)
    }

    private static let rateVerbs = WordSet(["đạt", "bằng", "là", "tăng", "giảm", "so", "còn", "chiếm", "ước", "khoảng", "trên", "hơn",
                                            "gần", "dưới", "từ", "lên", "xuống", "hoàn", "thực"].map(Lex.w))

    private static let khi = Lex.w("khi")

    func opensClause(_ k: Int) -> Bool {
        if k == range.lowerBound { return true }
        // "+ Ngành dịch vụ tăng 7,42%": the item of a bulleted list
        if k - 1 == range.lowerBound, doc.opensWithBullet(range) { return true }
        // "giá trị tăng thêm (toàn ngành / của) công nghiệp tăng 6,89%"
        var lead = k
        if doc.isWord(lead - 1, Lex.cua) || doc.isWord(lead - 1, Lex.toan) { lead -= 1 }
        if Self.valueAddedWords.contains(where: { doc.matchesBefore($0, lead) }) { return true }
        if doc.isWord(k - 1, Lex.rieng) || doc.isWord(k - 1, Lex.cac) && opensClause(k - 1) { return true }
        // ("nhờ … ở nhiều ngành, lĩnh vực như ngành nông nghiệp đạt 17.513 tỷ đồng": the first of the examples)
        if doc.isWord(k - 1, Self.nhu) { return true }
        if doc.isPunct(k - 1, ",") || doc.isPunct(k - 1, ";") || doc.isPunct(k - 1, ":") || doc.isPunct(k - 1, "(") { return true }
        if doc.matchesBefore(Lex.trongDo, k) { return true }
        // ("…; trong đó đáng lưu ý là công nghiệp chế biến, chế tạo tăng 1,98%": the part "trong đó" singles out after "là")
        if doc.isWord(k - 1, Lex.la), (max(range.lowerBound, k - 6)..<(k - 1)).contains(where: { doc.matches(Lex.trongDo, at: $0) }) { return true }
        // ("…, trong khi ngành sản xuất và phân phối điện tăng 13,86%": the sector set beside the one before)
        // ("Cơ cấu kinh tế chuyển dịch tích cực khi dịch vụ tăng 9,34%": or after "khi", the clause saying why)
        if doc.matchesBefore(Self.trongKhi, k) || doc.isWord(k - 1, Self.khi) { return true }
        // ("Nổi bật trong ngành công nghiệp, chính là ngành sản xuất và phân phối điện tăng 13,42%": named after "là" and at
        // most two words that open the clause)
        if k - 1 > range.lowerBound, doc.isWord(k - 1, Lex.la), let open = (max(range.lowerBound, k - 4)..<(k - 1)).last(where: { doc.tokens[$0].kind == .punct }),
           (open + 1..<k - 1).allSatisfy({ doc.tokens[$0].kind == .word }) { return true }
        return doc.isWord(k - 1, Lex.va) && doc.isNumber(k - 2) == false && (k - 3 ..< k - 1).contains { doc.isPunct($0, "%") }
    }

    /// "Năm 2017, tỉnh thu ngân sách hơn 11 nghìn tỷ đồng, vượt 10,9% dự toán …. Năm 2018, thu vượt 17,5% dự toán …, tăng
    /// 14,4% so với năm 2017": a sentence without cues that opens with its own period, then a comma and a verb, and
    /// gives only rates, states the money figure of the sentence before over that period (a figure without a value).
    func ratesOverOwnPeriodCue(after last: Figure?) -> Cue? {
        guard let last, !quantities.isEmpty, quantities.allSatisfy({ $0.unitClass == .percent }),
              let entry = catalogue.entryIndex(of: last.indicator), catalogue.entry(entry).units.contains(where: { $0.unitClass == .money }),
              let comma = commaAfterOpeningPeriod(), doc.tokens.indices.contains(comma + 1), doc.tokens[comma + 1].kind == .word,
              Self.seriesVerbs.contains(doc.tokens[comma + 1].hash) else { return nil }
        var cue = Cue(start: comma + 1, end: comma + 1, entries: [entry])
        var k = cue.end
        while k < range.upperBound, !doc.isPunct(k, ";") { k += 1 }
        cue.scopeEnd = k
        return cue
    }

    private static let seriesVerbs = WordSet([Lex.w("thu"), Lex.dat, Lex.w("vượt"), Lex.tang, Lex.giam])

    /// The comma right after the period the sentence opens with ("Năm 2018, …"), if it opens with one.
    private func commaAfterOpeningPeriod() -> Int? {
        guard let m = timeline.ownMention(at: range.lowerBound) else { return nil }
        let comma = timeline.mentions[m].tokens.upperBound
        return doc.isPunct(comma, ",") ? comma : nil
    }

    /// "Tỷ lệ hộ nghèo … 8,40% (năm 2014). Năm 2015, chỉ còn khoảng 6,2%": a sentence without cues that opens with a
    /// period of its own, then "còn" (or "giảm còn", "xuống còn") and a percent, states the level the rate before it is
    /// left at. A cue of that rate's indicator (a level in percent, not a change) after the period's comma.
    func rateLeftCue(after last: Figure?) -> Cue? {
        guard let last, last.unit == .percent, let first = quantities.first, first.unitClass == .percent,
              let entry = catalogue.entryIndex(of: last.indicator), !catalogue.entry(entry).changeIsValue,
              let comma = commaAfterOpeningPeriod(), comma + 1 < first.tokens.lowerBound, first.tokens.lowerBound - comma <= 5 else { return nil }
        let words = (comma + 1)..<first.tokens.lowerBound
        guard words.allSatisfy({ doc.tokens[$0].kind == .word && Self.leftAtWords.contains(doc.tokens[$0].hash) }),
              words.contains(where: { doc.isWord($0, Lex.con) }) else { return nil }
        var cue = Cue(start: comma + 1, end: comma + 1, entries: [entry])
        // (the rate's clause ends at "và", "," or ";" after its number)
        var k = first.tokens.upperBound
        while k < range.upperBound, !doc.isPunct(k, ";"), !doc.isPunct(k, ","), !doc.isWord(k, Lex.va) { k += 1 }
        cue.scopeEnd = k
        return cue
    }

    private static let leftAtWords = WordSet(["chỉ", "còn", "giảm", "xuống", "khoảng", "dưới", "gần", "hơn"].map(Lex.w))

    /// "…, tăng 10,7% so với năm 2020; vượt 36,8% dự toán phấn đấu Tổng cục Thuế giao": a clause that opens with a verb and
    /// a share of a plan goes on describing the figure before the ";".
    private func sharesPlan(opening k: Int) -> Bool {
        guard Self.shareVerbs.contains(doc.hash(k)), doc.isNumber(k + 1),
              let i = quantities.firstIndex(where: { $0.tokens.lowerBound == k + 1 }), case .planShare = role[i] else { return false }
        return true
    }

    private static let shareVerbs = WordSet([Lex.dat, Lex.vuot, Lex.w("bằng")])

    /// "Tây Ninh đạt 9,63% - đứng đầu khu vực phía Nam. Long An đạt 9,49%": a sentence without cues that opens with
    /// another province or city than the one of the figure before (a place-level figure of the sentence before), then
    /// "đạt", "tăng" or "giảm" and a number of that figure's unit, states that figure's indicator for its place.
    func nextPlaceCue(after last: Figure?) -> Cue? {
        guard let last, last.sector == nil, last.kind != .plan, last.jurisdiction.level == .province || last.jurisdiction.level == .city,
              let entry = catalogue.entryIndex(of: last.indicator),
              let place = places.first(where: { $0.tokens.lowerBound == range.lowerBound }), let name = place.name,
              !place.inParentheses, !place.namesBody, place.level == last.jurisdiction.level, name != last.jurisdiction.name,
              case let verb = place.tokens.upperBound, Self.nextPlaceVerbs.contains(doc.hash(verb)),
              let first = quantities.first, first.tokens.lowerBound == verb + 1, first.unit == last.unit else { return nil }
        var cue = Cue(start: place.tokens.lowerBound, end: place.tokens.upperBound, entries: [entry])
        cue.carriesGrowth = catalogue.entry(entry).changeIsValue
        var k = first.tokens.upperBound
        while k < range.upperBound, !doc.isPunct(k, ";"), !doc.isPunct(k, "-") { k += 1 }
        cue.scopeEnd = k
        return cue
    }

    private static let nextPlaceVerbs = WordSet([Lex.dat, Lex.tang, Lex.giam])

    /// "Một số địa phương có doanh thu tăng so với cùng kỳ như: Đà Nẵng tăng 9,4%; Cần Thơ tăng 8,7%" after a figure whose
    /// quote opens with the words after "có" ("Doanh thu bán lẻ hàng hóa …"): a cue of that figure's indicator at each
    /// province or city followed by "(cùng) tăng" or "giảm" and a rate, scoped to its item. Nil unless the sentence's
    /// numbers are all such rates, two at least.
    func placeChangeCues(after last: Figure?) -> [Cue]? {
        guard let last, let entry = catalogue.entryIndex(of: last.indicator), quantities.count >= 2,
              quantities.allSatisfy({ $0.unitClass == .percent }),
              let localities = range.first(where: { doc.matches(Self.diaPhuong, at: $0) }),
              let co = (localities..<min(range.upperBound, localities + 4)).first(where: { doc.isWord($0, Self.coWord) }),
              let verb = (co + 1..<min(range.upperBound, co + 6)).first(where: { doc.isWord($0, Lex.tang) || doc.isWord($0, Lex.giam) }),
              verb > co + 1 else { return nil }
        // (the words naming the subject are the first words of the figure before: "doanh thu" of "Doanh thu bán lẻ …")
        let named = Array(Tokenizer.phrase(last.quote).prefix(verb - co - 1))
        guard named.count == verb - co - 1, (co + 1..<verb).allSatisfy({ doc.tokens[$0].hash == named[$0 - co - 1] }) else { return nil }
        var cues: [Cue] = []
        for q in quantities {
            var v = q.tokens.lowerBound - 1
            guard doc.isWord(v, Lex.tang) || doc.isWord(v, Lex.giam) else { return nil }
            if doc.isWord(v - 1, Self.cung) { v -= 1 }
            guard let m = places.last(where: { $0.tokens.upperBound == v && $0.name != nil && !$0.inParentheses }),
                  m.level == .province || m.level == .city else { return nil }
            var cue = Cue(start: m.tokens.lowerBound, end: m.tokens.upperBound, entries: [entry])
            cue.scopeEnd = q.tokens.upperBound
            cues.append(cue)
        }
        return cues
    }

    private static let diaPhuong = Lex.p("địa phương"), coWord = Lex.w("có"), cung = Lex.w("cùng")

    /// "Kim ngạch nhập khẩu tháng 8 đạt 280 triệu USD. Lũy kế 8 tháng đạt 2.050 triệu USD": a sentence
    /// that opens with a running total and names no indicator continues the previous figure's.
    func runningTotalCue(after last: Figure?) -> Cue? {
        // ("Chỉ riêng tháng 9/2023 đã ước đạt …": "only" before the word singles out just the same)
        let s = doc.isWord(range.lowerBound, Self.chi) && doc.isWord(range.lowerBound + 1, Lex.rieng) ? range.lowerBound + 1 : range.lowerBound
        // the words first: the catalogue search compares indicator names, and few sentences open so
        // ("Riêng tháng 6 ước đạt 11.342 tỷ đồng": a part of the period singled out continues it too)
        // (its verb right after the period: "Riêng tháng 9, kim ngạch qua các cửa khẩu đạt …" names something else)
        let singledOut = doc.isWord(s, Lex.rieng) && timeline.ownMention(at: s + 1).map { m in
            var k = timeline.mentions[m].tokens.upperBound
            while k < range.upperBound, doc.tokens[k].kind == .word, PeriodScanner.monthsVerbs.contains(doc.tokens[k].hash) { k += 1 }
            // (an amount: a rate singled out, "Riêng quý IV ước tăng 8,95%", is read as a part of its period's growth)
            return k > timeline.mentions[m].tokens.upperBound && quantities.contains { $0.tokens.lowerBound == k && $0.unitClass != .percent }
        } == true
        // ("Trừ dầu khí ước 201,79 triệu USD": the same figure without a part the catalogue's `cue_scopes` names)
        let excluding = catalogue.cueScopes.longestMatch(in: doc.tokens, at: s, limit: min(range.upperBound, s + 5))
        guard doc.matches(Lex.luyKe, at: s) || doc.matches(Lex.congDon, at: s) || doc.matches(Lex.tinhChung, at: s) || singledOut
                || excluding != nil else { return nil }
        let end = excluding?.end ?? s + (singledOut ? 1 : 2)
        guard let last, last.value != nil, let entry = catalogue.entries.firstIndex(where: { $0.indicator == last.indicator }) else { return nil }
        // ("Lũy kế đến nay, toàn tỉnh có 73.600 doanh nghiệp với tổng vốn 807.000 tỷ đồng" after a budget figure: a sentence
        // that counts other things speaks of them, not of the figure before)
        if last.unit != .count, quantities.contains(where: { $0.unitClass == .count }) { return nil }
        // ("Tính chung 9 tháng đầu năm 2022, Bình Phước xuất siêu 1,16 tỷ USD": the trade balance, neither flow of it)
        if range.contains(where: { k in Self.tradeBalance.contains { doc.matches($0, at: k) } }) { return nil }
        // ("Tính chung 9 tháng năm 2025, tổng vốn đầu tư thực hiện toàn xã hội ước đạt …": a subject of its own
        // between the period and the number, one the catalogue does not know, is not the figure before)
        if namesOwnSubject(from: end, after: last) { return nil }
        var cue = Cue(start: s, end: end, entries: [entry])
        cue.carriesGrowth = last.unit == .percent && catalogue.entry(entry).changeIsValue
        var k = cue.end
        while k < range.upperBound, !doc.isPunct(k, ";") { k += 1 }
        cue.scopeEnd = k
        return cue
    }

    /// Whether words other than a period, a place, verbs and qualifiers stand between `k` and the sentence's first
    /// number, most of them not in the quote of `last`: a subject of the clause's own ("doanh thu thương mại dịch
    /// vụ" after retail sales is the same figure named again; "tổng vốn đầu tư" after spending is another).
    private func namesOwnSubject(from k: Int, after last: Figure) -> Bool {
        guard let first = quantities.first(where: { $0.tokens.lowerBound >= k && $0.unitClass != .none })?.tokens.lowerBound else { return false }
        // (the words of the figure before, read from the document where its quote lies)
        var named = Set<UInt64>()
        if let source = last.source {
            var t = range.lowerBound - 1
            while t >= 0, Int(doc.tokens[t].end) > source.start {
                if Int(doc.tokens[t].start) >= source.start, Int(doc.tokens[t].end) <= source.end { named.insert(doc.tokens[t].hash) }
                t -= 1
            }
        }
        var j = k
        var words = 0
        var others = 0
        while j < first {
            if let m = timeline.anyMention(startingAt: j), timeline.mentions[m].tokens.upperBound > j {
                j = timeline.mentions[m].tokens.upperBound
                continue
            }
            if let place = places.first(where: { $0.tokens.lowerBound == j }) {
                j = max(place.tokens.upperBound, j + 1)
                continue
            }
            // (a capitalised word names a place or a body: "TP. HCM")
            if doc.tokens[j].kind == .word, !Self.runningTotalFillers.contains(doc.tokens[j].hash), !doc.isCapitalised(j) {
                words += 1
                if !named.contains(doc.tokens[j].hash) { others += 1 }
            }
            j += 1
        }
        return others >= 2 && others * 2 > words
    }

    /// Words a running total's clause may hold between its period and its number ("…, toàn tỉnh ước đạt …").
    private static let runningTotalFillers = WordSet([Lex.dat, Lex.tang, Lex.giam, Lex.la, Lex.hon, Lex.con, Lex.trong, Lex.nam, Lex.dau,
                                                      Lex.w("ước"), Lex.w("tính"), Lex.w("thực"), Lex.w("hiện"), Lex.w("thu"),
                                                      Lex.w("được"), Lex.w("khoảng"), Lex.w("gần"), Lex.w("trên"), Lex.w("đã"),
                                                      Lex.w("toàn"), Lex.w("cả"), Lex.w("tỉnh"), Lex.w("thành"), Lex.w("phố"),
                                                      Lex.w("địa"), Lex.w("bàn"), Lex.w("của"), Lex.w("chỉ"), Lex.w("mới"),
                                                      Lex.w("đón"), Lex.w("phục"), Lex.w("vụ"), Lex.w("lên"), Lex.w("về")])

    private static let tradeBalance = [Lex.p("xuất siêu"), Lex.p("nhập siêu"), Lex.p("cán cân thương mại")]

    /// Words that make a percent level a growth rate: "GDP du lịch đạt 3%" is a share, "tăng trưởng GDP đạt 7%" a growth.
    static let growthWords = WordSet([Lex.tang, Lex.giam, Lex.w("trưởng"), Lex.w("độ"), Lex.w("triển"), Lex.w("bình")])

    func speaksOfGrowth(_ cue: Cue) -> Bool {
        (cue.start..<cue.end).contains { doc.tokens[$0].kind == .word && Self.growthWords.contains(doc.tokens[$0].hash) }
    }

}
