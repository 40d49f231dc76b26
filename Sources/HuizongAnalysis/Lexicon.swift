import Foundation

/// Concepts these reports talk about, each with the words branches use for it. Grouping compares statements
/// by the concepts they mention first and by shared character pairs second.
///
/// Words are matched longest first, left to right, and a matched word hides the shorter words inside it:
/// "党的创新理论" is theory study, not innovation; "组织生活会" is the meeting, not a complaint about it.
/// Modifier concepts say how something went wrong (a formality, a lapse); they count only when a statement
/// names no topic, so "积分管理流于形式" is about supervising members, not about formalities in general.
public enum Lexicon {
    public struct Concept: Sendable {
        public var id: String
        public var words: [String]
        public var modifier: Bool
        /// A broad concept is often only the setting ("在组织生活中", "为群众"); a specific one in the same
        /// statement decides its group.
        public var broad: Bool
    }

    public static let concepts: [Concept] = [
        topic("理论学习", ["理论学习", "政治理论", "创新理论", "理论武装", "学深悟透", "读原文", "学原文", "学习不够", "学习停留",
                       "钻研", "学习浮于", "学习的自觉性", "学习自觉性", "学习重要性", "学习制度", "学习计划", "集中学习",
                       "专题研讨", "学习质量", "学习方式", "学习形式", "学习笔记", "读书", "自学", "学习教育", "学习内容",
                       "学习效果", "学习深度", "浅尝辄止", "学习的系统性", "系统学习", "读读念念", "照本宣科", "领学",
                       "学习研讨", "学习时间", "学习氛围", "学习积极性", "学习主动性", "以干代学", "学习任务", "学习往往",
                       "学得不深", "学得不透", "理解不深", "理解不透", "一知半解", "学习的深度", "碎片化", "党史学习",
                       "学习贯彻", "新思想", "原著", "讲话精神", "会议精神", "理论素养", "理论水平", "应付学习",
                       "被动学习", "学习抓得", "学习抓得不实", "弄懂弄通", "学懂弄通", "研读", "念文件", "抄笔记", "笔记", "学过", "理论成果", "所以然", "钻劲", "挤占", "浏览标题", "讲不出", "读书班", "理论功底", "理论根底", "死记硬背", "囫囵吞枣", "断章取义", "学习的连续性", "时断时续", "学习热情"]),
        topic("学用结合", ["学用结合", "学以致用", "学用脱节", "成果转化", "转化运用", "转化为", "两张皮", "指导实践",
                       "解决实际问题", "学习成效", "用到", "用于推动", "联系实际", "结合实际", "结合工作", "与工作结合",
                       "与业务结合", "理论联系实际", "知行合一", "知行脱节", "学归学", "干归干", "学了不用", "运用理论",
                       "用理论", "推动工作的能力", "学习成果", "结合不紧", "结合得不紧", "短板", "用起来", "讲道理", "具体举措", "举措少", "分析解决", "所学", "学了没", "业务难题", "学用", "结合工作实际", "落到实处", "学习转化", "学而不用", "空对空"]),
        topic("组织生活", ["三会一课", "组织生活", "主题党日", "支委会", "党小组会", "党员大会", "程序化", "仪式感",
                       "党课", "民主评议", "组织生活会", "支部活动", "党日活动", "组织活动", "支部大会",
                       "议事规则", "会前准备", "议题", "参会", "参加积极性", "到会", "缺席", "补课", "固定活动日",
                       "规定动作", "活动内容", "活动形式", "教育性", "党味", "单调", "喜闻乐见", "参与热情", "讨论不够充分", "召开不够规范", "开得不规范", "组织生活质量", "会议质量", "按时开会", "召开次数"]),
        modifier("形式化", ["流于形式", "走过场", "形式单一", "吸引力不强", "吸引力不够", "形式大于内容", "应付了事",
                         "照搬照抄", "老套", "千篇一律", "只重形式", "重数量", "表面文章"]),
        modifier("落实不力", ["落实不够", "落实不力", "落实不到位", "主动性不强", "积极性不高", "满足于完成", "不够到位",
                          "执行不严", "打了折扣"]),
        topic("批评和自我批评", ["批评", "辣味", "避重就轻", "避实就虚", "点问题", "红脸出汗", "咬耳扯袖", "怕伤和气", "一团和气",
                          "好人主义", "老好人", "不愿指出", "不愿意指出", "不敢指出", "碍于情面", "顾及面子", "不好意思",
                          "表扬多", "以建议代替", "希望代替", "多讲客观", "少讲主观", "自我剖析", "剖析不深", "对照检查不深",
                          "查摆不深", "找问题", "揭短亮丑", "触及灵魂", "蜻蜓点水", "隔靴搔痒", "不痛不痒", "得罪人", "拐弯抹角", "情面", "碍于", "顾虑", "鸡毛蒜皮", "要害", "剖析", "思想根源", "谈成绩", "互相批评", "相互批评", "提意见", "意见不痛不痒", "你好我好"]),
        topic("联系群众", ["联系群众", "联系服务群众", "服务群众", "群众诉求", "坐等上门", "群众观点", "走基层", "听民声",
                       "宗旨", "群众反映", "群众满意", "满意度", "服务对象", "群众呼声", "急难愁盼", "群众利益",
                       "为民服务", "为群众", "群众工作", "群众感情", "民情", "民意", "群众需求", "群众意见",
                       "办实事", "帮扶", "结对", "走访群众", "入户", "群众路线", "服务意识", "服务基层", "服务党员",
                       "调查研究", "调研", "深入基层", "下基层", "深入一线", "一线走访", "走访", "蹲点", "听汇报",
                       "实地", "了解情况", "掌握情况", "第一手", "沉下去", "身入心入", "辖区", "回应", "没有下文", "找上门", "党群", "干群", "最后一公里", "走马观花", "群众关系", "依靠电话", "群众的", "人民群众", "群众意识", "接地气", "群众中", "基层群众", "社区"]),
        topic("监督管理", ["教育管理", "日常管理", "监督", "管理偏松", "八小时以外", "积分管理", "积分制", "流动党员",
                       "党员管理", "管理宽松", "宽松软", "失之于宽", "失之于软", "从严管理", "严管", "提醒谈话",
                       "党员教育", "教育培训", "组织关系", "考核评价", "考评", "日常教育", "管理盲区", "盲区",
                       "退休党员", "党员档案", "约束", "管理制度", "管理措施", "重使用轻管理", "考勤", "缺勤", "提醒不到位", "积分考评", "考评标准", "管理不严", "管得不严", "管理抓得", "教育管理抓", "日常监督", "党员的管理", "管理松"]),
        topic("创新", ["创新", "按部就班", "老办法", "老套路", "老做法", "老经验", "思路不够宽", "思路不够开阔", "开拓",
                     "载体", "新意", "亮点", "特色", "品牌", "路径依赖", "守成", "墨守成规", "因循守旧", "固有模式",
                     "新方法", "新办法", "新举措", "新思路", "新途径", "缺少新意", "照搬往年", "往年做法", "观念更新", "改革意识", "敢闯敢试", "创新性", "自选动作", "特色不突出", "陈旧", "新手段", "方式方法", "新思维", "新路子", "新形式", "与时俱进", "守旧"]),
        topic("担当作为", ["担当", "攻坚克难", "畏难", "绕着走", "精气神", "进取心", "干事创业", "勇气", "抓落实", "韧劲",
                       "跟踪问效", "一阵风", "硬骨头", "攻坚", "啃", "推进少", "研究多", "推诿",
                       "不作为", "慢作为", "乱作为", "得过且过", "不出错", "不求有功", "但求无过", "求稳", "安于现状",
                       "满足于现状", "躺平", "拖沓", "敷衍", "跟踪督办", "督办", "层层递减", "执行力", "工作标准不高", "标准不高", "等靠要", "闯劲", "拼劲", "干劲",
                       "斗争精神", "斗争本领", "本领恐慌", "能力不足", "本领不强", "专业能力", "等一等", "看一看", "请缨", "过得去", "差不多", "上交", "拈轻怕重", "分外", "有布置", "无检查", "工作激情", "求稳怕乱", "消退", "推进速度", "难度大", "矛盾和困难", "想办法", "怕担责", "怕出错", "怕麻烦", "不敢碰硬", "缩手缩脚", "四平八稳", "应付差事", "工作热情", "责任心", "责任感", "主动作为", "担责"]),
        topic("形式主义", ["形式主义", "官僚主义", "留痕", "文山会海", "会议多", "文件多", "会议偏多", "台账资料", "以会议落实会议",
                       "以文件落实文件", "以会议贯彻会议", "重形式轻实效", "重台账", "轻实效", "轻实际", "填表报数",
                       "报材料", "基层负担", "多头", "重复检查", "督查检查", "拍照", "痕迹管理", "材料过多",
                       "材料多", "会议偏长", "发文", "表格", "报表", "作秀", "面子工程", "迎检", "写材料", "层层传达", "会议效率", "展板", "拍照片", "反复填报", "多次上报", "套话", "空话", "工作群", "群发通知", "疲于应付", "督导", "频次偏高", "增加负担", "重痕迹", "轻实绩", "文来文往", "开会多", "会议时间长", "长篇大论", "过度留痕"]),
        topic("纪律规矩", ["纪律", "规矩", "请示报告", "小节", "违纪", "请销假", "报备", "警示教育", "案例", "党章党规",
                       "党纪", "规章制度", "制度执行", "执行制度", "遵规守纪", "守纪律", "讲规矩", "组织观念",
                       "令行禁止", "自由散漫", "小事无所谓", "违规", "打折扣", "搞变通", "上班时间", "迟到", "早退", "无关的网页", "请假", "补办", "重大事项报告", "违反规定", "制止", "纪律观念", "不请假", "纪律松弛", "纪律松懈", "纪律约束", "自由主义", "规章", "工作纪律", "组织纪律", "政治纪律", "生活纪律", "群众纪律"]),
        topic("廉洁", ["廉洁", "廉政", "风险点", "风险防控", "防控措施", "经费", "采购", "公务接待", "公车", "八项规定",
                     "四风", "吃拿卡要", "礼品礼金", "收受", "红包", "利益输送", "财务", "报销", "资金", "物资",
                     "资产管理", "清正", "拒腐防变", "反腐", "腐败", "吃喝", "轮岗", "比价", "隐形变异", "公务用车", "用车", "礼品", "审核把关", "支出", "管理漏洞", "警示震慑", "廉洁自律", "廉洁意识", "不正之风", "以权谋私", "吃请", "违规收受", "宴请", "招投标", "回扣"]),
        topic("先锋模范", ["先锋模范", "带头作用", "身份意识", "冲锋在前", "示范引领", "急难险重", "亮身份", "站出来",
                       "冲上去", "关键时刻", "普通群众", "区别不明显", "看不出", "党员标准", "合格党员", "表率", "模范",
                       "先锋", "榜样", "党员形象", "党员意识", "一名党员", "党员作用",
                       "以身作则", "带头", "党员先锋岗", "责任区", "示范岗", "表现一般", "主动报名", "普通职工", "亮明身份", "打头阵", "挑重担", "传帮带", "党员的作用", "党员的样子", "党员标杆", "带了头", "冲在前"]),
        topic("班子建设", ["班子", "支委分工", "凝聚力", "战斗力", "履职尽责", "抓党建的能力", "自身建设", "支部委员",
                       "支委", "第一责任人", "堡垒", "主体责任", "一岗双责", "党建责任", "抓党建",
                       "党建工作责任", "各管一摊", "换届", "党务干部", "党务工作", "支部建设", "标准化",
                       "规范化", "组织力", "组织委员", "宣传委员", "纪检委员", "研究谋划", "年度计划", "配合不够", "沟通协调", "号召力", "带动作用", "一个人推动", "支委成员", "班子成员", "集体领导", "民主集中制", "议事决策", "党组织书记", "支部工作计划"]),
        topic("整改", ["整改", "反弹", "销号", "反复", "长效机制", "回头看", "屡查屡犯", "问题清单", "老问题",
                     "上次组织生活会", "上年度", "去年查摆", "以往问题", "查摆的问题", "查摆问题", "至今没有整改", "没有整改", "前紧后松", "巡察反馈", "巡视反馈", "审计发现", "同类问题", "笼统", "跟踪评估", "制度层面", "改不到位", "边改边犯", "问题整改"]),
        topic("节约", ["勤俭节约", "节约", "浪费", "过紧日子", "人走灯", "长明灯", "节能", "厉行节约", "奢侈", "铺张",
                     "印制", "用水", "用电", "打印", "空调", "电脑下班", "双面", "复印", "超标准", "印刷", "闲置", "办公用品", "领用", "节约用水", "水电", "资源浪费", "节俭", "大手大脚", "公物"]),
        topic("信息化", ["信息化", "智慧党建", "学习平台", "数字化", "线上", "平台", "学习强国", "新媒体",
                      "公众号", "app", "APP", "互联网", "视频会议", "手工", "微信公众号", "纸质", "手机", "软件", "数据录入", "信息系统", "智能", "大数据", "在线", "网上党支部", "云平台", "电子台账"]),
        topic("青年培养", ["青年", "积极分子", "发展党员", "入党", "年轻", "新党员", "预备党员", "后备", "培养联系人",
                       "梯队", "新生力量", "新入职", "90后", "95后", "80后", "思想引导", "培养考察", "培养周期", "后备力量", "靠拢", "青年职工", "压担子", "帮带", "年青", "新进人员", "入党申请", "发展对象"]),
        topic("谈心谈话", ["谈心谈话", "谈心", "交心", "谈话", "面对面", "思想动态", "思想状况", "思想交流", "交流思想",
                       "谈思想", "了解党员", "思想问题", "心理", "关心关爱", "关爱",
                       "困难党员", "家访", "谈到心坎", "疏导", "情绪波动", "家庭困难", "关心不够", "谈心次数", "思想动向", "掌握思想", "交心谈心"]),
        topic("服务效率", ["服务效率", "办事流程", "便捷", "窗口服务", "等待时间", "办事程序", "办事效率", "多次往返",
                       "跑腿", "最多跑一次", "审批", "一次办", "办结", "服务窗口", "服务质量", "门难进",
                       "脸难看", "事难办", "态度生硬", "服务态度", "繁琐", "环节多", "办事难", "耐心", "一次性告知", "来回跑", "网上办事", "现场办理", "排队", "大厅", "分流", "效率有待", "效率不高", "工作效率", "推诿扯皮", "服务水平", "服务标准"]),
        topic("安全", ["安全生产", "安全责任", "隐患", "风险的意识", "化解风险", "安全检查", "安全意识", "消防", "应急",
                     "保密", "网络安全", "安全管理", "防范风险", "风险意识", "安全风险", "安全教育",
                     "事故", "演练", "应急预案", "值班", "值守", "巡查", "施工现场", "重点部位", "死角", "安全隐患", "安全防范", "安全底线", "防汛", "防火", "交通安全"]),
        topic("党性修养", ["党性", "自我改造", "对自己要求", "自我要求", "修养", "世界观", "人生观", "价值观", "初心", "使命",
                       "理想信念", "信念", "精神懈怠", "放松要求", "降低标准", "思想上", "思想松懈", "思想认识",
                       "政治觉悟", "自律"]),
        topic("党费", ["党费", "缴纳", "交纳", "收缴", "缴费", "缴交", "基数", "足额", "按月"]),
        topic("意识形态", ["意识形态", "舆情", "阵地", "不当言论", "错误思想", "错误观点", "亮剑", "发声", "宣传栏",
                       "网络言论", "朋友圈", "负面言论", "宣传思想", "思想舆论"]),
        topic("档案资料", ["会议记录", "记录本", "记录不", "记录内容", "记录简单", "记录不全", "档案", "归档", "花名册",
                       "资料整理", "材料整理", "签到", "工作手册", "附件", "资料不全", "资料不完整", "信息更新", "台账记录",
                       "登记不", "纪要", "原始资料", "基础资料", "填写随意"]),
        topic("党建业务融合", ["党建与业务", "党建和业务", "党建工作和业务", "党建工作与业务", "重业务轻党建", "抓党建促业务",
                         "党建引领", "中心工作", "融合", "党建成效", "业务工作结合", "说起来重要", "做起来次要",
                         "忙起来不要", "党业融合", "党建促", "业务两张皮"]),
        topic("政治建设", ["政治站位", "政治功能", "四个意识", "两个维护", "政治引领", "两个确立", "政治判断力",
                       "政治领悟力", "政治执行力", "政治敏锐", "政治鉴别", "政治能力", "政治意识", "大局意识",
                       "看齐意识", "核心意识", "决策部署", "上级部署", "贯彻落实", "政治生活", "政治属性", "四个自信"]),
    ]

    static func topic(_ id: String, _ words: [String]) -> Concept {
        Concept(id: id, words: words, modifier: false, broad: broadTopics.contains(id))
    }
    static func modifier(_ id: String, _ words: [String]) -> Concept { Concept(id: id, words: words, modifier: true, broad: true) }
    static let broadTopics: Set<String> = ["理论学习", "组织生活", "联系群众", "党性修养", "政治建设", "担当作为", "监督管理", "班子建设", "整改", "纪律规矩"]

    /// Every word with its concept, bucketed by first character and sorted longest first within a bucket.
    static let index: [Unicode.Scalar: [(word: [Unicode.Scalar], concept: Int)]] = {
        var out: [Unicode.Scalar: [(word: [Unicode.Scalar], concept: Int)]] = [:]
        for (i, c) in concepts.enumerated() {
            for w in c.words {
                let scalars = Array(w.unicodeScalars)
                guard let first = scalars.first else { continue }
                out[first, default: []].append((scalars, i))
            }
        }
        for k in out.keys { out[k]?.sort { $0.word.count != $1.word.count ? $0.word.count > $1.word.count : $0.concept < $1.concept } }
        return out
    }()

    /// Concept ids a text mentions, ascending. Modifiers only when no topic is named.
    public static func concepts(in text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars)
        var topics = Set<Int>(), modifiers = Set<Int>()
        var i = 0
        while i < scalars.count {
            var advanced = false
            if let bucket = index[scalars[i]] {
                for entry in bucket where i + entry.word.count <= scalars.count {
                    var k = 1
                    while k < entry.word.count, scalars[i + k] == entry.word[k] { k += 1 }
                    guard k == entry.word.count else { continue }
                    if concepts[entry.concept].modifier { modifiers.insert(entry.concept) } else { topics.insert(entry.concept) }
                    i += entry.word.count
                    advanced = true
                    break
                }
            }
            if !advanced { i += 1 }
        }
        return (topics.isEmpty ? modifiers : topics).sorted()
    }

    /// The concept whose words share most characters with a text that names none of them, with the cosine
    /// similarity of the two character profiles (each character weighted by how few concepts use it). A weak
    /// fallback for paraphrases the word list lacks: "抄完笔记就算学过了" shares 学 and 笔记 with theory study.
    public static func nearest(_ text: String) -> (concept: Int, score: Double)? {
        let query = CharacterProfile.features(text)
        var scores: [Int: Double] = [:]
        var norm = 0.0
        for f in query {
            guard let idf = profile.idf[f] else { continue }
            norm += idf * idf
            for (c, w) in profile.postings[f] ?? [] { scores[c, default: 0] += idf * w }
        }
        guard norm > 0 else { return nil }
        let best = scores.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        return best.map { ($0.key, $0.value / norm.squareRoot()) }
    }

    static let profile = CharacterProfile(concepts.filter { !$0.modifier }.map(\.words), ids: concepts.indices.filter { !concepts[$0].modifier })
}

/// Characters and character pairs of each concept's words, weighted by rarity across concepts.
struct CharacterProfile: Sendable {
    var idf: [String: Double] = [:]
    /// feature → [(concept, normalised weight)]
    var postings: [String: [(Int, Double)]] = [:]

    static let stop: Set<Character> = ["不", "的", "了", "是", "有", "在", "和", "与", "及", "等", "多", "少", "够", "于", "对", "为", "中", "上", "下"]

    static func features(_ text: String) -> Set<String> {
        let chars = text.filter { $0.isLetter && !stop.contains($0) }.map { $0 }
        var out = Set(chars.map { String($0) })
        if chars.count > 1 { for i in 0..<(chars.count - 1) { out.insert(String([chars[i], chars[i + 1]])) } }
        return out
    }

    init(_ wordLists: [[String]], ids: [Int]) {
        var counts: [Int: [String: Double]] = [:]
        var df: [String: Int] = [:]
        for (words, id) in zip(wordLists, ids) {
            var c: [String: Double] = [:]
            for w in words { for f in Self.features(w) { c[f, default: 0] += 1 } }
            for f in c.keys { df[f, default: 0] += 1 }
            counts[id] = c
        }
        let n = Double(ids.count)
        for (f, d) in df { idf[f] = log(n / Double(d)) }
        for id in ids {
            guard let c = counts[id] else { continue }
            var v: [String: Double] = [:]
            for (f, x) in c { v[f] = (1 + log(x)) * (idf[f] ?? 0) }
            let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { continue }
            for (f, x) in v where x > 0 { postings[f, default: []].append((id, x / norm)) }
        }
        for f in postings.keys { postings[f]?.sort { $0.0 < $1.0 } }
    }
}
