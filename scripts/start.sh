#!/usr/bin/env bash
# Starts both sites on the embedded SQLite database with the demo city (README "Quick start").
# The BackOffice starts first and creates, migrates and seeds data/utilityportal.db; then the Portal joins it.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet build UtilityPortal.sln -v quiet -nologo

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

wait_for() {
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "$1 did not answer within 4 minutes" >&2
  return 1
}

dotnet run --no-build --no-launch-profile --project src/BackOffice --urls http://localhost:5090 &
pids+=($!)
wait_for http://localhost:5090/Account/Login
dotnet run --no-build --no-launch-profile --project src/Portal --urls http://localhost:5080 &
pids+=($!)
wait_for http://localhost:5080/

cat <<TXT

  UtilityPortal is running on the demo city (SQLite: data/utilityportal.db)
    Portal      http://localhost:5080     resident@example.com / Demo-pass-2026!
    BackOffice  http://localhost:5090     specialist1@example.com / Demo-pass-2026!  (see README for all logins)
    GraphQL     http://localhost:5080/graphql and http://localhost:5090/graphql
  Press Ctrl+C to stop both.

TXT
wait -n "${pids[@]}"
