// Every string the page shows, in Chinese (default) and English.
const DICT = {
  zh: {
    title: '规划序时进度监测', overview: '总览', alerts: '预警', rankings: '排名', projects: '重大项目',
    switchLang: 'English', year: '年度', level: '层级', all: '全部', search: '搜索地区', parent: '上级',
    region: '地区', onTrack: '符合进度', count: '达标数', page: '第 {0} / {1} 页', prev: '上一页', next: '下一页',
    rows: '{0} 个地区', noData: '无数据', loading: '加载中…', error: '加载失败：{0}',
    latestPeriod: '最新期', legend: '图例',
    AHEAD: '超前', ON_TRACK: '符合进度', BEHIND: '滞后', CRITICAL: '严重滞后', NOT_EVALUABLE: '无法评估', NONE: '无数据',
    PROVINCE: '省', CITY: '市', DISTRICT: '区', COUNTY: '县', COUNTY_LEVEL_CITY: '县级市', ZONE: '功能区',
    indicator: '指标', target: '目标', source: '出处', line: '第 {0} 行', actual: '实际', expected: '序时进度',
    band: '符合进度区间', projection: '年末预计', milestone: '年度目标', paceNeeded: '其余月份需增长 {0}%', paceNeededLevel: '其余月份需按全年 {0} {1} 的速度完成',
    projectedGap: '预计差距', deviation: '偏离', fiveYear: '五年规划路径', yearPath: '{0}年进度', month: '月',
    alertHistory: '预警记录', noAlerts: '暂无预警', notEvaluable: '无法评估：{0}', back: '返回总览',
    severity: '级别', state: '状态', open: '未解除', closed: '已关闭', live: '实时', offline: '已断开', connecting: '连接中',
    LOW: '低', MEDIUM: '中', HIGH: '高',
    OPENED: '预警', ESCALATED: '预警升级', DOWNGRADED: '预警降级', RESOLVED: '预警解除', RETRACTED: '预警撤回',
    rank: '名次', ranking: '{0}下辖地区 {1} 进度排名', chooseParent: '上级地区', chooseIndicator: '指标', noRanking: '暂无排名',
    project: '项目', status: '状态', investment: '完成投资（亿元）', annualPlan: '年度计划投资（亿元）',
    started: '开工', completed: '竣工', overdue: '逾期节点', plan: '计划', totals: '汇总', noProjects: '暂无项目数据',
    lastReport: '最近报告', total: '合计', allIndicators: '全部指标',
    noProgressYear: '{0}年暂无进度数据，请选择其他年度。', noProjectsYear: '{0}{1}年暂无项目数据，请选择其他地区或年度。',
    noProjectTotals: '暂无项目汇总', noRankingFor: '{0}下辖地区{1}年暂无排名，请选择其他指标或上级地区。',
    backlog: '正在处理积压数据：尚有 {0} 条记录未处理，预计 {1} 后完成。页面数据暂不完整。',
    backlogNoEta: '正在处理积压数据：尚有 {0} 条记录未处理，正在估算完成时间。页面数据暂不完整。',
    notReady: '应用尚未就绪：{0}', seconds: '{0} 秒', minutes: '{0} 分钟',
    ANNUAL_LEVEL: '年度总量', ANNUAL_GROWTH: '年度增长', AVERAGE_ANNUAL_GROWTH: '年均增长', END_OF_PERIOD_LEVEL: '期末水平',
    CUMULATIVE_TOTAL: '期内累计', RATE_BOUND: '比率限值', SHARE: '比重', REDUCTION: '降低',
    AT_LEAST: '不低于', AT_MOST: '不高于', ABOUT: '左右', HOLD: '稳定在', REACH: '达到',
    BINDING: '约束性', EXPECTED: '预期性', NOT_STATED: '未注明属性', soft: '力争',
    PLANNED: '计划', PREPARATION: '前期', APPROVED: '已立项', SIGNED: '已签约', STARTED: '已开工',
    COMPLETED: '已竣工', IN_OPERATION: '已投产', SUSPENDED: '暂停', CANCELLED: '取消',
    APPROVAL: '立项', SIGNING: '签约', START: '开工', COMPLETION: '竣工', OPERATION: '投产',
  },
  en: {
    title: 'Plan pace monitor', overview: 'Overview', alerts: 'Alerts', rankings: 'Rankings', projects: 'Projects',
    switchLang: '中文', year: 'Year', level: 'Level', all: 'All', search: 'Search regions', parent: 'Parent',
    region: 'Region', onTrack: 'On track', count: 'On track', page: 'Page {0} of {1}', prev: 'Previous', next: 'Next',
    rows: '{0} regions', noData: 'No data', loading: 'Loading…', error: 'Failed to load: {0}',
    latestPeriod: 'Latest period', legend: 'Legend',
    AHEAD: 'Ahead', ON_TRACK: 'On track', BEHIND: 'Behind', CRITICAL: 'Critical', NOT_EVALUABLE: 'Not evaluable', NONE: 'No data',
    PROVINCE: 'Province', CITY: 'City', DISTRICT: 'District', COUNTY: 'County', COUNTY_LEVEL_CITY: 'County-level city', ZONE: 'Zone',
    indicator: 'Indicator', target: 'Target', source: 'Source', line: 'line {0}', actual: 'Actual', expected: 'Expected pace',
    band: 'On-track band', projection: 'Year-end projection', milestone: 'Annual milestone', paceNeeded: 'The remaining months need {0} %', paceNeededLevel: 'The remaining months need to run at {0} {1} a year',
    projectedGap: 'Projected gap', deviation: 'Deviation', fiveYear: 'Five-year plan path', yearPath: 'Pace in {0}', month: 'Month',
    alertHistory: 'Alert history', noAlerts: 'No alerts', notEvaluable: 'Not evaluable: {0}', back: 'Back to overview',
    severity: 'Severity', state: 'State', open: 'Open', closed: 'Closed', live: 'Live', offline: 'Disconnected', connecting: 'Connecting',
    LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High',
    OPENED: 'Opened', ESCALATED: 'Escalated', DOWNGRADED: 'Downgraded', RESOLVED: 'Resolved', RETRACTED: 'Retracted',
    rank: 'Rank', ranking: 'Regions of {0} ranked by pace: {1}', chooseParent: 'Parent region', chooseIndicator: 'Indicator', noRanking: 'No ranking yet',
    project: 'Project', status: 'Status', investment: 'Invested (100 M yuan)', annualPlan: 'Annual plan (100 M yuan)',
    started: 'Started', completed: 'Completed', overdue: 'Overdue milestones', plan: 'plan', totals: 'Totals', noProjects: 'No project data',
    lastReport: 'Last report', total: 'Total', allIndicators: 'All indicators',
    noProgressYear: 'No progress for {0} yet; choose another year.', noProjectsYear: 'No project data for {0} in {1}; choose another region or year.',
    noProjectTotals: 'No project totals yet', noRankingFor: 'No ranking of the regions of {0} in {1} yet; choose another indicator or parent region.',
    backlog: 'Working off a backlog: {0} records to go, done in about {1}. Figures shown are still incomplete.',
    backlogNoEta: 'Working off a backlog: {0} records to go; estimating when it will be done. Figures shown are still incomplete.',
    notReady: 'The app is not ready yet: {0}', seconds: '{0} s', minutes: '{0} min',
    ANNUAL_LEVEL: 'annual level', ANNUAL_GROWTH: 'annual growth', AVERAGE_ANNUAL_GROWTH: 'average annual growth', END_OF_PERIOD_LEVEL: 'end-of-period level',
    CUMULATIVE_TOTAL: 'cumulative total', RATE_BOUND: 'rate bound', SHARE: 'share', REDUCTION: 'reduction',
    AT_LEAST: 'at least', AT_MOST: 'at most', ABOUT: 'about', HOLD: 'hold at', REACH: 'reach',
    BINDING: 'binding', EXPECTED: 'expected', NOT_STATED: 'attribute not stated', soft: 'soft target',
    PLANNED: 'Planned', PREPARATION: 'Preparation', APPROVED: 'Approved', SIGNED: 'Signed', STARTED: 'Started',
    COMPLETED: 'Completed', IN_OPERATION: 'In operation', SUSPENDED: 'Suspended', CANCELLED: 'Cancelled',
    APPROVAL: 'approval', SIGNING: 'signing', START: 'start', COMPLETION: 'completion', OPERATION: 'operation',
  },
};

const KEY = 'planwatch.lang';
let lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
const listeners = [];

export function t(key, ...args) {
  const text = DICT[lang][key] ?? DICT.zh[key] ?? key;
  return args.reduce((s, a, i) => s.replace(`{${i}}`, a), text);
}

export const currentLang = () => lang;

/** The Chinese or English name of a label {code, nameZh, nameEn}, falling back to the code. */
export function name(label) {
  if (!label) return '';
  return (lang === 'zh' ? label.nameZh : label.nameEn) || label.nameZh || label.nameEn || label.code;
}

export function setLang(next) {
  lang = next;
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  listeners.forEach((f) => f(next));
}

export const onLangChange = (f) => listeners.push(f);

/** A period {labelZh: '1-6月', labelEn: 'Jan–Jun'} in the current language. */
export const periodLabel = (period) => (!period ? '' : lang === 'zh' ? period.labelZh : period.labelEn);
