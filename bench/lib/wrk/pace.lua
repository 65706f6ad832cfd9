-- Paces each thread at rate/threads requests per second (wrk2's -R, which Debian's wrk lacks),
-- with wrk's delay() hook. A request that a stalled server makes late goes as soon as a connection
-- frees and its latency counts from then (coordinated omission): rare at half load.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *time);
]]
local clock = ffi.new("bench_timespec")
function now_ms()
  ffi.C.clock_gettime(0, clock) -- CLOCK_REALTIME, so that log.lua's times compare with date's
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local first, sent = nil, 0
function delay()
  local now = now_ms()
  first = first or now
  local due = first + sent * 1000 * tonumber(params.threads) / tonumber(params.rate)
  sent = sent + 1
  return math.max(0, due - now)
end
