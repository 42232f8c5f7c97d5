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

# Build once without any migration, then add all three from that build: each provider's migration depends only on
# the model, not on the others' migrations. Another build in the same tree can hold a file in obj/ for a moment, so
# the build is retried.
for attempt in 1 2 3; do
  if dotnet build src/Domain --nologo -v q -clp:ErrorsOnly; then break; fi
  [ "$attempt" = 3 ] && exit 1
  sleep 5
done

for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add Initial \
    --project src/Domain --startup-project src/Domain \
    --context "${provider}UtilityDbContext" \
    --output-dir "Data/Migrations/$provider" \
    --namespace "UtilityPortal.Domain.Data.Migrations.$provider" \
    --no-build
done

dotnet build src/Domain --nologo -v q -clp:ErrorsOnly
echo "Regenerated: $(ls "$migrations"/*/*_Initial.cs | tr '\n' ' ')"
