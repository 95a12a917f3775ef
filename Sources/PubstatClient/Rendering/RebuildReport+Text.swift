import PubstatProjections

extension RebuildReport {
    /// `rebuilt the projections from 1,234 events (3 appended meanwhile) in 0.42 s; queries answer from event 1,234`.
    public func renderedText() -> String {
        let meanwhile = eventsCaughtUp == 0 ? "" : " (\(NumberText.count(Double(eventsCaughtUp))) appended meanwhile)"
        let events = eventsRead == 1 ? "event" : "events"
        return "rebuilt the projections from \(NumberText.count(Double(eventsRead))) \(events)\(meanwhile) in "
            + "\(NumberText.grouped(seconds, fractionDigits: 2)) s; queries answer from event \(NumberText.count(Double(headSequence)))\n"
    }
}
