-- wrk at a fixed rate (Debian has neither wrk2 nor the bombardier HTTP benchmark):
--   wrk -c16 -s scripts/load-test-fixed-rate.lua URL -- <requests per second> <connections>
-- Each connection waits, before its next request, a random time averaging connections/rate seconds
-- (uniform between none and twice that), so together they send about <rate> requests per second while
-- responses are faster than that interval. The wait is random so that the connections do not move in
-- step: with a fixed wait, all of them fire together after their first answers and each burst queues
-- behind itself (seen: a p99 seven times the p50 at half the matching API's peak, from bursts of 16).
local wait_ms = 0

function init(args)
    local rate = tonumber(args[1])
    local connections = tonumber(args[2])
    wait_ms = 1000 * connections / rate
    math.randomseed(os.time())
end

function delay()
    return math.floor(2 * wait_ms * math.random())
end
