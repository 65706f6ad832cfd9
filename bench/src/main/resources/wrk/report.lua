-- Part of every wrk script of the benchmark, which joins it with the parts it needs. Numbers the
-- threads, reads the arguments after "--" (key=value; header=Name:Value for each header), and
-- prints one line of results for bench/run to read: latencies in microseconds, from wrk's
-- HdrHistogram, of every request that was answered.
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  params = {}
  for _, arg in ipairs(args) do
    local key, value = arg:match("^([%w_]+)=(.*)$")
    if key == "header" then
      local name, header_value = value:match("^([^:]+):(.*)$")
      wrk.headers[name] = header_value
    elseif key then
      params[key] = value
    end
  end
end

function done(summary, latency, requests)
  local statuses = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    if type(counts) == "table" then
      for status, count in pairs(counts) do
        statuses[#statuses + 1] = status .. ":" .. count
      end
    end
  end
  local errors = summary.errors
  io.write(string.format("WRK_RESULT requests=%d duration_us=%d connect_errors=%d read_errors=%d"
      .. " write_errors=%d status_errors=%d timeouts=%d mean_us=%.1f p50_us=%d p90_us=%d p99_us=%d"
      .. " max_us=%d statuses=%s\n",
    summary.requests, summary.duration, errors.connect, errors.read, errors.write, errors.status,
    errors.timeout, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, table.concat(statuses, ",")))
end
