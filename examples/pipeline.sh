#!/usr/bin/env bash
# The command line in a pipeline: check a cohort, keep the rows to fix, and compute one schedule.
#   bash examples/pipeline.sh        (after `npm run build`, or with the package installed)
set -u
cd "$(dirname "$0")"
alternance() { if type -P alternance >/dev/null; then command alternance "$@"; else node ../dist/cli.js "$@"; fi; }

# 1. The whole cohort as CSV for a spreadsheet (written atomically); exit code 1 = some rows need a look.
alternance batch cohort.csv --format csv --out /tmp/cohort-results.csv
echo "exit code: $? (0 = all rows ok, 1 = some rows not ok)"

# 2. Only the rows that are not ok, one JSON object per line.
alternance batch cohort.csv 2>/dev/null | grep -v '"status":"ok"' | cut -c1-160

# 3. One apprentice's minimum pay schedule, as JSON for another program.
alternance pay apprenticeship --birth-date 14/03/2005 --contract-start 01/09/2025 --contract-end 31/08/2027 --format json \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const p of JSON.parse(s).periods)console.log(p.from,p.to,p.ratePercent+"%",p.monthlyMinimum)})'
