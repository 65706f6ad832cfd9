-- Counts the answers by status, for the result line.
statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
