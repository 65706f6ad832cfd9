-- Every wrk run of bench/run starts with this part: it reads the key=value arguments after "--"
-- and prints one line of figures for lib/load.sh, latencies in microseconds from wrk's own
-- HdrHistogram (p99.9 is not in --latency's table).
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  params = {}
  for _, arg in ipairs(args) do
    local key, value = arg:match("^([%w_]+)=(.*)$")
    if key then params[key] = value end
  end
  if start_thread then start_thread() end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d seconds=%.3f errors=%d non2xx=%d p50=%d p90=%d p99=%d p999=%d max=%d\n",
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max))
end
