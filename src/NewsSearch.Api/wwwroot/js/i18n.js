// UI strings in Chinese (default) and English; the choice is remembered in localStorage.
const STORAGE_KEY = 'newssearch.lang';

const strings = {
  zh: {
    appName: '区域发展新闻检索',
    skipToResults: '跳到结果',
    switchTo: 'English',
    searchLabel: '搜索新闻',
    searchPlaceholder: '例如：苏州工业园区 新加坡',
    searchButton: '搜索',
    syntaxToggle: '查询语法',
    syntax: [
      ['苏州 新加坡', '同时包含两个词'],
      ['"工业园区"', '完整短语'],
      ['新加坡 OR 日本', '任一个词'],
      ['苏州 -上海 或 NOT 上海', '排除某个词'],
      ['(新加坡 OR 日本) 合作', '用括号分组'],
      ['title:相城', '只搜标题'],
      ['source:国际商报', '只搜来源'],
      ['智能*', '前缀匹配'],
    ],
    syntaxNote: '简体、繁体均可。',
    filters: '筛选',
    clearAll: '清除全部',
    dimension: { zone: '开发区', country: '合作国家', sector: '产业' },
    showMore: (n) => `显示更多（${n}）`,
    showLess: '收起',
    noValues: '无',
    dateRange: '发布日期',
    from: '起',
    to: '止',
    timelineTitle: '每月文章数（点击筛选该月）',
    timelineCaption: '每月文章数（点击柱子筛选该月）',
    timelineSummary: '每月文章数',
    compareSummary: '按开发区对比',
    monthBar: (month, count, total, share, selected) =>
      `${month}：${count} 篇，占当月全部 ${total} 篇的 ${share}${selected ? '（已选，再次点击取消）' : ''}`,
    exportLabel: '下载全部结果',
    exportCsv: 'CSV',
    exportJsonl: 'JSONL',
    feedLink: '订阅',
    viewLabel: '显示方式',
    viewList: '结果列表',
    viewKwic: '关键词语境',
    kwicSortLabel: '语境排序',
    kwicSortDate: '按日期',
    kwicSortLeft: '按前文',
    kwicSortRight: '按后文',
    kwicCount: (total, articles) => `共 ${total} 处，见于 ${articles} 篇文章`,
    kwicNeedsQuery: '请输入查询词，即可查看这些词在文中出现的上下文。',
    kwicEmpty: '在这些结果的正文中没有找到查询词。',
    kwicCsv: '下载语境 CSV',
    kwicColDate: '日期',
    kwicColLeft: '前文',
    kwicColMatch: '关键词',
    kwicColRight: '后文',
    trendsSummary: '趋势对比',
    trendsLegend: '比较的查询（2 至 6 个，筛选条件对全部适用）',
    trendsAdd: '+ 添加查询',
    trendsInterval: '时间单位',
    trendsMonth: '按月',
    trendsYear: '按年',
    trendsSubmit: '比较',
    trendsCsv: '下载 CSV',
    trendsQueryN: (n) => `查询 ${n}`,
    trendsHint: '输入至少两个查询，比较它们随时间的文章数。',
    trendsEmpty: '索引中没有带日期的文章。',
    trendsChartTitle: (interval) => `各查询${interval === 'year' ? '每年' : '每月'}的文章数`,
    trendsChartDesc: (first, last, totals) => `${first} 至 ${last}；${totals.map(([q, n]) => `${q} 共 ${n} 篇`).join('，')}。`,
    trendsValue: (q, count, total, share) => `${q}：${count} 篇（占该期 ${total} 篇的 ${share}）`,
    trendsLegendLabel: '图例',
    trendsTotal: (n) => `（共 ${n} 篇）`,
    trendsTable: '数据表',
    trendsPeriod: '时间',
    feedTitle: '当前搜索的 Atom 订阅源（最新 50 篇）',
    sortLabel: '排序',
    sortRelevance: '相关度',
    sortNewest: '最新',
    sortOldest: '最早',
    groupReprints: '合并转载',
    versions: (n) => `${n} 个版本`,
    versionsOf: (title) => `“${title}”的各个版本`,
    versionsFailed: '无法加载版本列表。',
    loading: '正在加载…',
    resultCount: (total, ms) => `共 ${total} 条结果（用时 ${ms} 毫秒）`,
    untitled: '（无标题）',
    derivedLabel: '据正文',
    derivedName: (heading) => `无标题，据正文：${heading}`,
    noDate: '日期不详',
    noResultsTitle: '没有找到结果',
    noResultsHelp: '试试更少或更宽泛的词，检查查询语法，或清除筛选条件。',
    clearFilters: '清除筛选条件',
    errorTitle: '搜索出错',
    errorHelp: '请修改查询或筛选条件后重试。',
    networkError: '无法连接到服务，请检查网络后重试。',
    retry: '重试',
    pagination: '分页',
    prev: '上一页',
    next: '下一页',
    pageN: (n) => `第 ${n} 页`,
    backToResults: '← 返回搜索结果',
    source: '来源',
    author: '作者',
    published: '发布日期',
    original: '原文链接',
    tags: '标签',
    mentions: (n) => `提及 ${n} 次`,
    articleNotFound: '找不到这篇文章',
    articleHelp: '它可能已被删除。请返回搜索结果。',
    relatedTitle: '相关文章',
    relatedShared: '共同关键词：',
    compareTitle: '对比',
    compareBy: '开发区 ×',
    compareCaption: (rows, cols) => `${rows} × ${cols}：同时具有两者的文章数（点击筛选）`,
    compareCell: (row, col, n) => `${row} × ${col}：${n} 篇，点击筛选`,
    compareEmpty: '当前结果没有可对比的标签。',
    suggestionsLabel: '搜索建议',
    suggestionKind: { word: '词', zone: '开发区', country: '合作国家', sector: '产业' },
  },
  en: {
    appName: 'Regional Development News Search',
    skipToResults: 'Skip to results',
    switchTo: '中文',
    searchLabel: 'Search the news',
    searchPlaceholder: 'e.g. 苏州工业园区 新加坡',
    searchButton: 'Search',
    syntaxToggle: 'Query syntax',
    syntax: [
      ['苏州 新加坡', 'both words'],
      ['"工业园区"', 'exact phrase'],
      ['新加坡 OR 日本', 'either word'],
      ['苏州 -上海 or NOT 上海', 'exclude a word'],
      ['(新加坡 OR 日本) 合作', 'group with parentheses'],
      ['title:相城', 'title only'],
      ['source:国际商报', 'source only'],
      ['智能*', 'prefix'],
    ],
    syntaxNote: 'Simplified or Traditional Chinese both work.',
    filters: 'Filters',
    clearAll: 'Clear all',
    dimension: { zone: 'Zone', country: 'Partner country', sector: 'Sector' },
    showMore: (n) => `Show more (${n})`,
    showLess: 'Show less',
    noValues: 'None',
    dateRange: 'Published',
    from: 'From',
    to: 'To',
    timelineTitle: 'Articles per month (click to filter)',
    timelineCaption: 'Articles per month (click a bar to show that month)',
    timelineSummary: 'Articles per month',
    compareSummary: 'Compare by zone',
    monthBar: (month, count, total, share, selected) =>
      `${month}: ${count} of ${total} article${total === 1 ? '' : 's'} that month (${share})${selected ? ' (selected, click again to clear)' : ''}`,
    exportLabel: 'Download all results',
    exportCsv: 'CSV',
    exportJsonl: 'JSONL',
    feedLink: 'Feed',
    viewLabel: 'View',
    viewList: 'Result list',
    viewKwic: 'Keyword in context',
    kwicSortLabel: 'Order',
    kwicSortDate: 'By date',
    kwicSortLeft: 'By text before',
    kwicSortRight: 'By text after',
    kwicCount: (total, articles) => `${total} occurrence${total === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`,
    kwicNeedsQuery: 'Type a query to see the words in the text around them.',
    kwicEmpty: 'The query\'s words are not in the text of these results.',
    kwicCsv: 'Download contexts (CSV)',
    kwicColDate: 'Date',
    kwicColLeft: 'Before',
    kwicColMatch: 'Match',
    kwicColRight: 'After',
    trendsSummary: 'Compare trends',
    trendsLegend: 'Queries to compare (2 to 6; the filters apply to all)',
    trendsAdd: '+ Add a query',
    trendsInterval: 'Interval',
    trendsMonth: 'Month',
    trendsYear: 'Year',
    trendsSubmit: 'Compare',
    trendsCsv: 'Download CSV',
    trendsQueryN: (n) => `Query ${n}`,
    trendsHint: 'Enter at least two queries to compare their articles over time.',
    trendsEmpty: 'The index has no dated articles.',
    trendsChartTitle: (interval) => `Articles per ${interval === 'year' ? 'year' : 'month'} for each query`,
    trendsChartDesc: (first, last, totals) => `${first} to ${last}; ${totals.map(([q, n]) => `${q}: ${n} in all`).join(', ')}.`,
    trendsValue: (q, count, total, share) => `${q}: ${count} of ${total} (${share})`,
    trendsLegendLabel: 'Legend',
    trendsTotal: (n) => `(${n} in all)`,
    trendsTable: 'Data table',
    trendsPeriod: 'Period',
    feedTitle: 'Atom feed of this search (newest 50)',
    sortLabel: 'Sort',
    sortRelevance: 'Relevance',
    sortNewest: 'Newest',
    sortOldest: 'Oldest',
    groupReprints: 'Group reprints',
    versions: (n) => `${n} versions`,
    versionsOf: (title) => `Versions of “${title}”`,
    versionsFailed: 'The versions could not be loaded.',
    loading: 'Loading…',
    resultCount: (total, ms) => `${total} result${total === 1 ? '' : 's'} (${ms} ms)`,
    untitled: '(untitled)',
    derivedLabel: 'from the text',
    derivedName: (heading) => `Untitled; from the text: ${heading}`,
    noDate: 'date unknown',
    noResultsTitle: 'No results',
    noResultsHelp: 'Try fewer or broader words, check the query syntax, or clear the filters.',
    clearFilters: 'Clear filters',
    errorTitle: 'The search failed',
    errorHelp: 'Change the query or filters and try again.',
    networkError: 'The service cannot be reached. Check your connection and try again.',
    retry: 'Retry',
    pagination: 'Pages',
    prev: 'Previous',
    next: 'Next',
    pageN: (n) => `Page ${n}`,
    backToResults: '← Back to results',
    source: 'Source',
    author: 'Author',
    published: 'Published',
    original: 'Original',
    tags: 'Tags',
    mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
    articleNotFound: 'Article not found',
    articleHelp: 'It may have been removed. Go back to the results.',
    relatedTitle: 'Related articles',
    relatedShared: 'Shared terms:',
    compareTitle: 'Compare',
    compareBy: 'Zone ×',
    compareCaption: (rows, cols) => `${rows} × ${cols}: articles having both (click to filter)`,
    compareCell: (row, col, n) => `${row} × ${col}: ${n} article${n === 1 ? '' : 's'}, click to filter`,
    compareEmpty: 'The current results have no tags to compare.',
    suggestionsLabel: 'Search suggestions',
    suggestionKind: { word: 'word', zone: 'zone', country: 'country', sector: 'sector' },
  },
};

function stored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

let lang = stored() === 'en' ? 'en' : 'zh';

export function currentLang() {
  return lang;
}

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'zh';
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** The string (or formatter) for key in the current language. */
export function t(key) {
  return strings[lang][key];
}

/** Fills the static elements marked with data-i18n* attributes. */
export function applyStaticStrings(root = document) {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = `NewsSearch · ${t('appName')}`;
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  for (const el of root.querySelectorAll('[data-i18n-title]')) {
    el.title = t(el.dataset.i18nTitle);
  }
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  }
}
