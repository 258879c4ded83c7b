#!/usr/bin/env bash
# Runs examples/ against the packed package, as a user gets it: `npm pack`, install the tarball in an
# empty temporary project (its dependencies from the npm cache or the registry), then
#   - examples/schedule.mjs (ESM import) and examples/schedule.cjs (CommonJS require),
#   - the command line: `npx alternance --help` and `--version` from the clean project, `alternance batch`
#     on examples/cohort.csv (shipped in the tarball), and examples/pipeline.sh with the installed
#     `alternance` on the PATH,
#   - the ready-to-use spreadsheet files (dist/gas, dist/excel) and the guides (docs/*.md) installed,
# and checks their output: the same as from the repository (package self-reference to dist/), plus
# fixed values from the test suite (seed 774,77 €, the cohort's 12 statuses).
# Needs a build (`npm run build`); `.ci/run` calls it after its build step.
#   bash scripts/check-examples.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

for file in dist/index.js dist/index.cjs dist/cli.js dist/gas/Code.gs dist/excel/manifest.xml; do
  test -s "$file" || { echo "check-examples: $file is missing, run \`npm run build\` first" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/alternance-examples.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-examples: $*" >&2; exit 1; }

echo "== npm pack"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
test -s "$work/$tarball" || fail "npm pack produced no tarball"
echo "$tarball ($(wc -c <"$work/$tarball") bytes)"

echo "== install the tarball in an empty project"
app="$work/app"
mkdir "$app"
printf '{ "name": "alternance-examples-check", "version": "1.0.0", "private": true }\n' >"$app/package.json"
(cd "$app" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "$work/$tarball" >/dev/null)
test -f "$app/node_modules/alternance/package.json" || fail "alternance is not installed"
# A user installs the library and its two runtime dependencies only: the command line carries the rest
# (csv-parse…) inside dist/cli.js and its chunks, dist/cli/ (docs/cli.md, "Installation légère").
installed="$(cd "$app/node_modules" && ls -d -- */ | tr -d / | sort | tr '\n' ' ')"
[ "$installed" = "alternance decimal.js zod " ] || fail "installed packages: $installed(expected: alternance decimal.js zod)"
echo "installed: $installed"
# The examples run from the temporary project, where "alternance" can only be the installed tarball.
cp examples/schedule.mjs examples/schedule.cjs examples/pipeline.sh "$app/"

# Same output as in the repository, and the expected values.
expect_same() { # name, output in the temporary project, output in the repository
  [ "$2" = "$3" ] || { printf '%s\n--- installed:\n%s\n--- repository:\n%s\n' "$1 differs" "$2" "$3" >&2; exit 1; }
}
expect_contains() { # name, output, expected text
  case "$2" in *"$3"*) ;; *) fail "$1: expected « $3 » in:
$2" ;; esac
}

echo "== ESM: node schedule.mjs"
esm="$(cd "$app" && node schedule.mjs)"
expect_same "schedule.mjs" "$esm" "$(node examples/schedule.mjs)"
expect_contains "schedule.mjs" "$esm" "Éligible : oui (20 ans au début du contrat)"
expect_contains "schedule.mjs" "$esm" "2025-09-01 → 2025-12-31  année 1  18-20     43 %  774.77 €"
echo "$esm"

echo "== CommonJS: node schedule.cjs"
cjs="$(cd "$app" && node schedule.cjs)"
expect_same "schedule.cjs" "$cjs" "$(node examples/schedule.cjs)"
# The CommonJS build gives the ESM build's schedule, period for period.
node -e '
  const periods = JSON.parse(process.argv[1]);
  const lines = process.argv[2].split("\n").slice(1);
  if (periods.length === 0 || periods.length !== lines.length) throw new Error(`${periods.length} periods in CJS, ${lines.length} in ESM`);
  periods.forEach(([from, to, rate, monthly], index) => {
    const expected = `${from} → ${to}`;
    if (!lines[index].startsWith(expected) || !lines[index].includes(` ${rate} %`) || !lines[index].endsWith(`${monthly.toFixed(2)} €`)) {
      throw new Error(`period ${index}: CJS ${JSON.stringify(periods[index])}, ESM « ${lines[index]} »`);
    }
  });
  if (periods[0][3] !== 774.77) throw new Error(`first month ${periods[0][3]}, expected 774.77 (seed example)`);
' "$cjs" "$esm"
echo "$cjs"

echo "== CLI: npx alternance --help, from the clean project"
help="$(cd "$app" && npx --no-install alternance --help)"
expect_contains "alternance --help" "$help" "Usage : alternance <commande> [options]"
echo "$help" | head -n 3

echo "== spreadsheet files and guides installed"
for file in dist/gas/Alternance.gs dist/gas/Code.gs dist/gas/appsscript.json dist/gas/README.md dist/excel/manifest.xml \
  dist/excel/functions.js dist/excel/functions.json dist/excel/functions.html dist/excel/icon-32.png dist/excel/README.md \
  docs/spreadsheets.md docs/pay.md; do
  test -s "$app/node_modules/alternance/$file" || fail "$file is not in the installed package"
done
echo "ok"

echo "== CLI: npx alternance --version"
version="$(cd "$app" && npx --no-install alternance --version)"
[ "$version" = "$(node -p 'require("./package.json").version')" ] || fail "alternance --version printed « $version »"
echo "$version"

echo "== CLI: alternance batch node_modules/alternance/examples/cohort.csv"
status=0
batch="$(cd "$app" && npx --no-install alternance batch node_modules/alternance/examples/cohort.csv 2>"$work/batch.err")" || status=$?
[ "$status" -eq 1 ] || fail "alternance batch exited $status, expected 1 (some rows need a look): $(cat "$work/batch.err")"
expect_contains "batch summary" "$(cat "$work/batch.err")" "12 lignes : 9 conformes, 2 avec règles non respectées, 1 invalide"
# Statuses of examples/cohort.csv, row by row, as in test/cli/batch.test.ts.
node -e '
  const records = process.argv[1].trim().split("\n").map((line) => JSON.parse(line));
  const got = records.map((record) => `${record.id}:${record.status}`).join(" ");
  const expected = "L3I-01:ok L3I-02:ok L3I-03:ok M1-01:ok M1-02:violations M1-03:violations M2-01:ok M2-02:ok M2-03:ok M2-04:ok M2-05:invalid M2-06:ok";
  if (got !== expected) throw new Error(`statuses: ${got}`);
  if (records[0].pay.periods.length === 0) throw new Error("no pay schedule for L3I-01");
' "$batch"
status=0
same="$(node dist/cli.js batch examples/cohort.csv 2>/dev/null)" || status=$?
expect_same "alternance batch" "$batch" "$same"
echo "12 rows, statuses as expected"

echo "== CLI in a pipeline: examples/pipeline.sh with the installed alternance"
pipeline="$(cd "$app" && cp node_modules/alternance/examples/cohort.csv . && PATH="$app/node_modules/.bin:$PATH" bash pipeline.sh 2>&1)"
expect_contains "pipeline.sh" "$pipeline" "exit code: 1"
expect_contains "pipeline.sh" "$pipeline" '"id":"M1-02","status":"violations"'
expect_contains "pipeline.sh" "$pipeline" "2025-09-01 2025-12-31 43% 774.77"
echo "$pipeline" | tail -n 5

echo "examples: ok (ESM, CommonJS, CLI) against $tarball"
