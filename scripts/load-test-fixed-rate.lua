-- wrk at a fixed rate (Debian has neither wrk2 nor the bombardier HTTP benchmark):
--   wrk -c16 -s scripts/load-test-fixed-rate.lua URL -- <requests per second> <connections>
-- Each connection waits connections/rate seconds before its next request, so together they send
-- about <rate> requests per second while responses are faster than that interval.
local wait_ms = 0

function init(args)
    local rate = tonumber(args[1])
    local connections = tonumber(args[2])
    wait_ms = math.floor(1000 * connections / rate)
end

function delay()
    return wait_ms
end
