-- Rotates through a list of request paths, one per line: wrk ... -s bench/wrk/rotate.lua URL -- LIST
-- Each thread starts at its own place in the list. At the end it prints one machine-readable line:
--   BENCH rps=… p50_ms=… p99_ms=… requests=… errors=…
-- where errors counts socket errors, timeouts and responses other than 2xx/3xx.

local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local paths = {}
local index = 0

function init(args)
  local list = args[1]
  if list == nil then
    error("rotate.lua needs the list file: wrk ... -s rotate.lua URL -- LIST")
  end
  for line in io.lines(list) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. list)
  end
  -- Spread the threads over the list so that they do not ask for the same entries in step.
  index = ((id or 0) * 7919) % #paths
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1000000
  io.write(string.format("BENCH rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
