#!/bin/bash
# Repeatable instruction count of extraction: PubstatModel and PubstatExtraction compiled with
# `swiftc -O -wmo` (DWARF 4: valgrind 3.19 cannot read the release build's DWARF 5, and the async
# pubstat-bench crashes it) around a main that reads FILE..., warms up on the first, and extracts
# them all in `measuredPass`; callgrind counts that function only (process start, catalogue load and
# file reading left out), with Swift's hashing seeded the same every run (SWIFT_DETERMINISTIC_HASHING=1:
# a random seed moves the count by ±0.2 %).
#
#   scripts/callgrind-extract.sh OUTDIR FILE...      e.g. OUTDIR=/tmp/cg, the first 50 files of
#                                                    var/bench/cache/gen-2000-seed1
# Prints the instructions counted; OUTDIR/callgrind.out is the profile (callgrind_annotate it).
set -euo pipefail
OUT=$1; shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT"
cat > "$OUT/main.swift" <<'SWIFT'
import Foundation
import PubstatExtraction

let inputs: [[UInt8]] = CommandLine.arguments.dropFirst().map { [UInt8](FileManager.default.contents(atPath: $0) ?? Data()) }
let extractor = BulletinExtractor()
_ = try? extractor.extract(bytes: inputs[0], fileName: "warm.txt")

@inline(never)
func measuredPass(_ extractor: BulletinExtractor, _ inputs: [[UInt8]]) -> Int {
    var count = 0
    for (k, bytes) in inputs.enumerated() {
        if let r = try? extractor.extract(bytes: bytes, fileName: "f\(k).txt") { count += r.figures.count + r.unclassified.count }
    }
    return count
}
print(measuredPass(extractor, inputs))
SWIFT
FLAGS="-O -wmo -g -dwarf-version=4 -parse-as-library -swift-version 6"
nice swiftc $FLAGS -module-name PubstatModel -emit-module -emit-module-path "$OUT/PubstatModel.swiftmodule" \
    -c $(find "$ROOT/Sources/PubstatModel" -name '*.swift') -o "$OUT/model.o"
nice swiftc $FLAGS -I "$OUT" -module-name PubstatExtraction -emit-module -emit-module-path "$OUT/PubstatExtraction.swiftmodule" \
    -c $(find "$ROOT/Sources/PubstatExtraction" -name '*.swift') -o "$OUT/extraction.o"
nice swiftc -O -g -dwarf-version=4 -swift-version 6 -I "$OUT" "$OUT/main.swift" "$OUT/model.o" "$OUT/extraction.o" -o "$OUT/harness"
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" --toggle-collect='*measuredPass*' "$OUT/harness" "$@" 2>&1 \
    | sed -n 's/.*Collected : //p'
