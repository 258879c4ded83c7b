#!/usr/bin/env bash
# Runs examples/python/check_contract.py (Python, standard library only) against the real server: starts
# `node dist/cli.js serve --port 0` in the background (a free port of 127.0.0.1, read from the line it
# announces), waits for GET /healthz, then checks the example's output and exit code:
#   - the MIAGE contract written in the example (the same as examples/contract-miage.json), the address
#     from ALTERNANCE_URL: « Contrat conforme. », exit 0;
#   - the same contract with 960 € agreed in the first year, the address as argument: the two rules not
#     met with their article, exit 1;
#   - an invalid date: the problem+json 400 read, each field in cause, exit 2;
#   - the server stopped: « serveur injoignable », exit 2.
# The server is always stopped (trap), whatever happens. Needs a build (`npm run build`) and python3;
# `.ci/run` calls it after its build step.
#   bash scripts/check-python-example.sh
set -euo pipefail
cd "$(dirname "$0")/.."

test -s dist/cli.js || { echo "check-python-example: dist/cli.js is missing, run \`npm run build\` first" >&2; exit 1; }
command -v python3 >/dev/null || { echo "check-python-example: python3 is missing (Debian: apt-get install python3)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/alternance-python.XXXXXX")"
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  server=""
}
trap 'stop_server; rm -rf "$work"' EXIT
fail() { echo "check-python-example: $*" >&2; exit 1; }
expect_contains() { # name, text, expected part
  case "$2" in *"$3"*) ;; *) fail "$1: expected « $3 » in:
$2" ;; esac
}
# Runs the example; sets `out` (stdout and stderr) and `status` (its exit code).
run_example() {
  status=0
  out="$(python3 examples/python/check_contract.py "$@" 2>&1)" || status=$?
}

echo "== python3 $(python3 -c 'import sys; print(sys.version.split()[0])'), the example embeds examples/contract-miage.json"
python3 - <<'EOF' || fail "the contract written in check_contract.py differs from examples/contract-miage.json"
import json, sys
sys.path.insert(0, "examples/python")
import check_contract
with open("examples/contract-miage.json", encoding="utf-8") as file:
    sys.exit(0 if check_contract.MIAGE_CONTRACT == json.load(file) else 1)
EOF

echo "== node dist/cli.js serve --port 0"
node dist/cli.js serve --port 0 --quiet 2>"$work/server.log" &
server=$!
url=""
for _ in $(seq 1 300); do # up to 30 s on a loaded machine
  kill -0 "$server" 2>/dev/null || fail "the server stopped: $(cat "$work/server.log")"
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -n 1 || true)"
  if [ -n "$url" ] && node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/healthz"; then break; fi
  url=""
  sleep 0.1
done
[ -n "$url" ] || fail "no answer on /healthz after 30 s: $(cat "$work/server.log")"
echo "listening on $url"

echo "== the MIAGE contract (ALTERNANCE_URL): valid, exit 0"
ALTERNANCE_URL="$url" run_example
echo "$out"
[ "$status" -eq 0 ] || fail "exit $status, expected 0"
expect_contains "MIAGE" "$out" "Contrat conforme."

echo "== 960 € agreed in the first year (URL as argument): two rules not met, exit 1"
python3 - "$work/underpaid.json" <<'EOF'
import json, sys
with open("examples/contract-miage.json", encoding="utf-8") as file:
    contract = json.load(file)
contract["contract"]["agreedMonthlyPay"][0]["amount"] = 960
with open(sys.argv[1], "w", encoding="utf-8") as file:
    json.dump(contract, file)
EOF
run_example "$url" --contract "$work/underpaid.json"
echo "$out"
[ "$status" -eq 1 ] || fail "exit $status, expected 1"
expect_contains "underpaid" "$out" "Contrat non conforme : 2 règles non respectées."
expect_contains "underpaid" "$out" "✗ [PAY_BELOW_MINIMUM] Rémunération convenue n° 1 (du 2025-09-04 au 2026-09-03) : 960,00 € par mois, inférieure au minimum de 966,21 €"
expect_contains "underpaid" "$out" "base légale : C. trav. art. R6222-4 ; C. trav. art. D6222-26"
expect_contains "underpaid" "$out" "champ : contract.agreedMonthlyPay[0].amount"

echo "== an invalid date: the problem+json 400 read, exit 2"
printf '%s\n' '{"apprentice":{"birthDate":"2004-02-30"}}' >"$work/invalid.json"
run_example "$url" --contract "$work/invalid.json"
echo "$out"
[ "$status" -eq 2 ] || fail "exit $status, expected 2"
expect_contains "invalid" "$out" "Erreur : HTTP 400 INVALID_INPUT (Bad Request)"
expect_contains "invalid" "$out" "  - apprentice.birthDate : date invalide « 2004-02-30 »"
expect_contains "invalid" "$out" "  - training : champ obligatoire manquant"

echo "== the server stopped: unreachable, exit 2"
stop_server
run_example "$url"
echo "$out"
[ "$status" -eq 2 ] || fail "exit $status, expected 2"
expect_contains "stopped" "$out" "Erreur : serveur injoignable à $url"

echo "the Python example passed against alternance serve"
