# wrk runs and what they measured; sourced by bench/run.

# load URL CONNECTIONS SECONDS [rate=REQ_PER_S] [log=FILE]: one wrk run; its figures go to W
# (requests, seconds, errors, non2xx, p50..max in µs, rps). A rate paces it (lib/wrk/pace.lua), a
# log writes every answer (lib/wrk/log.lua: one connection per thread, so as many threads).
declare -A W
load() {
  local url=$1 connections=$2 seconds=$3 threads=2 parts=(report) arg line
  shift 3
  for arg in "$@"; do
    case $arg in
      rate=*) parts+=(pace) ;;
      log=*) parts+=(log); threads=$connections ;;
    esac
  done
  (cd "$bench/lib/wrk" && cat "${parts[@]/%/.lua}") >"$work/wrk.lua"
  line=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$work/wrk.lua" "$url" -- \
    threads="$threads" "$@" | grep '^WRK ') || fail "wrk failed on $url"
  W=()
  for arg in ${line#WRK }; do W[${arg%%=*}]=${arg#*=}; done
  W[rps]=$(calc "${W[requests]} / ${W[seconds]}")
}

# calc EXPRESSION: awk's arithmetic, three significant digits (plenty for figures this noisy).
calc() { awk "BEGIN { v = $1; if (v >= 1000 || v <= -1000) printf \"%d\", v + (v > 0 ? 0.5 : -0.5); else printf \"%.3g\", v }"; }
ms() { calc "$1 / 1000"; }

# saturate SECONDS NAME:URL:PROCESS...: the reads take turns in $rounds rounds, so that whatever
# else the machine does weighs on all alike and their ratios hold. Sets SAT[name] (req/s) and
# CPU[name/label] (ms of CPU per request of each process on the request's path).
declare -A SAT CPU
saturate() {
  local seconds=$1 round entry name url process requests before after label
  shift
  declare -A total=() spent=() took=()
  for round in $(seq 1 "$rounds"); do
    for entry in "$@"; do
      IFS="|" read -r name url process _ <<<"$entry"
      before=$(cpu_by $(cpu_of "$process"))
      load "$url" 32 "$seconds"
      after=$(cpu_by $(cpu_of "$process"))
      total[$name]=$((${total[$name]:-0} + W[requests]))
      took[$name]=$(calc "${took[$name]:-0} + ${W[seconds]}")
      [ "${W[errors]}${W[non2xx]}" = 00 ] || say "  $name: ${W[errors]} errors, ${W[non2xx]} not 2xx"
      while read -r label; do
        spent[$name/${label%%=*}]=$((${spent[$name/${label%%=*}]:-0} + ${label#*=}))
      done < <(paste -d' ' <(echo "$before") <(echo "$after") | awk '{ split($1, b, "="); split($2, a, "="); print b[1] "=" a[2] - b[2] }')
    done
  done
  for entry in "$@"; do
    name=${entry%%|*}
    SAT[$name]=$(calc "${total[$name]} / ${took[$name]}")
  done
  for label in "${!spent[@]}"; do
    CPU[$label]=$(calc "${spent[$label]} / ${total[${label%%/*}]}")
  done
}
