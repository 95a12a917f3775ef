import Testing
@testable import PubstatExtraction

@Suite struct NumberTests {
    @Test(arguments: [
        ("1.208,8", 1208.8), ("220.863", 220863.0), ("7.524", 7524.0), ("51,5", 51.5), ("31,209", 31.209),
        ("60.588.677", 60588677.0), ("2,324", 2.324), ("0.5", 0.5), ("1,234,567", 1234567.0), ("42", 42.0),
    ])
    func vietnameseNumbers(text: String, value: Double) {
        #expect(VietnameseNumber.parse(Array(text.utf8)) == value)
    }

    @Test func rejectsMalformedNumbers() {
        #expect(VietnameseNumber.parse(Array("1.2.3,4,5".utf8)) == nil)
    }
}
