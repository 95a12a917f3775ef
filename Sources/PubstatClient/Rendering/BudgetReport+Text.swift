import PubstatModel
import PubstatProjections

extension BudgetReport {
    /// One row per observation and estimate, with a bar of the share collected against the linear
    /// pace, then the year's plans and targets; revenue in billion VND. Then the estimates the stated percentages imply, and every failed consistency check.
    public func renderedText() -> String {
        guard !years.isEmpty else { return "No budget revenue figures match.\n" }
        var table = TextTable([
            .init("JURISDICTION"), .init("YEAR", .right), .init("PERIOD"), .init("KIND"),
            .init("REVENUE bn VND", .right), .init("AS OF"), .init("ELAPSED", .right), .init("OF ESTIMATE"),
            .init("%", .right), .init("PROGRESS (│ linear pace)"), .init("IMPLIED bn VND", .right), .init("PACE"), .init("YOY", .right),
            .init("CHECKS"),
        ])
        for year in years {
            for observation in year.quarters + (year.fullYear.map { [$0] } ?? []) {
                table.appendObservation(observation, of: year)
            }
            for (label, amount) in year.plans.map({ ("plan", $0) }) + year.targets.map({ ("target", $0) }) {
                table.append([
                    year.jurisdiction.description, String(year.year), amount.period?.description ?? "full year",
                    label, NumberText.grouped(amount.amountBillionVND),
                ])
            }
        }
        return table.render() + impliedText() + flagsText()
    }

    /// `Implied estimates` section: per year and authority, the median and range; empty when none.
    private func impliedText() -> String {
        let lines = years.flatMap { year in
            year.impliedEstimates.map { estimate in
                let range = estimate.lowBillionVND == estimate.highBillionVND ? "" :
                    " (\(NumberText.grouped(estimate.lowBillionVND)) to \(NumberText.grouped(estimate.highBillionVND)))"
                return "  \(year.jurisdiction) \(year.year) \(estimate.authority.label): \(NumberText.grouped(estimate.billionVND)) bn VND"
                    + range + ", from \(estimate.figures) figure\(estimate.figures == 1 ? "" : "s") in \(estimate.bulletins) bulletin\(estimate.bulletins == 1 ? "" : "s")"
            }
        }
        return lines.isEmpty ? "" : "\nImplied estimates\n" + lines.joined(separator: "\n") + "\n"
    }

    /// `Checks` section: each flag of each cumulative figure, code then message; empty when none.
    private func flagsText() -> String {
        let lines = years.flatMap { year in
            year.observations.flatMap { observation in
                observation.flags.map { "  \(year.jurisdiction) \(year.year) \(observation.periodLabel): \($0.code.rawValue): \($0.message)" }
            }
        }
        return lines.isEmpty ? "" : "\nChecks\n" + lines.joined(separator: "\n") + "\n"
    }
}

extension TextTable {
    /// `!` and the count of failed checks, listed under the table.
    private func flagMark(_ observation: BudgetObservation) -> String {
        observation.flags.isEmpty ? "" : "!\(observation.flags.count)"
    }

    fileprivate mutating func appendObservation(_ observation: BudgetObservation, of year: BudgetYear) {
        let lead = [
            year.jurisdiction.description, String(year.year), observation.periodLabel, observation.kind.rawValue,
            (observation.approximate ? "~" : "") + NumberText.grouped(observation.revenueBillionVND),
            observation.asOf?.description ?? "-", NumberText.percent(observation.yearElapsedPct),
        ]
        let yoy = NumberText.change(observation.yoyPct)
        guard !observation.estimates.isEmpty else {
            append(lead + ["-", "-", "-", "-", "-", yoy, flagMark(observation)])
            return
        }
        for (index, estimate) in observation.estimates.enumerated() {
            let cells = [
                estimate.authority.label, estimate.percentText,
                ProgressBar().render(pct: estimate.pct, pacePct: observation.yearElapsedPct),
                NumberText.grouped(estimate.impliedEstimateBillionVND), estimate.pace?.label ?? "-",
            ]
            append((index == 0 ? lead : Array(repeating: "", count: lead.count)) + cells + [index == 0 ? yoy : "", index == 0 ? flagMark(observation) : ""])
        }
    }
}

extension EstimateProgress {
    /// A stated share with every digit the bulletin wrote (`127.54%`); one pubstat computed from
    /// amounts rounded to one decimal (`124.1%`).
    var percentText: String {
        computed ? NumberText.percent(pct) : NumberText.exact(pct) + "%"
    }
}

extension BudgetObservation {
    /// `Q3 (2021-9M)` for a quarter, `full year` for the outcome.
    var periodLabel: String {
        let period = self.period.map { " (\($0))" } ?? ""
        return quarter.map { "Q\($0)\(period)" } ?? "full year\(period)"
    }
}

extension Authority {
    /// Short English label for the estimate's authority.
    public var label: String {
        switch self {
        case .central: "central"
        case .provincialCouncil: "provincial council"
        case .cityCouncil: "city council"
        case .provinceAssigned: "province"
        case .plan: "plan"
        }
    }
}

extension EstimateProgress.Pace {
    var label: String {
        switch self {
        case .ahead: "ahead"
        case .onPace: "on pace"
        case .behind: "behind"
        }
    }
}
