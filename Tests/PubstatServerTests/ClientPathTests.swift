import PubstatClient
import Testing

@Suite struct ClientPathTests {
    @Test func percentEncodesVietnameseNames() {
        #expect(PubstatClient.percentEncoded("Lai Châu") == "Lai%20Ch%C3%A2u")
        #expect(PubstatClient.percentEncoded("province:Điện Biên") == "province%3A%C4%90i%E1%BB%87n%20Bi%C3%AAn")
        #expect(PubstatClient.percentEncoded("a&b=c+d/é~_.-") == "a%26b%3Dc%2Bd%2F%C3%A9~_.-")
    }

    @Test func buildsQueryStringsFromPresentValues() {
        #expect(PubstatClient.path("/v1/projections/budget", query: [("year", nil), ("jurisdiction", nil)]) == "/v1/projections/budget")
        #expect(
            PubstatClient.path("/v1/projections/budget", query: [("year", "2021"), ("jurisdiction", "Lai Châu")])
                == "/v1/projections/budget?year=2021&jurisdiction=Lai%20Ch%C3%A2u"
        )
    }

    @Test func errorMessagesNameTheSocket() {
        #expect(ClientError.server(status: 404, message: "no bulletin with id ab").description == "pubstatd answered 404: no bulletin with id ab")
        #expect(ClientError.timeout(socketPath: "s", seconds: 10).description == "pubstatd did not answer on s within 10 s")
        #expect(ClientError.permissionDenied(socketPath: "var/pubstatd.sock").exitCode == 77)
        #expect(ClientError.server(status: 403, message: "only root may").exitCode == 77)
        #expect(ClientError.server(status: 404, message: "no bulletin").exitCode == 65)
    }
}
