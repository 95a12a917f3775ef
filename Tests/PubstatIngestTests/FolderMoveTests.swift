import Testing
@testable import PubstatIngest

/// Names near NAME_MAX: the suffixed names must fit, cut at a character boundary.
@Suite struct FolderMoveTests {
    @Test func candidatesFitTheLimitAndKeepWholeCharacters() {
        let name = String(repeating: "ệ", count: 85)  // 255 bytes, 3 per character
        let candidates = FolderMove.candidates(for: name, tag: "0123456789ab", limit: 255 - 12)
        #expect(!candidates.contains(name))  // no room for ".reason.json" beside it
        #expect(candidates.allSatisfy { $0.utf8.count <= 243 })
        #expect(candidates.first == String(repeating: "ệ", count: 76) + ".0123456789ab")
        #expect(Set(candidates).count == candidates.count)
    }

    @Test func aShortNameIsTriedAsItIs() {
        #expect(FolderMove.candidates(for: "a.txt", tag: "abc", limit: 243).prefix(3) == ["a.txt", "a.txt.abc", "a.txt.abc.2"])
    }
}
