-- Makes every request a POST of a new model with a name never used before (tag=<unique per run>),
-- body=json or body=xml; the Content-Type comes as a header argument.
local created = 0

function request()
  created = created + 1
  local name = "bench-" .. params.tag .. "-" .. thread_number .. "-" .. created
  local body
  if params.body == "xml" then
    body = "<model><name>" .. name .. "</name><type>USER</type></model>"
  else
    body = '{"name":"' .. name .. '","type":"USER"}'
  end
  return wrk.format("POST", nil, nil, body)
end
