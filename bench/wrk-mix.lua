-- wrk script: cycles through a mix of search requests (common and rare words, phrases, boolean,
-- fields, filters, browse), all URL-encoded, and counts non-200 answers as errors.
local paths = {
  "/api/v1/search?q=%E8%8B%8F%E5%B7%9E",
  "/api/v1/search?q=%E6%96%B0%E5%8A%A0%E5%9D%A1",
  "/api/v1/search?q=LEED",
  "/api/v1/search?q=%E8%8B%8F%E5%B7%9E%E5%B7%A5%E4%B8%9A%E5%9B%AD%E5%8C%BA",
  "/api/v1/search?q=%22%E4%B8%AD%E6%96%B0%E5%90%88%E4%BD%9C%22",
  "/api/v1/search?q=%E6%96%B0%E5%8A%A0%E5%9D%A1+-%E6%97%A5%E6%9C%AC",
  "/api/v1/search?q=title%3A%E7%9B%B8%E5%9F%8E",
  "/api/v1/search?q=%E5%90%88%E4%BD%9C&zone=xiangcheng&country=japan",
  "/api/v1/search?zone=snd",
  "/api/v1/search",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
response = function(status)
  if status ~= 200 then
    wrk.thread:set("errors", (wrk.thread:get("errors") or 0) + 1)
  end
end
