#!/usr/bin/env bash
# Runs every test suite against real PostgreSQL, Redis and Chromium; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_prerequisites --for-tests || exit 1

dotnet build OutsourcingPortal.sln --nologo -v quiet || exit 1

log=$(mktemp)
dotnet test OutsourcingPortal.sln --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed:     0, Passed:    19, Skipped: …"
read -r assemblies passed failed < <(awk '
  /^(Passed|Failed)! / {
    assemblies++
    if (match($0, /Failed: +[0-9]+/)) { split(substr($0, RSTART, RLENGTH), f, / +/); failed += f[2] }
    if (match($0, /Passed: +[0-9]+/)) { split(substr($0, RSTART, RLENGTH), p, / +/); passed += p[2] }
  }
  END { print assemblies + 0, passed + 0, failed + 0 }' "$log")
rm -f "$log"
if [ "$assemblies" -eq 0 ]; then
  echo "No test assembly reported a result." >&2
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
