-- Logs every answer as "sent_ms latency_us status" to <log>.<thread>, for figures per second
-- (fail-fast around the kill). Exact only with one connection per thread (-c = -t): then request()
-- and response() of a thread alternate, so each answer is the one to the last request sent.
local sent_at, file
function start_thread()
  file = io.open(params.log .. "." .. thread_number, "w")
  file:setvbuf("full")
end

function request()
  sent_at = now_ms()
  return wrk.format()
end

function response(status, headers, body)
  file:write(string.format("%.1f %d %d\n", sent_at, (now_ms() - sent_at) * 1000, status))
end
