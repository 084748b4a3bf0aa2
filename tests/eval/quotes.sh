#!/usr/bin/env bash
# Scores the engine's quotes and speakers on the development data in ../shared/eval (PolNeAR paragraphs).
# Whole-article mode: the paragraphs of one article are joined with "\n" in paragraph order, analysed as one
# text, and the quotes mapped back to their paragraphs (`factcheck analyze --jsonl --articles`).
# Prints the scorer's report for all records, then for the PolNeAR `dev` part alone.
# Nothing is written to the repository: predictions go to $OUT (default /tmp/factcheck-eval).
# Usage: tests/eval/quotes.sh [extra options for `factcheck analyze`, e.g. --speaker Name]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${FACTCHECK_SHARED:-../shared}"
gold="$shared/eval/data/quotes-dev.jsonl"
out="${OUT:-/tmp/factcheck-eval}"
mkdir -p "$out"

dotnet build src/FactCheck.Cli -c Release -v quiet -nologo
factcheck=artifacts/bin/FactCheck.Cli/release/factcheck

"$factcheck" analyze --jsonl --articles "$@" < "$gold" > "$out/quotes-pred.jsonl"
echo "== all records (PolNeAR train + dev)"
python3 "$shared/eval/score.py" "$gold" --pred "$out/quotes-pred.jsonl" --json "$out/quotes-score.json"
grep -F '"id": "polnear:dev:' "$gold" > "$out/quotes-gold-dev.jsonl"
echo "== PolNeAR dev part only"
python3 "$shared/eval/score.py" "$out/quotes-gold-dev.jsonl" --pred "$out/quotes-pred.jsonl" | grep -v '^records:'
