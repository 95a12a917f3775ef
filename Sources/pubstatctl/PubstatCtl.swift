import ArgumentParser

/// The pubstat command-line client.
@main
struct PubstatCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pubstatctl",
        abstract: "Query a running pubstatd, or extract figures from files offline.",
        subcommands: [Extract.self, Verify.self, StatusCommand.self, BudgetCommand.self, VisitorsCommand.self, BulletinsCommand.self, BulletinCommand.self, ReextractCommand.self,
                      UnclassifiedCommand.self, EventsCommand.self]
    )
}
