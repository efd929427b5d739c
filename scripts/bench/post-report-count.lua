-- wrk: POST COUNT reports (split evenly over wrk's threads) as the demo curator, then stop.
-- Each report is on a random monument disk-00001..disk-MONUMENTS, a random condition and month of
-- 2012-2019, citing SOURCE, so monuments' records grow and disagree as real ones do.
-- done() prints "posted <2xx> <other>" for the calling script.
local monuments = tonumber(os.getenv("MONUMENTS") or "50")
local source = os.getenv("SOURCE")
local conditions = { "SLIGHTLY_DAMAGED", "SLIGHTLY_DAMAGED", "MODERATELY_DAMAGED", "SEVERELY_DAMAGED", "DESTROYED" }
local causes = { "EXPLOSIVES", "HEAVY_WEAPONRY", "BULLDOZING", "LOOTING", "FIRE" }
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic Y3VyYXRvcjpjdXJhdG9yLWRlbW8=" -- curator:curator-demo

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  quota = math.ceil(tonumber(os.getenv("COUNT") or "5000") / tonumber(os.getenv("WRK_THREADS") or "1"))
  ok, other, sent = 0, 0, 0
  math.randomseed(os.time() + id)
end

request = function()
  sent = sent + 1
  local body = string.format('{"monumentId":"disk-%05d","condition":"%s","causes":["%s"],"eventDate":"%d-%02d",'
    .. '"certainty":"MEDIUM","sourceId":"%s","summary":"Disk benchmark claim %d","evidence":[{"kind":"ARTICLE","description":"A news item"}]}',
    math.random(1, monuments), conditions[math.random(#conditions)], causes[math.random(#causes)],
    math.random(2012, 2019), math.random(1, 12), source, sent)
  return wrk.format(nil, nil, nil, body)
end

response = function(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 else other = other + 1 end
  if ok + other >= quota then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local total_ok, total_other = 0, 0
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_other = total_other + t:get("other")
  end
  io.write(string.format("posted %d %d\n", total_ok, total_other))
end
