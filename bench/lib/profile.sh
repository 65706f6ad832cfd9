# bench/run profile SERVICE [by-id|list|legacy]: SERVICE under the reads' saturation load (32 connections)
# while async-profiler samples it, attached once the path is warm so the graph is the request path,
# not start-up. Writes bench/profiles/<service>-<endpoint>.html.
profile() {
  local service=${1:-} endpoint=${2:-by-id} path lib graph event
  case "$service $endpoint" in
    "gateway by-id") path=/api/custom/1 ;;
    "gateway list") path=/api/custom ;;
    "gateway legacy") path=/legacy/echo ;;
    "model-service by-id") path=/api/v1/models/1 ;;
    "model-service list") path="/api/v1/models?page=0&size=100" ;;
    *) echo "usage: bench/run profile gateway [by-id|list|legacy] | model-service [by-id|list]" >&2; exit 2 ;;
  esac
  lib=$(async_profiler)
  ensure "$service"
  say "warming $service $path up for ${warmup}s"
  load "$(url "$service" "$path")" 32 "$warmup"
  graph=$bench/profiles/$service-$endpoint.html
  mkdir -p "$bench/profiles"
  # CPU cycles from perf events where the kernel allows them, else the interval timer, which needs nothing.
  event=cpu
  agent "$service" "$lib" "start,event=cpu,interval=1ms" || { event=itimer; agent "$service" "$lib" "start,event=itimer,interval=1ms"; } ||
    fail "async-profiler did not start; see $work/logs/$service.log"
  say "profiling $service ($event) under saturation for ${seconds}s"
  load "$(url "$service" "$path")" 32 "$seconds"
  agent "$service" "$lib" "stop,file=$graph" || true
  [ -s "$graph" ] || fail "async-profiler wrote no $graph; see $work/logs/$service.log"
  say "$service $path: ${W[rps]} req/s while profiled ($event); flame graph in $graph"
}

# agent NAME LIBRARY OPTIONS: loads async-profiler into a running JVM (again, to stop it). jcmd
# would split unquoted options at their '=', so they go in quotes.
agent() { jcmd "${PIDS[$1]}" JVMTI.agent_load "$2" "\"$3\"" | grep -q '^return code: 0'; }

# The agent from Maven Central (tools.profiler:async-profiler), unpacked once under bench/target.
async_profiler() {
  local dir=$bench/target/async-profiler version=4.2
  if [ ! -f "$dir/libasyncProfiler.so" ]; then
    ./mvnw -q -B -ntp -N dependency:copy -Dartifact=tools.profiler:async-profiler:$version -DoutputDirectory="$dir" >&2
    unzip -q -o -j "$dir/async-profiler-$version.jar" linux-x64/libasyncProfiler.so -d "$dir"
  fi
  echo "$dir/libasyncProfiler.so"
}
