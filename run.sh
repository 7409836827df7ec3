#!/usr/bin/env bash
# Runs the whole portal on this machine: installs what is missing, builds once, starts every resource.
# The portal opens at http://127.0.0.1:${PORTAL_PORT:-8080}; Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_prerequisites

dotnet build OutsourcingPortal.sln --nologo -v quiet
exec dotnet run --project AppHost --no-build
