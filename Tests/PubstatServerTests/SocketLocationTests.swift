import PubstatClient
import Testing

/// Where pubstatctl looks for the socket, in order, and what it says it tried.
@Suite struct SocketLocationTests {
    @Test func anExplicitSocketWins() {
        let location = SocketLocation.resolve(option: "/tmp/x.sock", environment: ["PUBSTAT_SOCKET": "/tmp/y.sock"]) { _ in true }
        #expect(location.path == "/tmp/x.sock" && location.explicit)
    }

    @Test func theEnvironmentComesNext() {
        let location = SocketLocation.resolve(option: nil, environment: ["PUBSTAT_SOCKET": "/tmp/y.sock"]) { _ in true }
        #expect(location.path == "/tmp/y.sock" && !location.explicit)
        let empty = SocketLocation.resolve(option: nil, environment: ["PUBSTAT_SOCKET": ""]) { _ in false }
        #expect(empty.path == "var/pubstatd.sock")
    }

    @Test func theInstalledSocketWhenItExists() {
        let location = SocketLocation.resolve(option: nil, environment: [:]) { $0 == "/run/pubstat/pubstatd.sock" }
        #expect(location.path == "/run/pubstat/pubstatd.sock")
    }

    @Test func elseTheDevelopmentSocketAndEveryPlaceTriedIsNamed() {
        let location = SocketLocation.resolve(option: nil, environment: [:], currentDirectory: "/home/alice") { _ in false }
        #expect(location.path == "var/pubstatd.sock")
        #expect(location.searchedText
            == "looked at $PUBSTAT_SOCKET (not set), /run/pubstat/pubstatd.sock (absent), /home/alice/var/pubstatd.sock")
    }
}
