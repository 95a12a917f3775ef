import FuzzDriver

// Any bytes as what a client sends on one API connection (see Exchange.swift and Checks.swift).
runFuzzer { data, size in fuzzHTTP(data, size) }
