#!/usr/bin/env bash
# The one command that runs every test (README). Tests use SQLite unless UTILITYPORTAL_TEST_POSTGRES names a server.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet test UtilityPortal.sln "$@" 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$code"
