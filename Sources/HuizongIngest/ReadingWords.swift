import Foundation

/// The words reading depends on: section headings, document-kind signals, page clutter. A value, so a
/// committee's own knowledge can extend it; `shipped` is what huizong knows out of the box.
public struct ReadingWords: Sendable {
    /// Lines of a saved web page or a document site that are not the document ("浏览量：34").
    public var clutterPrefixes: [String]
    /// Whole lines that are a page's buttons ("字号", "打印").
    public var clutterLines: Set<String>
    /// Short lines holding one of these are clutter wherever they stand ("展开全文").
    public var clutterWords: [String]
    /// Glued to the end of a title by web pages ("……报告收藏").
    public var trailingClutter: [String]
    /// A line holding one of these (and no sentence) may be the document's title.
    public var titleWords: [String]

    /// Section headings by what they hold. A heading is classified by the first rule that matches, in the
    /// order previous → measures → causes → problems → basics, except that a heading naming problems and
    /// causes together ("存在的问题和原因剖析") opens the problems.
    public var previousHeadings: [String]
    public var measuresHeadings: [String]
    public var causesHeadings: [String]
    public var problemsHeadings: [String]
    public var basicsHeadings: [String]
    /// Headings of parts that are none of the above even when they hold a section word ("典型案例剖析").
    public var otherHeadings: [String]
    /// A sentence naming one of these and ending in a colon or "如下" leads into the problems that follow.
    public var problemLeadWords: [String]

    /// Document kinds (`DocumentKind`): words of the title, and signals in the opening text.
    public var individualSignals: [String]
    public var leadershipTitleWords: [String]
    public var meetingReportTitleWords: [String]
    public var committeeTitleWords: [String]
    public var multiBranchSignals: [String]
    public var noticeTitleWords: [String]
    public var planTitleWords: [String]
    public var newsSignals: [String]
    /// Titles of a self-examination itself ("对照检查材料"): never a notice, plan or talk, whatever else they say.
    public var selfReportTitleWords: [String]
    /// Titles of talks, speeches, summaries and minutes: documents of another kind (`other`).
    public var otherTitleWords: [String]
    /// Titles of a member's or secretary's own material ("述职").
    public var individualTitleWords: [String]
    /// Posts of one person ("书记", "局长"): a 民主生活会 material titled with one is that member's own.
    public var personTitleWords: [String]
    /// A line holding one of these may be a title ("材料", "报告" …), when it has no sentence in it.
    public var titleLineWords: [String]
    /// How problems are worded: a numbered item naming one of these reads as a shortcoming. Used where a
    /// text shows no problems heading, to tell its list of problems from a list of achievements.
    public var shortcomingWords: [String]
    /// A branch name never starts with these ("各党支部", "下设党支部", "标准化支部").
    public var notNameStarts: [String]
}

extension ReadingWords {
    public static let shipped = ReadingWords(
        clutterPrefixes: ["当前位置", "返回上一级", "网友 分享", "【写作参考】", "下面是小编", "标题:", "标题：", "Page ", "P. ", "浏览量", "浏览次数", "阅读量", "阅读次数", "点击数", "点击量", "发布时间", "发布日期", "发布者", "来源：", "来源:",
                          "作者：", "作者:", "编辑：", "编辑:", "责任编辑", "版权说明", "文档简介", "- 格式:", "- 格式：", "- 大小:",
                          "- 大小：", "- 文档页数", "格式:doc", "大小:", "文档页数", "上一篇", "下一篇", "相关推荐", "字号", "【字体"],
        clutterLines: ["字号", "打印", "收藏", "分享", "关闭", "返回", "返回顶部", "【打印】", "【关闭】", "【字号】", "|", "目录"],
        clutterWords: ["本文已影响", "手机站", "来源:网友投稿", "来源：网友投稿", "欢迎您", "展开全文", "仅展示", "查看全文", "免费下载", "下载文档", "本文档由用户提供", "举报或认领", "打印本页", "关闭窗口"],
        trailingClutter: ["收藏", "分享", "下载"],
        titleWords: ["对照检查", "检视剖析", "检查材料", "发言材料", "发言提纲", "情况报告", "情况的报告", "问题清单", "整改方案",
                     "整改措施报告", "通报", "通知", "方案", "调研报告", "工作报告", "自查报告"],
        previousHeadings: ["上年度", "上一年度", "以往问题整改", "上次组织生活会", "上年度问题整改", "整改落实情况", "问题整改情况",
                           "整改情况", "整改工作情况"],
        measuresHeadings: ["整改措施", "努力方向", "整改方向", "改进方法", "下一步", "整改方案", "改进措施", "今后", "打算",
                           "整改要求", "对策", "措施", "努力的方向"],
        causesHeadings: ["原因", "根源", "成因", "剖析"],
        problemsHeadings: ["存在的问题", "存在问题", "主要问题", "突出问题", "问题与不足", "问题和不足", "问题及不足", "差距和不足",
                           "差距与不足", "存在的不足", "不足之处", "检视出的问题", "检视问题", "查摆的问题", "查摆出的问题", "查摆问题",
                           "问题清单", "具体表现", "问题表现", "发现的问题", "对照检查出的问题", "主要差距", "存在差距", "问题和差距", "问题"],
        basicsHeadings: ["基本情况", "主要做法", "工作开展情况", "现状", "会前准备", "筹备情况", "总体情况", "开展情况", "取得的成效", "主要成效"],
        otherHeadings: ["案例"],
        problemLeadWords: ["不足", "问题", "差距", "短板"],
        individualSignals: ["个人对照检查", "个人检视", "个人发言", "个人剖析", "个人自查", "自我剖析", "本人", "现将个人", "我在会前", "我认真", "我深刻", "我对照"],
        leadershipTitleWords: ["领导班子", "班子对照检查", "党委班子", "党组班子", "党工委班子"],
        meetingReportTitleWords: ["召开情况", "会议情况", "情况的报告", "情况报告", "情况汇报", "工作总结"],
        committeeTitleWords: ["调研报告", "通报", "汇总", "专题调研", "分析报告"],
        multiBranchSignals: ["各党支部", "各支部", "党委下设", "下设党支部", "下设", "个别支部", "一些党支部", "部分党支部", "少数党支部",
                             "个别党支部", "全镇", "全院", "全局", "全系统", "各村", "村级党组织", "基层党组织建设", "所属党支部",
                             "各基层党组织", "基层党支部", "各党组织", "全市", "全县", "全区", "行政村", "巡察组", "课题组", "各单位", "各部门"],
        noticeTitleWords: ["通知"],
        planTitleWords: ["方案", "工作计划", "安排意见", "实施意见"],
        newsSignals: ["出席人员", "缺席人员", "列席人员", "记录人", "会议议程", "会议指出", "会议强调", "会议要求", "讲话中指出", "记者", "通讯员",
                      "如题所述"],
        selfReportTitleWords: ["对照检查", "检视剖析", "检查材料", "发言材料", "发言提纲", "剖析材料", "查摆问题"],
        otherTitleWords: ["会上，", "会上,", "会议由", "指南", "手册", "办法", "规定", "制度汇编", "研讨交流", "交流发言", "心得体会", "讲话", "发言稿", "讲稿", "党课", "思考", "会议记录", "会议纪要", "总结",
                          "总结如下", "如题所述", "调研课题"],
        individualTitleWords: ["个人", "述职", "自检自查"],
        personTitleWords: ["书记", "主任", "局长", "部长", "处长", "科长", "校长", "院长", "镇长", "乡长", "县长", "区长", "市长", "主席",
                           "委员", "党员", "干部", "同志", "本人"],
        titleLineWords: ["材料", "发言", "报告", "提纲", "对照检查", "检视", "清单", "方案", "通知", "通报", "情况", "对策", "总结", "述职", "生活会"],
        shortcomingWords: ["不够", "不足", "不强", "不深", "不实", "不严", "不高", "不到位", "不力", "不明显", "不充分", "不规范", "不及时",
                           "不全", "不浓", "不佳", "不好", "不细", "不精准", "不彻底", "不经常", "不健全", "不紧", "不多", "缺乏", "欠缺",
                           "薄弱", "淡化", "弱化", "虚化", "退化", "流于形式", "走过场", "差距", "偏差", "滞后", "松懈", "懈怠", "缺失",
                           "较少", "单一", "问题", "形同虚设", "不符", "未", "缺少", "少数", "个别", "偏多", "偏少", "偏松", "偏软", "偏弱", "偏低", "有待", "不到", "没有", "未能", "不能", "存在"],
        notNameStarts: ["各", "一些", "部分", "少数", "个别", "下设", "全体", "所属", "基层", "标准化", "规范化", "该", "本", "我", "其",
                        "软弱涣散", "每个", "全", "新", "原", "党的", "担任"]
    )
}
