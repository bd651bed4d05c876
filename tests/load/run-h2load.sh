#!/usr/bin/env bash
# Fixed-rate load with h2load (Debian's nghttp2-client; installed if missing) against the built Release service on
# loopback. Runs, DURATION seconds each (default 60): the health check at HEALTH_RATE/s (the floor), the
# 20-channel S-curve AllocateBudget at RATE/s, and the same at 4 x RATE/s (overload). h2load sees gRPC errors as
# HTTP 200, so the solves actually run are read from the service's /metrics (optimizer_solve_* counters): the
# calls beyond them were refused with RESOURCE_EXHAUSTED. Prints throughput, latency, errors and peak RSS.
# Usage: tests/load/run-h2load.sh [RATE] [DURATION] [HEALTH_RATE]   (not part of CI: about 3.5 minutes)
# Environment: ONLY="health allocate overload" (the runs to do), SERVER_ARGS="--Optimizer:Limits:...=..." (extra
# settings for the service), PROBE_RATE (e.g. 100: calls/s of a C# probe run beside the overload run that reports
# client-side latency per gRPC status; off by default, as it slows h2load's run); DOTNET_* variables are passed to
# the service as usual.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RATE="${1:-2000}"
DURATION="${2:-60}"
HEALTH_RATE="${3:-2000}"
CLIENTS=20
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v h2load >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nghttp2-client >/dev/null; }

dotnet build src/Optimizer.Service -c Release -nologo -v:q >/dev/null
dotnet build tests/Optimizer.LoadTest -c Release -nologo -v:q >/dev/null
SERVICE="$ROOT/src/Optimizer.Service/bin/Release/net10.0/linux-x64/Optimizer.Service.dll"
WORK="$(mktemp -d)"
dotnet "$ROOT/tests/Optimizer.LoadTest/bin/Release/net10.0/linux-x64/Optimizer.LoadTest.dll" frame "$WORK/allocate.bin"
printf '\x00\x00\x00\x00\x00' >"$WORK/health.bin"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
solves() { curl -sf "$HTTP/metrics" | awk '/^optimizer_solve_count/{s+=$NF} END{print s+0}'; }
# Server-side latency per gRPC status, from the difference of two /metrics snapshots of http_server_request_duration
# (tagged rpc_grpc_status_code by the service): calls, share within 5 / 10 / 25 ms, and p50 / p99 interpolated
# inside their histogram bucket (as Prometheus' histogram_quantile does). Time from the server reading the request
# to its answer, so it excludes the client and the network: h2load's figures above include them, for all calls.
per_status() { python3 - "$1" "$2" "$3" <<'PY'
import re, sys
route, before, after = sys.argv[1], open(sys.argv[2]).read(), open(sys.argv[3]).read()
def buckets(text):
    out = {}
    for m in re.finditer(r'^http_server_request_duration_seconds_bucket\{([^}]*)\} (\S+)', text, re.M):
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        if labels.get("http_route") != route or "rpc_grpc_status_code" not in labels: continue
        le = float("inf") if labels["le"] == "+Inf" else float(labels["le"])
        out.setdefault(labels["rpc_grpc_status_code"], {})[le] = float(m.group(2))
    return out
b, a = buckets(before), buckets(after)
names = {"0": "OK", "4": "DEADLINE_EXCEEDED", "8": "RESOURCE_EXHAUSTED", "14": "UNAVAILABLE"}
for code in sorted(a, key=int):
    cum = sorted((le, a[code][le] - b.get(code, {}).get(le, 0)) for le in a[code])
    total = cum[-1][1]
    if total <= 0: continue
    def share(x): return next((c for le, c in cum if le >= x), total) / total
    def q(p):
        lo_le, lo_c = 0.0, 0.0
        for le, c in cum:
            if c >= p * total:
                if le == float("inf"): return float("inf")
                return 1000 * (lo_le + (le - lo_le) * (p * total - lo_c) / max(c - lo_c, 1e-9))
            lo_le, lo_c = le, c
    print(f"  server side, {names.get(code, code)}: {int(total)} calls, within 5/10/25 ms {share(0.005):.1%}/{share(0.01):.1%}/{share(0.025):.1%}, p50 {q(0.5):.2f} ms, p99 {q(0.99):.2f} ms")
PY
}
run() { # name path rate [probe-rate]
  local grpc http total per_client
  grpc="$(free_port)"; http="$(free_port)"; HTTP="http://127.0.0.1:$http"
  dotnet "$SERVICE" --Kestrel:Endpoints:Grpc:Url="http://127.0.0.1:$grpc" --Kestrel:Endpoints:Http:Url="$HTTP" \
    --Logging:LogLevel:Default=Warning ${SERVER_ARGS:-} >"$WORK/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 200); do curl -sf "$HTTP/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  local probe=""
  if [[ -n "${4:-}" ]]; then
    # The probe: the C# runner sends the same request at a low rate beside h2load and reports client-side latency per
    # gRPC status (served and refused apart), which h2load cannot. It starts with the warm-up below and discards its
    # own first 5 s, so its start-up work falls outside the measured window.
    dotnet "$ROOT/tests/Optimizer.LoadTest/bin/Release/net10.0/linux-x64/Optimizer.LoadTest.dll" "http://127.0.0.1:$grpc" \
      allocate "$4" "$((DURATION - 2))" - 5 >"$WORK/probe.log" 2>&1 &
    probe=$!
  fi
  # Warm-up: 5 s at the measured rate (a fresh process recompiles its hot code in its first seconds under load).
  h2load -n "$(($3 * 5))" -c "$CLIENTS" -m 16 --rps "$(($3 / CLIENTS))" -H 'content-type: application/grpc' -H 'te: trailers' -d "$2" "http://127.0.0.1:$grpc$1" >/dev/null
  local before; before="$(solves)"; curl -sf "$HTTP/metrics" >"$WORK/metrics.before"
  rm -f "$WORK/latency.log"
  total=$(($3 * DURATION)); per_client=$(($3 / CLIENTS))
  echo "== $1 at $3/s for ${DURATION}s ($CLIENTS connections x $per_client/s)"
  h2load -n "$total" -c "$CLIENTS" -m 16 --rps "$per_client" --log-file="$WORK/latency.log" -H 'content-type: application/grpc' \
    -H 'te: trailers' -d "$2" "http://127.0.0.1:$grpc$1" | grep -E 'finished in|requests:|status codes'
  sort -n -k3 "$WORK/latency.log" | awk '{a[NR]=$3} END{printf "latency (%d calls): p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", NR, a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000, a[NR]/1000}'
  local after; after="$(solves)"; curl -sf "$HTTP/metrics" >"$WORK/metrics.after"
  echo "solves run by the server: $((after - before)) of $total calls (the rest: RESOURCE_EXHAUSTED or not an AllocateBudget)"
  per_status "$1" "$WORK/metrics.before" "$WORK/metrics.after"
  if [[ -n "$probe" ]]; then
    wait "$probe" || true
    echo "  probe, $4 calls/s beside h2load, latency seen by the client per gRPC status:"; sed 's/^/    /' "$WORK/probe.log"
  fi
  echo "server peak RSS: $(awk '/VmHWM/{printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
  kill -TERM "$pid"; wait "$pid" || true
}
echo "== machine: $(nproc) cores, .NET SDK $(dotnet --version), $(h2load --version | head -1)"
ONLY="${ONLY:-health allocate overload}"
[[ " $ONLY " == *" health "* ]] && run /grpc.health.v1.Health/Check "$WORK/health.bin" "$HEALTH_RATE"
[[ " $ONLY " == *" allocate "* ]] && run /optimizer.v1.AllocationService/AllocateBudget "$WORK/allocate.bin" "$RATE"
[[ " $ONLY " == *" overload "* ]] && run /optimizer.v1.AllocationService/AllocateBudget "$WORK/allocate.bin" $((RATE * 4)) "${PROBE_RATE:-}"
exit 0
