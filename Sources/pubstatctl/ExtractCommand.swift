import ArgumentParser

/// `pubstatctl extract FILE...`: figures of files, without a daemon.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the figures of bulletin files (no daemon needed).")
    @Argument(help: "Bulletin files.") var files: [String]
    @Flag(help: "Print JSON in the corpus figure schema.") var json = false
    func run() throws { print("not yet written") }
}
