#!/usr/bin/env bash
# Deletes and regenerates the one "Initial" migration of each database provider (SQLite, PostgreSQL, SQL Server).
# Run it after changing an entity or its configuration, while the model is still moving and nothing is deployed:
#   scripts/regenerate-migrations.sh
# It uses the local dotnet-ef tool from .config/dotnet-tools.json and the design-time factories in
# src/Domain/Data/DesignTimeFactories.cs; no database server is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null

migrations=src/Domain/Data/Migrations
rm -rf "$migrations/Sqlite" "$migrations/Postgres" "$migrations/SqlServer"

# Each `migrations add` builds the project first: it must not see the deleted snapshots (with --no-build a stale
# assembly still holds them, and EF writes a "diff" migration instead of Initial). Another build in the same tree can
# hold a file in obj/ for a moment, so each step is retried.
# No --namespace: the output folder already gives UtilityPortal.Domain.Data.Migrations.<Provider>, and with
# --namespace dotnet-ef 10 writes the model snapshot to src/Domain/UtilityPortal/Domain/... instead of beside the
# migration, which breaks the next regeneration.
for provider in Sqlite Postgres SqlServer; do
  for attempt in 1 2 3; do
    if dotnet ef migrations add Initial \
      --project src/Domain --startup-project src/Domain \
      --context "${provider}UtilityDbContext" \
      --output-dir "Data/Migrations/$provider"; then
      break
    fi
    [ "$attempt" = 3 ] && exit 1
    rm -rf "${migrations:?}/$provider"
    sleep 5
  done
done

if [ -d src/Domain/UtilityPortal ] || [ "$(ls "$migrations"/*/*_Initial.cs | wc -l)" != 3 ] \
  || [ "$(ls "$migrations"/*/*ModelSnapshot.cs | wc -l)" != 3 ]; then
  echo "Unexpected migration output; check src/Domain/Data/Migrations" >&2
  exit 1
fi

dotnet build src/Domain --nologo -v q -clp:ErrorsOnly
echo "Regenerated: $(ls "$migrations"/*/*_Initial.cs | tr '\n' ' ')"
