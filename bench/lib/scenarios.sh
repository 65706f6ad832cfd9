# The scenarios of bench/run, one function each; bench/README.md says what each measures.

# half_load NAME URL RATE: paced on 16 connections, far more than the few requests in flight.
half_load() {
  load "$2" 16 "$seconds" rate="$3"
  put "$scenario" "$1" half-load-rps "${W[rps]}"
  local p
  for p in p50 p90 p99 p999; do put "$scenario" "$1" "$p-ms" "$(ms "${W[$p]}")"; done
}

# percentiles FILE NAME...: the latency picture's data, one column per subject, from put's figures.
percentiles() {
  local file=$1 p name line
  shift
  { echo "percentile $*"
    for p in p50 p90 p99 p999; do
      line=${p/p999/p99.9}
      for name in "$@"; do line+=" $(get "$scenario/$name/$p-ms")"; done
      echo "$line"
    done; } >"$out/$file.dat"
}

# cpu_text NAME: the CPU figures of NAME's saturation, put, and as text in CPU_TEXT (not echoed: put
# in a subshell would be lost).
cpu_text() {
  local key
  CPU_TEXT=""
  for key in $(printf '%s\n' "${!CPU[@]}" | sort); do
    [[ $key = "$1/"* ]] || continue
    CPU_TEXT+="${CPU_TEXT:+, }${key#*/} ${CPU[$key]}"
    put "$scenario" "$1" "cpu-${key#*/}" "${CPU[$key]}"
  done
}

warm() { local entry; for entry in "$@"; do IFS='|' read -r _ u _ <<<"$entry"; load "$u" 32 "$warmup"; done; }

scenario_reads() {
  ensure bare
  ensure gateway
  local reads=(
    "bare-get|$(url bare /api/v1/models/1)|bare|bare Spring MVC app (the floor)|GET /api/v1/models/1"
    "direct-get|$(url model-service /api/v1/models/1)|model-service|model-service|GET /api/v1/models/1"
    "direct-list|$(url model-service '/api/v1/models?page=0&size=100')|model-service|model-service|GET /api/v1/models?page=0&size=100 (20)"
    "gateway-get|$(url gateway /api/custom/1)|gateway|gateway, then model-service|GET /api/custom/1"
    "gateway-list|$(url gateway /api/custom)|gateway|gateway, then model-service|GET /api/custom (20 items)"
  )
  warm "${reads[@]}"
  saturate $(((seconds + rounds - 1) / rounds)) "${reads[@]}"
  md "## Reads" "" "Saturation: 32 connections, ${rounds} rounds taking turns. Half load: paced at half of that on 16 connections." \
    "CPU: ms per request of each process on the path, at saturation (PostgreSQL: its server and backends)." "" \
    "| endpoint | served by | saturation req/s | half load req/s | p50 ms | p99 ms | CPU ms per request |" "|---|---|---|---|---|---|---|"
  local entry name u who label
  for entry in "${reads[@]}"; do
    IFS='|' read -r name u _ who label <<<"$entry"
    put reads "$name" saturation-rps "${SAT[$name]}"
    half_load "$name" "$u" "$(calc "${SAT[$name]} / 2")"
    cpu_text "$name"
    row " \`$label\` " " $who " " ${SAT[$name]} " " ${W[rps]} " " $(get "reads/$name/p50-ms") " " $(get "reads/$name/p99-ms") " " $CPU_TEXT "
    say "  $name: ${SAT[$name]} req/s; p50 $(get "reads/$name/p50-ms") ms at half load"
  done
  # The hop: model-service alone paced at the gateway's half-load rate, so both latencies are at one load.
  md "" "| read | gateway / direct req/s | paced at req/s | gateway p50 ms | direct p50 ms | added p50 ms |" "|---|---|---|---|---|---|"
  local kind rate
  for kind in get list; do
    rate=$(calc "${SAT[gateway-$kind]} / 2")
    half_load "direct-$kind-at-gateway-rate" "$(echo "${reads[@]}" | tr ' ' '\n' | grep "^direct-$kind|" | cut -d'|' -f2)" "$rate"
    put reads "gateway-$kind" ratio-to-direct "$(calc "${SAT[gateway-$kind]} / ${SAT[direct-$kind]}")"
    put reads "gateway-$kind" added-p50-ms "$(calc "$(get "reads/gateway-$kind/p50-ms") - $(get "reads/direct-$kind-at-gateway-rate/p50-ms")")"
    row " $kind " " $(get "reads/gateway-$kind/ratio-to-direct") " " $rate " " $(get "reads/gateway-$kind/p50-ms") " \
      " $(get "reads/direct-$kind-at-gateway-rate/p50-ms") " " $(get "reads/gateway-$kind/added-p50-ms") "
  done
  put reads direct-get ratio-to-bare "$(calc "${SAT[direct-get]} / ${SAT[bare-get]}")"
  md "" "model-service / bare endpoint, GET by id: $(get reads/direct-get/ratio-to-bare)x." ""
  percentiles reads-latency direct-get-at-gateway-rate gateway-get direct-list-at-gateway-rate gateway-list
}

# nginx as the same reverse proxy as the gateway's legacy route: keepalive to the upstream, HTTP/1.1.
start_nginx() {
  local port dir=$work/nginx
  port=$(free_port)
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
error_log $work/logs/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/body; proxy_temp_path $dir/proxy; fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
  upstream legacy { server 127.0.0.1:${PORTS[legacy]}; keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://legacy;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
CONF
  launch nginx "$port" /legacy/echo nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;'
}

scenario_legacy() {
  ensure gateway
  [ -n "${PIDS[nginx]:-}" ] || start_nginx
  local subjects=(
    "direct|$(url legacy /legacy/echo)|legacy|the stand-in monolith, directly"
    "gateway|$(url gateway /legacy/echo)|gateway-to-legacy|the gateway, then the stand-in"
    "nginx|$(url nginx /legacy/echo)|nginx|nginx, then the stand-in"
  )
  warm "${subjects[@]}"
  saturate $(((seconds + rounds - 1) / rounds)) "${subjects[@]}"
  local rate entry name u who
  rate=$(calc "${SAT[gateway]} / 2")
  md "## Legacy pass-through" "" "GET /legacy/echo. Saturation as for the reads; latency of each paced at half the gateway's saturation ($rate req/s)." "" \
    "| served by | saturation req/s | ratio to direct | p50 ms | p99 ms | p99.9 ms | CPU ms per request |" "|---|---|---|---|---|---|---|"
  for entry in "${subjects[@]}"; do
    IFS='|' read -r name u _ who <<<"$entry"
    put legacy "$name" saturation-rps "${SAT[$name]}"
    put legacy "$name" ratio-to-direct "$(calc "${SAT[$name]} / ${SAT[direct]}")"
    half_load "$name" "$u" "$rate"
    cpu_text "$name"
    row " $who " " ${SAT[$name]} " " $(get "legacy/$name/ratio-to-direct") " " $(get "legacy/$name/p50-ms") " \
      " $(get "legacy/$name/p99-ms") " " $(get "legacy/$name/p999-ms") " " $CPU_TEXT "
  done
  md ""
  percentiles legacy-latency direct gateway nginx
}

# Per-second figures of the per-request log: "second count 503s p50 p99 max" (ms); second 1 is the
# first after the kill, 0 and below before it; "2..N" all of seconds 2 and after, as one.
per_second() {
  awk -v kill="$2" '{ s = int(($1 - kill) / 1000 + ($1 >= kill)); print s, $2, $3; if (s >= 2) print 999, $2, $3 }' "$1".* |
    sort -k1,1n -k2,2n |
    awk 'function flush() { if (n) printf "%s %d %d %.3g %.3g %.3g\n", (s == 999 ? "2..N" : s), n, e, l[int(n * 0.5 + 0.5)] / 1000, l[int(n * 0.99 + 0.5)] / 1000, l[n] / 1000 }
      $1 != s { flush(); s = $1; n = 0; e = 0 } { l[++n] = $2; if ($3 == 503) e++ } END { flush() }'
}

scenario_fail_fast() {
  ensure gateway
  local rate before=3 log=$work/fail-fast/answers kill_ms
  rate=$(get reads/gateway-get/saturation-rps)
  if [ -z "$rate" ]; then saturate "$seconds" "gateway-get|$(url gateway /api/custom/1)|gateway"; rate=${SAT[gateway-get]}; fi
  rate=$(calc "$rate / 2")
  mkdir -p "$work/fail-fast"
  load "$(url gateway /api/custom/1)" 16 "$warmup" rate="$rate"
  say "  paced at $rate req/s; SIGKILL to model-service after ${before}s"
  load "$(url gateway /api/custom/1)" 8 $((before + seconds)) rate="$rate" log="$log" &
  local wrk_pid=$!
  sleep "$before"
  kill_ms=$(($(date +%s%N) / 1000000))
  stop model-service KILL
  wait "$wrk_pid"
  # SIGKILL left its embedded PostgreSQL behind; a later ensure model-service starts it again.
  kill "$(head -1 "$work/model-service-db/postmaster.pid")" 2>/dev/null || true
  per_second "$log" "$kill_ms" >"$out/fail-fast.dat"
  md "## Fail-fast" "" "GET /api/custom/1 through the gateway paced at $rate req/s (half its saturation) on 8 connections;" \
    "model-service killed (SIGKILL) ${before} s in. Figures of the answers to requests sent in each second after the kill." "" \
    "| seconds after the kill | answers | of them 503 | p50 ms | p99 ms | max ms |" "|---|---|---|---|---|---|"
  local second n e p50 p99 max
  while read -r second n e p50 p99 max; do
    case $second in 1 | 2..N) ;; *) continue ;; esac
    row " ${second/1/first} " " $n " " $e " " $p50 " " $p99 " " $max "
    put fail-fast "seconds-${second/../-to-}" p99-ms "$p99"
    put fail-fast "seconds-${second/../-to-}" answers-503 "$e"
  done <"$out/fail-fast.dat"
  md ""
}

scenario_slow_upstream() {
  ensure legacy
  local port callers limit=2000
  port=$(free_port)
  launch slow-upstream "$port" /api/v1/models/1 "$java25/bin/java" -jar bench/target/bench.jar --server.port="$port" \
    --bare.delay=100ms --spring.threads.virtual.enabled=true --server.tomcat.accept-count=$limit
  port=$(free_port)
  # Bulkhead, client pool and accept queue opened, so that the limit measured is the gateway's own.
  # shellcheck disable=SC2046
  GATEWAY_LEGACY_ADAPTER_CONFIG=$(no_operator_file) launch slow-gateway "$port" /actuator/health/readiness \
    "$java25/bin/java" -jar gateway-legacy-adapter/target/gateway-legacy-adapter.jar \
    $(gateway_args "$port" "$(url slow-upstream /)" "$(url legacy /)") --spring.threads.virtual.enabled=true \
    --resilience4j.bulkhead.instances.model-service.max-concurrent-calls=$limit --server.tomcat.accept-count=$limit \
    --spring.cloud.openfeign.httpclient.max-connections=$limit --spring.cloud.openfeign.httpclient.max-connections-per-route=$limit
  curl -fs -o /dev/null "$(url slow-gateway /api/custom/1)" || fail "the slow upstream's gateway does not answer"
  md "## Slow upstream (100 ms)" "" "The gateway on JDK 25 with virtual threads in front of the bare app answering after 100 ms;" \
    "N connections, each sending again once answered. Ideal: N / 0.1 s." "" \
    "| callers | req/s | ideal req/s | share of ideal | p50 ms | p99 ms | errors |" "|---|---|---|---|---|---|---|"
  : >"$out/slow-upstream.dat"
  for callers in 50 200 500 1000; do
    load "$(url slow-gateway /api/custom/1)" "$callers" "$warmup"
    load "$(url slow-gateway /api/custom/1)" "$callers" "$seconds"
    put slow-upstream "$callers" rps "${W[rps]}"
    put slow-upstream "$callers" share-of-ideal "$(calc "${W[rps]} / ($callers * 10)")"
    row " $callers " " ${W[rps]} " " $((callers * 10)) " " $(get "slow-upstream/$callers/share-of-ideal") " " $(ms "${W[p50]}") " \
      " $(ms "${W[p99]}") " " $((W[errors] + W[non2xx])) "
    echo "$callers ${W[rps]} $((callers * 10))" >>"$out/slow-upstream.dat"
    say "  $callers callers: ${W[rps]} req/s"
  done
  md ""
  stop slow-gateway
  stop slow-upstream
}

# The .deb's launcher, unpacked; SERVICE_HOME, SERVICE_DEFAULTS and SERVICE_CACHE point it into the tree.
launcher() {
  local service=$1 root=$work/startup/$1-root
  rm -rf "$root"
  dpkg-deb -x "$(ls "$service"/target/"${service}"_*.deb | tail -1)" "$root"
  echo "$root/usr/bin/$service"
}

scenario_startup() {
  ensure model-service
  ensure legacy
  md "## Start-up and memory" "" "Launch until /actuator/health/readiness answers 200, median of ${starts} starts taking turns (hyperfine; one untimed" \
    "start first, which trains the class archive where the launcher makes one: CDS on JDK 17, the AOT cache on JDK 25); model-service" \
    "on an existing database. RSS: VmRSS of the JVM after ${rss_warmup} s of load (model-service's PostgreSQL not counted)." "" \
    "| service | JDK | started by | ready s (median) | ratio to java -jar | RSS MiB after warm-up |" "|---|---|---|---|---|---|"
  local jdk service
  for jdk in 17 25; do
    for service in model-service gateway-legacy-adapter; do
      startup "$service" "$jdk"
    done
  done
  md ""
}

# startup SERVICE JDK: its starts both ways on that JDK (17: the java on the PATH), figures under
# the subject SERVICE (JDK 17) or SERVICE-jdk25.
startup() {
  local service=$1 jdk=$2 subject=$1 java=java java_home="" port args warm_path jar_cmd launcher_cmd way
  if [ "$jdk" = 25 ]; then subject=$service-jdk25 java=$java25/bin/java java_home=$java25; fi
  mkdir -p "$work/startup"
  port=$(free_port)
  if [ "$service" = model-service ]; then
    args=$(model_service_args "$port" "$work/startup/db") warm_path="/api/v1/models?page=0&size=100"
  else
    args=$(gateway_args "$port" "$(url model-service /)" "$(url legacy /)") warm_path=/api/custom/1
  fi
  export SERVICE_HOME=$work/startup/$service-root/usr/share/$service SERVICE_DEFAULTS=$work/startup/$service-root/etc/default/$service \
    SERVICE_CACHE=$work/startup/$service-cache MODEL_SERVICE_CONFIG=$(no_operator_file) GATEWAY_LEGACY_ADAPTER_CONFIG=$(no_operator_file)
  jar_cmd="$java -jar $service/target/$service.jar $args"
  launcher_cmd="env ${java_home:+JAVA_HOME=$java_home} $(launcher "$service") $args"
  local ready="$bench/lib/wait-ready $work/startup/pid http://127.0.0.1:$port/actuator/health/readiness $work/logs/$subject-startup.log"
  # One start of each way per round, in turn, as the reads take turns, the first way alternating so
  # that neither always follows the other; the first round adds one untimed start of each (it
  # trains what the launcher trains at first start).
  local round warm=(--warmup 1) ways
  for round in $(seq 1 "$starts"); do
    ways=(-n java-jar "$ready $jar_cmd" -n launcher "$ready $launcher_cmd")
    [ $((round % 2)) = 1 ] || ways=("${ways[@]:3:3}" "${ways[@]:0:3}")
    hyperfine -N --style basic "${warm[@]}" --runs 1 --prepare "$bench/lib/wait-ready --stopped $work/startup/pid" \
      --export-csv "$work/startup/$subject-$round.csv" "${ways[@]}" >&2
    "$bench/lib/wait-ready" --stopped "$work/startup/pid"
    warm=()
  done
  for way in java-jar launcher; do
    put startup "$subject" "$way-ready-s" "$(awk -F, -v n=$way '$1 == n { print $4 }' "$work/startup/$subject"-*.csv |
      sort -n | awk '{ t[NR] = $1 } END { printf "%.3g", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }')"
    # shellcheck disable=SC2086
    launch "$subject-$way" "$port" /actuator/health/readiness $([ $way = java-jar ] && echo "$jar_cmd" || echo "$launcher_cmd")
    load "$(url "$subject-$way" "$warm_path")" 16 "$rss_warmup" >/dev/null
    put startup "$subject" "$way-rss-mib" "$(rss_mib "${PIDS[$subject-$way]}")"
    stop "$subject-$way"
  done
  put startup "$subject" ratio "$(calc "$(get "startup/$subject/launcher-ready-s") / $(get "startup/$subject/java-jar-ready-s")")"
  row " $service " " $jdk " " \`java -jar\` " " $(get "startup/$subject/java-jar-ready-s") " " 1 " " $(get "startup/$subject/java-jar-rss-mib") "
  row " $service " " $jdk " " the .deb's launcher " " $(get "startup/$subject/launcher-ready-s") " " $(get "startup/$subject/ratio") " \
    " $(get "startup/$subject/launcher-rss-mib") "
}
