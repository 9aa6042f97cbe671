#!/usr/bin/env bash
# Fuzzes one Jazzer target for a chosen time (docs/FUZZING.md).
#   scripts/fuzz.sh TARGET [DURATION]      e.g. scripts/fuzz.sh scenario-yaml 10m   (DURATION: 30s, 10m, 1h; default 10m)
#   scripts/fuzz.sh --list
# The generated corpus is kept in MODULE/.cifuzz-corpus/CLASS/METHOD (git-ignored) and grows across runs; it is seeded
# here from examples/ and, for the game readers, from ../shared/games (copied, never committed). A crash is written by
# Jazzer as MODULE/src/test/resources/PACKAGE/CLASSInputs/METHOD/crash-*: fix the cause, keep the file (it then runs
# in mvn verify) and commit both.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${PARLEY_SHARED_DIR:-$root/../shared}"

# target -> module class method
declare -A MODULE CLASS METHOD SEEDS
add() { MODULE[$1]=$2; CLASS[$1]=$3; METHOD[$1]=$4; SEEDS[$1]=$5; }
add scenario-yaml  parley-scenario org.parley.scenario.io.ScenarioReaderFuzzTest yaml        examples-yaml
add scenario-json  parley-scenario org.parley.scenario.io.ScenarioReaderFuzzTest json        none
add nfg            parley-games    org.parley.games.io.GameReaderFuzzTest        nfg         shared-nfg
add efg            parley-games    org.parley.games.io.GameReaderFuzzTest        efg         shared-efg
add server-scenario parley-server  org.parley.server.api.RequestParsingFuzzTest  scenarioBody examples-yaml
add server-save    parley-server   org.parley.server.api.RequestParsingFuzzTest  saveEnvelope none
add server-run     parley-server   org.parley.server.api.RequestParsingFuzzTest  runRequest  none

usage() {
    echo "usage: scripts/fuzz.sh TARGET [DURATION]   (DURATION like 30s, 10m, 1h; default 10m)" >&2
    echo "targets: ${!MODULE[*]}" >&2
    exit 2
}
[[ $# -ge 1 ]] || usage
if [[ $1 == --list ]]; then
    for t in "${!MODULE[@]}"; do echo "$t  ${MODULE[$t]}  ${CLASS[$t]}#${METHOD[$t]}"; done | sort
    exit 0
fi
target=$1
duration=${2:-10m}
[[ -n ${MODULE[$target]:-} ]] || usage
[[ $duration =~ ^[0-9]+[smhd]?$ ]] || usage

module=${MODULE[$target]}
class=${CLASS[$target]}
method=${METHOD[$target]}
corpus="$root/$module/.cifuzz-corpus/$class/$method"
mkdir -p "$corpus"

# seeds: copied under their content hash, so re-running adds nothing twice
seed() {
    local f
    for f in "$@"; do
        [[ -f $f ]] || continue
        cp -n "$f" "$corpus/seed-$(sha1sum "$f" | cut -c1-40)"
    done
}
case ${SEEDS[$target]} in
    examples-yaml) seed "$root"/examples/*.yaml ;;
    shared-nfg|shared-efg)
        ext=${SEEDS[$target]#shared-}
        if [[ -d $shared/games ]]; then
            while IFS= read -r -d '' f; do seed "$f"; done < <(find "$shared/games" -name "*.$ext" -print0)
        else
            echo "fuzz.sh: $shared/games not found; fuzzing from the committed inputs only" >&2
        fi ;;
esac
echo "fuzz.sh: $target ($class#$method) for $duration; corpus $corpus ($(ls "$corpus" | wc -l) files)" >&2

cd "$root"
# FUZZ_MAX_LEN=N caps the input length (libFuzzer's -max_len; default: the largest seed, at least 4096 bytes).
# -timeout: an input running longer than 10 s is reported as a hang (a crash); -Xmx bounds memory so that an
# unbounded allocation shows as OutOfMemoryError; jazzer.instrument adds the YAML and JSON parsers to the coverage.
export JAZZER_FUZZ=1
exec nice -n "${FUZZ_NICE:-10}" mvn -B -o -pl "$module" -am test \
    -Dtest="${class##*.}#$method" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="$duration" \
    -Djazzer.instrument='org.parley.**,org.snakeyaml.engine.**,com.fasterxml.jackson.**' \
    -Djazzer.internal.arg.0=fake_argv0 -Djazzer.internal.arg.1=-timeout=10 \
    ${FUZZ_MAX_LEN:+-Djazzer.internal.arg.2=-max_len=$FUZZ_MAX_LEN} \
    -DargLine="-Xmx${FUZZ_HEAP:-2g} -Xss1m"
