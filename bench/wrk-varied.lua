-- wrk script: searches that rarely repeat (query x page x page size x sort x filter, drawn at random),
-- so that answers come from the engine and the match cache rather than the output cache.
-- wrk itself reports non-2xx answers ("Non-2xx or 3xx responses").
local queries = {
  "%E8%8B%8F%E5%B7%9E", "%E5%8F%91%E5%B1%95", "%E5%90%88%E4%BD%9C", "%E5%88%9B%E6%96%B0", "%E4%BA%A7%E4%B8%9A",
  "%E6%96%B0%E5%8A%A0%E5%9D%A1", "%E6%97%A5%E6%9C%AC", "%E6%B7%B1%E5%9C%B3", "%E5%8C%BA%E5%9D%97%E9%93%BE", "LEED", "5G",
  "%E8%8B%8F%E5%B7%9E%E5%B7%A5%E4%B8%9A%E5%9B%AD%E5%8C%BA", "%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0",
  "%22%E4%B8%AD%E6%96%B0%E5%90%88%E4%BD%9C%22", "%E6%96%B0%E5%8A%A0%E5%9D%A1+-%E6%97%A5%E6%9C%AC",
  "%E6%97%A5%E6%9C%AC+OR+%E6%96%B0%E5%8A%A0%E5%9D%A1", "title%3A%E7%9B%B8%E5%9F%8E", "leed*", "",
}
local sorts = { "relevance", "newest", "oldest" }
local filters = { "", "&zone=sip", "&country=singapore", "&sector=finance", "&from=2020-01-01&to=2022-12-31" }
math.randomseed(os.time())
request = function()
  local path = "/api/v1/search?q=" .. queries[math.random(#queries)]
    .. "&page=" .. math.random(5) .. "&pageSize=" .. math.random(10, 30)
    .. "&sort=" .. sorts[math.random(#sorts)] .. filters[math.random(#filters)]
  return wrk.format("GET", path)
end
