#!/usr/bin/env bash
# Scores check-worthiness on the development data in ../shared/eval (ClaimBuster + the 19 CLEF-2019 debates).
#   1. the shipped model (embedded in FactCheck.Core) on every sentence: optimistic, since it was trained on them;
#   2. cross-validated scores: each sentence scored by a model trained without it (5 random ClaimBuster folds,
#      one CLEF debate held out at a time). This retrains 24 models (about 30 s) and writes no model file;
#   3. with --analyze, also the product path: `factcheck analyze --jsonl`, whose record score is the highest claim score.
# Every figure is the scorer's (score.py). Nothing is written to the repository: predictions go to $OUT
# (default /tmp/factcheck-eval).
# Usage: tests/eval/checkworthy.sh [--analyze]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${FACTCHECK_SHARED:-../shared}"
gold="$shared/eval/data/checkworthy-dev.jsonl"
out="${OUT:-/tmp/factcheck-eval}"
mkdir -p "$out"

dotnet build src/FactCheck.Cli -c Release -v quiet -nologo
factcheck=artifacts/bin/FactCheck.Cli/release/factcheck

report() {
    python3 "$shared/eval/score.py" "$gold" --pred "$1" --json "${1%.jsonl}-score.json" | grep -v '^records:'
}

echo "== shipped model, on its own training data (optimistic)"
"$factcheck" train-checkworthy --input "$gold" --evaluate-only --predictions "$out/checkworthy-pred.jsonl" | head -1
report "$out/checkworthy-pred.jsonl"

echo "== cross-validated (5 ClaimBuster folds, leave-one-debate-out for CLEF)"
"$factcheck" train-checkworthy --input "$gold" --no-save --cv-predictions "$out/checkworthy-cv.jsonl" > "$out/checkworthy-train.log"
report "$out/checkworthy-cv.jsonl"

if [[ "${1:-}" == "--analyze" ]]; then
    echo "== product path: factcheck analyze --jsonl (engine sentences and clauses, highest claim score)"
    "$factcheck" analyze --jsonl < "$gold" > "$out/checkworthy-analyze.jsonl"
    report "$out/checkworthy-analyze.jsonl"
fi
