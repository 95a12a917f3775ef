import PubstatModel

/// Within one capture, a counter cannot exceed one that covers a longer span: today ≤ this
/// month ≤ this year ≤ the all-time total. A capture that breaks this is flagged (a misread
/// counter, or a footer whose labels are not what they seem).
enum CounterOrderCheck {
    static func flags(_ capture: PortalCapture) -> [PortalFlag] {
        let pairs: [(String, Double?, String, Double?)] = [
            ("today", capture.today, "month", capture.month),
            ("month", capture.month, "year", capture.year),
            ("year", capture.year, "total", capture.total),
        ]
        return pairs.compactMap { shorter, small, longer, large in
            guard let small, let large, small > large else { return nil }
            return PortalFlag(.counterOrder, """
                the \(shorter) counter (\(FlagNumber.text(small))) is above the \(longer) counter (\(FlagNumber.text(large))) \
                in the capture of \(capture.captured)
                """)
        }
    }
}
