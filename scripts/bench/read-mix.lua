-- wrk: reads as a public client makes them, alternating the monument list and a page of 50 reports.
local paths = { "/api/v1/monuments?limit=50", "/api/v1/reports?limit=50" }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end
