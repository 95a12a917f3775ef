import ArgumentParser

/// `--csv`, taken by the commands that list things.
struct CSVOutput: ParsableArguments {
    @Flag(help: "Print CSV (RFC 4180, UTF-8 with a byte-order mark) for a spreadsheet, as the daemon writes it.")
    var csv = false
}
