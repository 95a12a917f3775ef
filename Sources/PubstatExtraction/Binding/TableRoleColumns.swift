import PubstatModel

extension TableHeader {
    /// "Chỉ tiêu | Dự toán HĐND tỉnh giao | Ước thực hiện | So dự toán (%) | So cùng kỳ (%)": a header that
    /// names its columns by what they hold rather than by period. Its value columns are the plan, the
    /// estimate or the result of the period the text frames; its ratio columns compare the last value
    /// column before them with the plan or with a year before. Every cell after the label must read as
    /// one of these (or as the unit's), else the line is no such header.
    struct RoleColumns {
        let line: Range<Int>
        let doc: Document
        let catalogue: Catalogue
        let timeline: Timeline

        func read(framedBy period: Period?) -> TableHeader? {
            guard let period else { return nil }
            let cells = self.cells()
            guard cells.count >= 3 else { return nil }
            var columns: [Column] = []
            var lastValue: Int?
            var planAuthority: Authority = .plan
            var hasPlan = false
            var cutOffs: [Int: CalendarDate] = [:]
            for cell in cells.dropFirst(labelCellCount(cells)) {
                guard let first = cell.first else { return nil }
                // "ƯTH/KH (%)", "ƯTH 2019/TH 2018 (%)": a ratio of the value column before it to the plan, or to
                // the result of the year before
                if let slash = cell.first(where: { doc.isPunct($0, "/") }), cell.contains(where: { doc.isPunct($0, "%") }) {
                    guard let of = lastValue, slash + 1 < cell.upperBound else { return nil }
                    let divisor = (slash + 1)..<cell.upperBound
                    if opensPlanCell(slash + 1) {
                        columns.append(.planShare(of: of, authority: authority(in: divisor) ?? planAuthority))
                    } else if doc.matches(Self.thucHien, at: slash + 1) || doc.isWord(slash + 1, Self.th) || comparesWithYearBefore(divisor) {
                        columns.append(.change(of: of))
                    } else {
                        return nil
                    }
                    continue
                }
                // "% DT TW", "% cùng kỳ": a share written with its sign first
                if doc.isPunct(first, "%"), cell.count > 1 {
                    guard let of = lastValue else { return nil }
                    if comparesWithPlan(cell) {
                        columns.append(.planShare(of: of, authority: authority(in: cell) ?? planAuthority))
                    } else if comparesWithYearBefore(cell) {
                        columns.append(.change(of: of))
                    } else {
                        return nil
                    }
                } else if doc.isWord(first, Lex.so) {
                    guard let of = lastValue else { return nil }
                    if comparesWithPlan(cell) {
                        columns.append(.planShare(of: of, authority: planAuthority))
                    } else if comparesWithYearBefore(cell) {
                        columns.append(.change(of: of))
                    } else if hasPlan, doc.isWord(first + 1, Self.sanh) {
                        // "Dự toán HĐND giao | Quyết toán | So sánh (%)": the result against the plan before it
                        columns.append(.planShare(of: of, authority: planAuthority))
                    } else {
                        return nil
                    }
                } else if opensPlanCell(first) {
                    planAuthority = authority(in: cell) ?? .plan
                    hasPlan = true
                    // (an estimate or plan is set for the year, whatever part of it the table reports)
                    columns.append(.period(Period(.year((ownPeriod(of: cell) ?? period).endYear)), kind: .plan))
                } else if comparesWithYearBefore(cell) {
                    // "TH cùng kỳ năm trước", "Thực hiện cùng kỳ 2021": the same months a year before (a year's own
                    // value a year before has no reading here: no header)
                    guard let before = SentenceBinder.sameSpan(period, inYear: period.endYear - 1) else { return nil }
                    columns.append(.period(before, kind: .actual))
                    lastValue = columns.count - 1
                } else if cell.contains(where: { doc.isWord($0, Self.uoc) || doc.isWord($0, Self.uth) }) {
                    // "Ước TH năm 2025": the cell's own period, else the one the text frames
                    columns.append(.period(ownPeriod(of: cell) ?? period, kind: .estimate))
                    lastValue = columns.count - 1
                } else if doc.matches(Self.thucHien, at: first) || doc.isWord(first, Self.th) || doc.matches(Self.quyetToan, at: first) {
                    // "TH đến 30/11/2025": the months to the cut-off (to a month's end), and the cut-off
                    var own = ownPeriod(of: cell)
                    if let date = timeline.cutOff(in: cell, year: 0), date.year > 0 {
                        cutOffs[columns.count] = date
                        own = Timeline.monthsUpTo(date) ?? Period(.year(date.year))
                    }
                    columns.append(.period(own ?? period, kind: .actual))
                    lastValue = columns.count - 1
                } else if doc.matches(Self.donVi, at: first) || doc.isWord(first, Self.dvt) {
                    continue
                } else {
                    return nil
                }
            }
            guard columns.count >= 2, lastValue != nil else { return nil }
            return TableHeader(columns: columns, cutOffs: cutOffs)
        }

        /// The period a cell states of its own ("KH 2024", "Ước TH năm 2025", "TH đến 30/11/2025").
        private func ownPeriod(of cell: Range<Int>) -> Period? {
            for k in cell {
                if let m = timeline.ownMention(at: k), let p = timeline.resolved[m] { return p }
            }
            // (a year the timeline reads as the base of a comparison across cells: "… TH 2018 (%) | KH 2020")
            return cell.lazy.compactMap { k in
                doc.bytes(k).count == 4 ? doc.integer(k).flatMap { PeriodScanner.isYear($0) ? Period(.year($0)) : nil } : nil
            }.first
        }

        /// The cells that hold values: all but the label's (and an item number's before it) and the unit's.
        func valueCellCount() -> Int {
            let cells = self.cells()
            return cells.dropFirst(labelCellCount(cells)).filter { cell in
                guard let first = cell.first else { return false }
                return !(doc.matches(Self.donVi, at: first) || doc.isWord(first, Self.dvt))
            }.count
        }

        /// Whether a cell of `line` names a plan ("DT TW giao", "Dự toán HĐND tỉnh giao", "KH 2024"):
        /// a header that names its columns by what they hold.
        func namesPlanColumn() -> Bool {
            cells().dropFirst().contains { cell in cell.first.map(opensPlanCell) ?? false }
        }

        /// "STT | Nội dung | …": an item number's column before the label's.
        private func labelCellCount(_ cells: [Range<Int>]) -> Int {
            cells.count > 1 && cells[0].count == 1 && cells[0].first.map({ doc.isWord($0, Self.stt) || doc.isWord($0, Self.tt) }) == true ? 2 : 1
        }

        /// A cell opening with a plan's name: "Dự toán", "Kế hoạch", "KH", "DT".
        private func opensPlanCell(_ first: Int) -> Bool {
            doc.matches(Lex.duToan, at: first) || doc.matches(Lex.keHoach, at: first) || doc.isWord(first, Lex.kh) || doc.isWord(first, Self.dt)
        }

        /// The cells of the line, split at "|" (empty cells dropped).
        private func cells() -> [Range<Int>] { PlaceTable.cells(of: line, doc: doc) }

        /// "So dự toán (%)", "So KH", "So DT HĐND", "So với kế hoạch".
        private func comparesWithPlan(_ cell: Range<Int>) -> Bool {
            cell.contains { doc.matches(Lex.duToan, at: $0) || doc.matches(Lex.keHoach, at: $0) || doc.isWord($0, Lex.kh) || doc.isWord($0, Self.dt) }
        }

        /// "So cùng kỳ (%)", "So CK", "So năm trước".
        private func comparesWithYearBefore(_ cell: Range<Int>) -> Bool {
            cell.contains { doc.matches(Lex.cungKy, at: $0) || doc.isWord($0, Self.ck) || doc.isWord($0, Lex.nam) && doc.isWord($0 + 1, Lex.truoc) }
        }

        /// The authority a plan column names ("Dự toán HĐND tỉnh giao", "Dự toán TW giao").
        private func authority(in cell: Range<Int>) -> Authority? {
            cell.lazy.compactMap { k in catalogue.authorities.longestMatch(in: doc.tokens, at: k, limit: cell.upperBound)?.payload.first }.first
        }

        private static let uoc = Lex.w("ước"), th = Lex.w("TH"), dt = Lex.w("DT"), dvt = Lex.w("ĐVT"), ck = Lex.w("CK")
        private static let thucHien = Lex.p("thực hiện"), donVi = Lex.p("đơn vị"), quyetToan = Lex.p("quyết toán")
        private static let stt = Lex.w("STT"), tt = Lex.w("TT"), sanh = Lex.w("sánh"), uth = Lex.w("ƯTH")
    }
}
