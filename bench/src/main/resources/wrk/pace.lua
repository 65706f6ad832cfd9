-- Paces the load at a constant rate (rate=<requests per second>, threads=<wrk's -t>), as wrk2's
-- -R does: each thread sends on a fixed schedule, whichever of its connections is free. A request
-- that a busy server makes late is sent as soon as a connection frees, and its latency counts
-- from then, not from when it was due: at half load that wait is rare and short.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *time);
]]
local now_buffer = ffi.new("bench_timespec")
local CLOCK_MONOTONIC = 1

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now_buffer)
  return tonumber(now_buffer.tv_sec) * 1000 + tonumber(now_buffer.tv_nsec) / 1000000
end

local first_due = nil
local scheduled = 0

function delay()
  local now = now_ms()
  local interval = 1000 * tonumber(params.threads) / tonumber(params.rate)
  if not first_due then
    first_due = now
  end
  local due = first_due + scheduled * interval
  scheduled = scheduled + 1
  if due <= now then
    return 0
  end
  return due - now
end
