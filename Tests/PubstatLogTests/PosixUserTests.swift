import PubstatPosix
import Testing

/// User names for the uids the admin gate reports (`getpwuid_r` through the funnel).
@Suite struct PosixUserTests {
    @Test func namesComeFromTheUserDatabase() throws {
        #expect(try Posix.userName(uid: 0) == "root")
        #expect(try Posix.userName(uid: 65534) == "nobody")
    }

    @Test func aUidWithoutAnEntryHasNoName() throws {
        #expect(try Posix.userName(uid: 3_999_999_999) == nil)
    }
}
