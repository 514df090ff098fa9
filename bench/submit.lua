-- wrk script: posts the real final form of the demo consultation, each request
-- with a fresh random idempotency key, as many phones finishing at once would.
-- Usage: wrk -t2 -c64 -d20s -s bench/submit.lua http://127.0.0.1:3000
-- The answers reference the demo's question and option ids (1..7; options 1..13
-- as loaded into an empty database).
local answers = '{"1":{"kind":"single","option":2},"2":{"kind":"multiple","options":[5,7]},' ..
  '"3":{"kind":"scale","value":4},"4":{"kind":"text","text":"Mer lys i parken og en gratis hall for gaming"},' ..
  '"5":{"kind":"idea","title":"Ungdomshus","description":"Et sted å være på fredager"},"7":{"kind":"scale","value":2}}'

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local encoded = urlencode(answers)
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

-- `-- N` after the URL gives runs started together (bench/scale-out) their own
-- keys; without it two runs started in the same second would send the same ones.
-- `-- N spread` also sends each request from one of 10 240 client addresses (in
-- X-Real-IP, for a server started with `--client-address-header X-Real-IP`), as
-- many schools would, so flood control can stay on.
function init(args)
  math.randomseed(os.time() * 1000 + tid * 1009 + (tonumber(args[1]) or 0) * 100003)
  spread = args[2] == "spread"
end

local function uuid()
  local t = {}
  for i = 1, 32 do t[i] = string.format("%x", math.random(0, 15)) end
  t[13] = "4"
  t[17] = string.format("%x", 8 + math.random(0, 3))
  local s = table.concat(t)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

function request()
  local key = uuid()
  local body = "key=" .. key .. "&code=SVAR25&answers=" .. encoded .. "&age=16-19&county=troms"
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  if spread then
    headers["X-Real-IP"] = string.format("10.%d.%d.%d", math.random(0, 39), math.random(0, 15), math.random(1, 16))
  end
  return wrk.format("POST", "/r/" .. key .. "/submit", headers, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx responses: %d\n", summary.errors.status))
end
