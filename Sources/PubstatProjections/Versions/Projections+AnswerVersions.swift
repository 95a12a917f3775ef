import PubstatModel

extension Projections {
    /// The sequence of the last event folded that changed what an answer reading `inputs` reads
    /// (``lastSequence`` for ``AnswerInputs/everything``). An answer produced when this was `v`
    /// is the same as long as it is still `v`.
    public func version(of inputs: AnswerInputs) -> UInt64 {
        switch inputs {
        case .everything:
            return lastSequence
        case .budget(let year, let selection):
            guard let versions = budget.versions(year: year) else { return 0 }
            return selection?.latest(in: versions) ?? versions.latest
        case .series(let indicator, let selection):
            guard let versions = series.versions[indicator] else { return 0 }
            return selection?.latest(in: versions) ?? versions.latest
        }
    }

    /// The answer stamp of `inputs` at this state.
    public func stamp(of inputs: AnswerInputs) -> AnswerStamp {
        AnswerStamp(head: lastSequence, version: version(of: inputs))
    }
}
