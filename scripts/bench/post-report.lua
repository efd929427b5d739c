-- wrk: POST a report as the demo curator, each on a random generated monument.
-- The monument count comes from the MONUMENTS environment variable; the source is the first
-- generated source, looked up by the benchmark script and passed as SOURCE.
local monuments = tonumber(os.getenv("MONUMENTS") or "10000")
local source = os.getenv("SOURCE")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic Y3VyYXRvcjpjdXJhdG9yLWRlbW8=" -- curator:curator-demo

request = function()
  local monument = string.format("gen-%05d", math.random(1, monuments))
  local body = '{"monumentId":"' .. monument .. '","condition":"SEVERELY_DAMAGED","causes":["EXPLOSIVES"],'
    .. '"eventDate":"2016-03","certainty":"MEDIUM","sourceId":"' .. source .. '",'
    .. '"summary":"Benchmark claim","evidence":[{"kind":"ARTICLE","description":"A news item"}]}'
  return wrk.format(nil, nil, nil, body)
end
