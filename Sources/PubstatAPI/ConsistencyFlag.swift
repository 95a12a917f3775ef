/// A consistency check an answer fails: a stable code for programs and a message for people
/// (``BudgetFlag``, ``PortalFlag``).
public struct ConsistencyFlag<Code: RawRepresentable & Hashable & Sendable & Codable>: Hashable, Sendable, Codable
where Code.RawValue == String {
    public var code: Code
    /// What disagrees with what, with the figures and bulletins.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}
