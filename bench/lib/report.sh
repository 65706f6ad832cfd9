# results.md (to read), results.tsv (scenario, subject, metric, value: to compare runs with a
# script) and the plots; sourced by bench/run. Scenarios add sections with md and figures with put.

declare -A V
md() { printf '%s\n' "$@" >>"$work/body.md"; }
put() { V[$1/$2/$3]=$4; printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$work/figures.tsv"; }
get() { echo "${V[$1]:-}"; }
row() { local IFS='|'; md "|$*|"; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ /, /g'; }

begin_report() {
  : >"$work/body.md"
  : >"$work/figures.tsv"
  header=(
    "date: $(date -u +%FT%TZ)"
    "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
    "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, Linux $(uname -r)"
    "load average before (1, 5, 15 min): $(loadavg)"
    "JDK: $(java -version 2>&1 | sed -n 2p); JDK 25: $("$java25/bin/java" -version 2>&1 | sed -n 2p)"
    "tools: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(hyperfine --version), $(nginx -v 2>&1 | cut -d' ' -f3), $(gnuplot --version)"
    "durations: warm-up ${warmup} s, each measured load ${seconds} s (saturation in ${rounds} rounds taking turns), ${starts} timed starts per way, RSS after ${rss_warmup} s of load"
  )
}

end_report() {
  header+=("load average after (1, 5, 15 min): $(loadavg)")
  {
    echo "# Benchmark results"
    echo
    printf -- '- %s\n' "${header[@]}"
    echo
    echo "Written by bench/run (bench/README.md says how each figure is taken). Absolute figures on a shared"
    echo "machine are noise; read the ratios, taken in one run."
    echo
    cat "$work/body.md"
    targets
  } >"$out/results.md"
  { printf '# %s\n' "${header[@]}"; printf 'scenario\tsubject\tmetric\tvalue\n'; cat "$work/figures.tsv"; } >"$out/results.tsv"
  plots
}

# target TEXT MEASURED VALUE OP LIMIT: a row of the Targets table, met if VALUE OP LIMIT.
target() {
  local met=no
  if [ -z "$3" ]; then met="not run"; set -- "$1" "not run" 0 "$4" "$5"
  elif awk "BEGIN { exit !($3 $4 $5) }"; then met=yes; fi
  echo "| $1 | $2 | $met |"
}

targets() {
  echo
  echo "## Targets (issue #13)"
  echo
  echo "| target | measured | met |"
  echo "|---|---|---|"
  local by_id list
  by_id=$(get reads/gateway-get/ratio-to-direct) list=$(get reads/gateway-list/ratio-to-direct)
  target "gateway throughput >= 0.5x direct, by id" "${by_id}x" "$by_id" ">=" 0.5
  target "gateway throughput >= 0.5x direct, list" "${list}x" "$list" ">=" 0.5
  target "gateway CPU per proxied read <= 0.4 ms" "$(get reads/gateway-get/cpu-gateway) ms" "$(get reads/gateway-get/cpu-gateway)" "<=" 0.4
  target "model-service CPU per read by id <= 0.3 ms" "$(get reads/direct-get/cpu-model-service) ms" "$(get reads/direct-get/cpu-model-service)" "<=" 0.3
  target "model-service >= 0.3x the bare endpoint" "$(get reads/direct-get/ratio-to-bare)x" "$(get reads/direct-get/ratio-to-bare)" ">=" 0.3
  target "the hop adds <= 1 ms p50 at half load, by id" "+$(get reads/gateway-get/added-p50-ms) ms" "$(get reads/gateway-get/added-p50-ms)" "<=" 1
  target "the hop adds <= 1 ms p50 at half load, list" "+$(get reads/gateway-list/added-p50-ms) ms" "$(get reads/gateway-list/added-p50-ms)" "<=" 1
  target "legacy pass-through >= 0.5x direct" "$(get legacy/gateway/ratio-to-direct)x (nginx $(get legacy/nginx/ratio-to-direct)x)" "$(get legacy/gateway/ratio-to-direct)" ">=" 0.5
  target "fail-fast p99 <= 20 ms from the second after the kill" "$(get fail-fast/seconds-2-to-N/p99-ms) ms" "$(get fail-fast/seconds-2-to-N/p99-ms)" "<=" 20
  local callers share worst=""
  for callers in 50 200 500; do
    share=$(get "slow-upstream/$callers/share-of-ideal")
    [ -n "$share" ] || continue
    if [ -z "$worst" ] || awk "BEGIN { exit !($share < $worst) }"; then worst=$share; fi
  done
  target "slow upstream >= 0.8 of ideal up to 500 callers" "lowest ${worst:-?} (1000 callers: $(get slow-upstream/1000/share-of-ideal))" "$worst" ">=" 0.8
  local subject
  for subject in model-service gateway-legacy-adapter model-service-jdk25 gateway-legacy-adapter-jdk25; do
    target "start-up from the launcher <= 0.5x java -jar, ${subject/-jdk25/ on JDK 25}" "$(get "startup/$subject/ratio")x" "$(get "startup/$subject/ratio")" "<=" 0.5
    target "RSS after warm-up <= 300 MB (286 MiB), ${subject/-jdk25/ on JDK 25}, from the launcher" "$(get "startup/$subject/launcher-rss-mib") MiB" "$(get "startup/$subject/launcher-rss-mib")" "<=" 286
  done
}
