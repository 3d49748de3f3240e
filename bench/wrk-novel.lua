-- wrk script: searches whose query texts rarely repeat (random ANDs, ORs and NOTs of 60 words spread
-- from the most to the least common of the generated corpus, about 100,000 distinct texts), with
-- page x page size x sort x filter drawn as in wrk-varied.lua. Most requests reach the engine: it
-- measures the service when the match cache cannot help, next to wrk-varied's facet clicks and paging.
local words = {
  "创新", "集聚", "积极", "有限公司", "机制", "土地", "布局", "城区", "区域", "开发区", "查查", "阵地",
  "研究院", "科学", "连续", "着力", "侧面", "公里", "正是", "关键词", "多亏", "器械", "全球", "深化",
  "方式", "务实", "一般", "旗帜", "蓬勃", "运行", "董事会", "专业", "呈现", "分类", "助推", "预审",
  "提速", "深秋", "经过", "交流会", "尤其", "聚集", "涟漪", "精密", "尽快", "碧螺春", "顺应", "大本营",
  "继续", "方向", "国内外", "陌生", "同样", "得天独厚", "铸造", "总产值", "saas", "动力学", "日立", "事业",
}
local sorts = { "relevance", "newest", "oldest" }
local filters = { "", "&zone=sip", "&country=singapore", "&sector=finance", "&from=2020-01-01&to=2022-12-31" }
math.randomseed(os.time())

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function word() return words[math.random(#words)] end

local function query()
  local form = math.random(20)
  if form <= 8 then return word() .. " " .. word() end
  if form <= 14 then return word() .. " " .. word() .. " " .. word() end
  if form <= 17 then return word() .. " OR " .. word() end
  return word() .. " -" .. word()
end

request = function()
  local path = "/api/v1/search?q=" .. encode(query())
    .. "&page=" .. math.random(5) .. "&pageSize=" .. math.random(10, 30)
    .. "&sort=" .. sorts[math.random(#sorts)] .. filters[math.random(#filters)]
  return wrk.format("GET", path)
end
