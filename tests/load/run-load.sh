#!/usr/bin/env bash
# Load test of the optimizer service on loopback (not part of CI: it takes about 4 minutes).
# Builds the service and the generator in Release, starts the service on free ports with production-like settings
# (logs at Warning), then runs, each for DURATION seconds (default 60):
#   1. health  : grpc.health.v1.Health/Check at RATE_HEALTH/s (the floor: an RPC that does no work)
#   2. allocate: 20-channel S-curve AllocateBudget at RATE/s (default 2000)
#   3. overload: the same at 4 x RATE/s: the excess must be RESOURCE_EXHAUSTED at once, the rest at normal latency
# and prints throughput, p50, p99, errors and the server's peak RSS for each.
# Usage: tests/load/run-load.sh [RATE] [DURATION]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RATE="${1:-2000}"
DURATION="${2:-60}"
RATE_HEALTH="${RATE_HEALTH:-$RATE}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/Optimizer.Service -c Release -nologo -v:q >/dev/null
dotnet build tests/Optimizer.LoadTest -c Release -nologo -v:q >/dev/null
SERVICE="$ROOT/src/Optimizer.Service/bin/Release/net10.0/linux-x64/Optimizer.Service.dll"
LOADGEN="$ROOT/tests/Optimizer.LoadTest/bin/Release/net10.0/linux-x64/Optimizer.LoadTest.dll"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
run_server() {
  local grpc http
  grpc="$(free_port)"; http="$(free_port)"
  dotnet "$SERVICE" --Kestrel:Endpoints:Grpc:Url="http://127.0.0.1:$grpc" --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$http" \
    --Logging:LogLevel:Default=Warning "$@" >/tmp/optimizer-load-server.log 2>&1 &
  server_pid=$!
  GRPC="http://127.0.0.1:$grpc"
  for _ in $(seq 1 200); do
    curl -sf "http://127.0.0.1:$http/healthz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "server did not start"; cat /tmp/optimizer-load-server.log; exit 1
}
stop_server() { kill -TERM "$server_pid"; wait "$server_pid" || true; }
trap 'kill -TERM "${server_pid:-0}" 2>/dev/null || true' EXIT

echo "== machine: $(nproc) cores, $(dotnet --version) SDK"
for scenario in "health $RATE_HEALTH" "allocate $RATE" "allocate $((RATE * 4))"; do
  set -- $scenario
  run_server
  echo "== $1 at $2/s for ${DURATION}s (server pid $server_pid)"
  dotnet "$LOADGEN" "$GRPC" "$1" "$2" "$DURATION" "$server_pid"
  stop_server
done
