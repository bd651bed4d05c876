#!/usr/bin/env bash
# Fuzzes the gRPC surface of the real built service with COUNT cases (default 10,000; CI runs 1,000 with a fixed
# seed): random and mutated optimizer.v1 requests, malformed protobuf and broken gRPC frames. Fails on any
# INTERNAL/UNKNOWN answer (outside deliberately broken frames) or if the server dies. A random seed is used unless
# SEED is given; failing cases print their seed, and the server log is kept in $TMPDIR/optimizer-fuzz-server.log.
# Usage: tests/fuzz/run-fuzz.sh [COUNT] [SEED]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
COUNT="${1:-10000}"
SEED="${2:-$RANDOM$RANDOM}"
echo "fuzzing $COUNT cases from seed $SEED"
dotnet build tests/Optimizer.Service.Tests -nologo -v:q
OPTIMIZER_FUZZ_COUNT="$COUNT" OPTIMIZER_FUZZ_SEED="$SEED" dotnet test tests/Optimizer.Service.Tests --no-build \
  --filter "FullyQualifiedName~GrpcSurfaceFuzzTests" --logger "console;verbosity=detailed"
