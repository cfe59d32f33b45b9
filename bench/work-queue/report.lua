-- wrk script of the work-queue benchmark (bench/work-queue/run.sh).
--
--   wrk ... -s report.lua URL -- EXPECTED [COOKIE...]
--
-- EXPECTED: a text every good response body contains (e.g. the queue table's id), so that a
--           login page served in place of the queue counts as a failure, not as a fast answer.
-- COOKIE:   session cookies ("JSESSIONID=..."), one per signed-in staff member; each request
--           takes the next one, so the load comes from several sessions, as from several people.
--
-- done() prints one line that run.sh reads:
--   RESULT requests=N rps=R p50_ms=A p95_ms=B p99_ms=C max_ms=D bad=E socket_errors=F
-- and exits with status 1 if any response was bad (not 2xx, or without EXPECTED) or any socket
-- error happened (a timeout included): such a run measures something else, and run.sh reports it
-- as invalid and fails.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   expected = args[1]
   cookies = {}
   for i = 2, #args do
      cookies[#cookies + 1] = args[i]
   end
   next_cookie = 1
   bad = 0
end

function request()
   if #cookies == 0 then
      return wrk.format(nil)
   end
   local cookie = cookies[next_cookie]
   next_cookie = next_cookie % #cookies + 1
   return wrk.format(nil, nil, { ["Cookie"] = cookie })
end

function response(status, headers, body)
   if status < 200 or status > 299 or (expected and expected ~= "" and not string.find(body, expected, 1, true)) then
      bad = bad + 1
   end
end

function done(summary, latency, requests)
   local bad_total = 0
   for _, thread in ipairs(threads) do
      bad_total = bad_total + thread:get("bad")
   end
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   local ms = function(us) return us / 1000 end
   io.write(string.format(
      "RESULT requests=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f bad=%d socket_errors=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max),
      bad_total, socket_errors))
   io.stdout:flush()
   if bad_total > 0 or socket_errors > 0 then
      io.stderr:write(string.format("invalid run: %d bad responses, %d socket errors\n", bad_total, socket_errors))
      os.exit(1)
   end
end
