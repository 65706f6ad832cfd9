# Starting, measuring and stopping the processes under test; sourced by bench/run.
# Each listens on a free port; its console goes to $work/logs/<name>.log. PIDS and PORTS hold the
# running ones by name, so a scenario starts only what the earlier ones have not.

declare -A PIDS PORTS

say() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
fail() { say "bench/run: $*"; exit 1; }

# A port nothing listens on, from the range the kernel does not hand out as ephemeral ports.
free_port() {
  local port
  while port=$((20000 + RANDOM % 12000)); (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do :; done
  echo "$port"
}

# wait_http URL [seconds]: until URL answers 200, polled every 20 ms, as the start-up figure is taken.
wait_http() {
  local deadline=$((SECONDS + ${2:-600}))  # long: a loaded 2-core machine starts a service in minutes
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1")" = 200 ]; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.02
  done
}

# launch NAME PORT READY_PATH COMMAND...: starts it in the background and waits until it is ready.
launch() {
  local name=$1 port=$2 ready=$3
  shift 3
  mkdir -p "$work/logs"
  "$@" >"$work/logs/$name.log" 2>&1 &
  PIDS[$name]=$!
  PORTS[$name]=$port
  wait_http "http://127.0.0.1:$port$ready" || fail "$name was not ready; see $work/logs/$name.log"
}

# stop NAME [SIGNAL]: as systemd stops a service (SIGTERM, then a wait), or with SIGNAL.
stop() {
  local pid=${PIDS[$1]:-}
  [ -n "$pid" ] || return 0
  kill "-${2:-TERM}" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "PIDS[$1]" "PORTS[$1]"
}
stop_all() { for name in "${!PIDS[@]}"; do stop "$name"; done; }

url() { echo "http://127.0.0.1:${PORTS[$1]}$2"; }

# Overrides that keep this machine's operator files (/etc/<service>/application.yml) out of a run.
no_operator_file() { : >"$work/no-operator-file.yml"; echo "$work/no-operator-file.yml"; }

# The command lines of the services, as ./run-local starts them, on a port given as $1.
model_service_args() { echo "--server.port=$1 --carve.embedded-database.data-directory=$2"; }
gateway_args() {
  # Edge authentication off: the figures are the proxy's and resilience's, not the stand-in's check.
  echo "--server.port=$1 --management.server.port=0 --gateway.auth.mode=none --legacy.base-url=$3" \
    "--spring.cloud.discovery.client.simple.instances.model-service[0].uri=$2"
}

ensure() {
  [ -z "${PIDS[$1]:-}" ] || return 0
  local port
  port=$(free_port)
  case $1 in
    bare) launch bare "$port" /api/v1/models/1 java -jar bench/target/bench.jar --server.port="$port" ;;
    legacy)
      # TCP_NODELAY: else the JDK's HTTP server sends a response's body after its headers only once they
      # are acknowledged, and a proxy's delayed ACK (nginx's) adds 40 ms to every answer.
      launch legacy "$port" /legacy/echo java -Dsun.net.httpserver.nodelay=true \
        gateway-legacy-adapter/src/test/java/io/carve/gateway/legacy/LegacyStandIn.java "$port"
      ;;
    model-service)
      # shellcheck disable=SC2046
      MODEL_SERVICE_CONFIG=$(no_operator_file) launch model-service "$port" /actuator/health/readiness \
        java ${BENCH_JAVA_OPTS:-} -jar model-service/target/model-service.jar $(model_service_args "$port" "$work/model-service-db")
      seed_models
      ;;
    gateway)
      ensure model-service
      ensure legacy
      # shellcheck disable=SC2046
      GATEWAY_LEGACY_ADAPTER_CONFIG=$(no_operator_file) launch gateway "$port" /actuator/health/readiness \
        java ${BENCH_JAVA_OPTS:-} -jar gateway-legacy-adapter/target/gateway-legacy-adapter.jar \
        $(gateway_args "$port" "$(url model-service /)" "$(url legacy /)")
      # The first call sets up the Feign client and its load balancer lazily: no load should time it.
      curl -fs -o /dev/null "$(url gateway /api/custom/1)" && curl -fs -o /dev/null "$(url gateway /api/custom)" ||
        fail "the gateway does not answer /api/custom; see $work/logs/gateway.log"
      ;;
    *) fail "no process named $1" ;;
  esac
}

# 20 models, so that the list is one page of 20; 409 (kept from an earlier run's database) is fine.
seed_models() {
  local i status
  for i in $(seq 1 20); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -d "{\"name\": \"seed-$i\", \"type\": \"USER\"}" "$(url model-service /api/v1/models)")
    [[ $status = 201 || $status = 409 ]] || fail "creating model seed-$i answered $status"
  done
}

# PostgreSQL's server of model-service's data folder and its backends.
postgres_pids() {
  local server
  server=$(head -1 "$work/model-service-db/postmaster.pid" 2>/dev/null) || return 0
  echo "$server" $(pgrep -P "$server")
}

# cpu_ms PID...: the CPU time (user + system, /proc/<pid>/stat fields 14 and 15) they have used, in ms.
cpu_ms() {
  local ticks=0 pid stat
  for pid in "$@"; do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    stat=${stat##*) }   # the command name may hold spaces; fields count from the state after it
    read -r -a fields <<<"$stat"
    ticks=$((ticks + fields[11] + fields[12]))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# The processes whose CPU a request costs, as "label=pid pid..." words for cpu_by.
cpu_of() {
  case $1 in
    bare) echo "bare=${PIDS[bare]}" ;;
    model-service) echo "model-service=${PIDS[model-service]}" "PostgreSQL=$(postgres_pids | tr ' ' ,)" ;;
    gateway) echo "gateway=${PIDS[gateway]}" $(cpu_of model-service) ;;
    gateway-to-legacy) echo "gateway=${PIDS[gateway]}" $(cpu_of legacy) ;;
    nginx) echo "nginx=${PIDS[nginx]},$(pgrep -d, -P "${PIDS[nginx]}")" $(cpu_of legacy) ;;
    *) echo "$1=${PIDS[$1]}" ;;
  esac
}
cpu_by() {
  local entry pids
  for entry in "$@"; do
    pids=${entry#*=}
    echo "${entry%%=*}=$(cpu_ms ${pids//,/ })"
  done
}

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
