import Foundation

/// The words reading depends on (Data/reading.yaml): page clutter, titles, section headings, document-kind
/// signals, the rules of branch names, labels inside measures. A committee's knowledge.yaml may add words
/// under `reading:`; each list keeps the shipped words first.
public struct ReadingWords: Sendable, Equatable {
    /// Lines of a saved web page or a document site that are not the document ("浏览量：34").
    public var clutterPrefixes: [String] = []
    /// Whole lines that are a page's buttons ("字号", "打印").
    public var clutterLines: [String] = []
    /// Short lines holding one of these are clutter wherever they stand ("展开全文").
    public var clutterWords: [String] = []
    /// Glued to the end of a title by web pages ("……报告收藏").
    public var trailingClutter: [String] = []
    /// A line holding one of these (and no sentence) may be the document's title.
    public var titleWords: [String] = []
    /// Section headings by what they hold. A heading is classified by the first rule that matches, in the order
    /// previous → measures → causes → problems → basics, except that a heading naming problems and causes together
    /// ("存在的问题和原因剖析") opens the problems.
    public var previousHeadings: [String] = []
    public var measuresHeadings: [String] = []
    public var causesHeadings: [String] = []
    public var problemsHeadings: [String] = []
    public var basicsHeadings: [String] = []
    /// Headings of parts that are none of the above even when they hold a section word ("典型案例剖析").
    public var otherHeadings: [String] = []
    /// A sentence naming one of these and ending in a colon or "如下" leads into the problems that follow.
    public var problemLeadWords: [String] = []
    /// Document kinds (`DocumentKind`): words of the title, and signals in the opening text.
    public var individualSignals: [String] = []
    public var leadershipTitleWords: [String] = []
    public var meetingReportTitleWords: [String] = []
    public var committeeTitleWords: [String] = []
    public var multiBranchSignals: [String] = []
    /// A first sentence opening so is a talk at the meeting ("刚才，……").
    public var talkOpenings: [String] = []
    /// A first paragraph seeking a team's problems ("……查找镇领导班子存在的问题"): the team's material.
    public var teamProblemPhrases: [String] = []
    /// What an organisation's name ends with ("……分局", "……公司"), for a news title's source before its colon.
    public var organisationEndings: [String] = []
    /// A title naming the branches under the writer ("关于所属党支部……的报告"): a committee's document.
    public var manyBranchesTitleWords: [String] = []
    public var noticeTitleWords: [String] = []
    public var planTitleWords: [String] = []
    public var newsSignals: [String] = []
    /// An article's words for itself (本文结合, 笔者): the text is an article, not a branch's material.
    public var articleSignals: [String] = []
    /// What a title calls a material read out (报告, 材料, 汇报): a title with one is no news item.
    public var reportTitleNouns: [String] = []
    /// The labels of a web page's field list above the text ("• 发布机构：" over its value).
    public var pageFieldLabels: [String] = []
    /// A title asking how such a material is written (怎么写): a guide, whatever example it holds.
    public var guideTitleWords: [String] = []
    /// Words naming a third person in a clause ("同志"): a 个人 signal there is someone else's.
    public var thirdPersonMarkers: [String] = []
    /// Where a title run into the first sentence with no space ends ("……调研报告").
    public var gluedTitleEndings: [String] = []
    /// Words a first line that is a sentence opens with (按照, 根据 …): no title runs into it.
    public var sentenceOpeners: [String] = []
    /// A news item's credit words (撰稿, 供稿 …), opening a line with a colon after them.
    public var newsCredits: [String] = []
    /// After a third-person marker, what makes it no subject (同志们, 同志的).
    public var notThirdPersonFollowers: [String] = []
    /// Words of a site's menu.
    public var menuWords: [String] = []
    /// Headings of a section of proposals: the measures only where no other section holds them.
    public var proposalHeadings: [String] = []
    /// Labels of a division of work (责任分工：……): who, where it names a post or a person.
    public var divisionLabels: [String] = []
    /// A news item's first sentence reports a meeting ("4月1日下午，XX党支部在……召开……"): its verbs, the words
    /// that open it in place of a date, and how a branch says it of itself (then it is the branch's own report).
    public var newsOpeningVerbs: [String] = []
    public var newsDateWords: [String] = []
    public var ownBranchWords: [String] = []
    /// A first paragraph that announces its own account ("现将整改情况报告如下") is no news item.
    public var ownAccountWords: [String] = []
    /// Between 我 and 支部, a unit of one of these is no branch speaking of itself ("我镇农村党支部", "我们各支部").
    public var notOwnBranchUnits: [String] = []
    /// Measures headings that name a work summary's plans ("下一步打算"): with no problems or causes beside them the
    /// file is no self-examination.
    public var planHeadings: [String] = []
    /// Headings of the examination itself ("个人剖析对照检查情况"): the problems, unless they name causes.
    public var examinationHeadings: [String] = []
    /// Words that name a branch-level organisation; a text with none of them is not a branch's report.
    public var branchLevelWords: [String] = []
    /// Titles of a self-examination itself ("对照检查材料"): never a notice, plan or talk, whatever else they say.
    public var selfReportTitleWords: [String] = []
    /// Titles of talks, speeches, summaries and minutes: documents of another kind (`other`).
    public var otherTitleWords: [String] = []
    /// Of those, the ones a branch's own material may carry (a work summary, its minutes): where the branch speaks
    /// of itself (我支部, 我院党支部 …) the text is its own.
    public var branchOwnTitleWords: [String] = []
    /// Titles of a member's or secretary's own material ("述职").
    public var individualTitleWords: [String] = []
    /// A heading in the problems naming what others suggested ("群众反映的意见建议："): its items are suggestions,
    /// kept as context, not problems.
    public var suggestionHeadingWords: [String] = []
    /// Titles of a work summary or report ("工作总结", "述职报告"): a branch's own material when a branch wrote it.
    public var workReportTitleWords: [String] = []
    /// Posts of one person ("书记", "局长"): a 民主生活会 material titled with one is that member's own.
    public var personTitleWords: [String] = []
    /// A line holding one of these may be a title ("材料", "报告" …), when it has no sentence in it.
    public var titleLineWords: [String] = []
    /// How problems are worded: a numbered item naming one of these reads as a shortcoming. Used where a text shows
    /// no problems heading, to tell its list of problems from a list of achievements.
    public var shortcomingWords: [String] = []
    public var remedyPhrases: [String] = []
    /// A verb that puts right the 问题 a few characters after it ("解决“没人牵头”的问题").
    public var remedyVerbs: [String] = []
    /// After an aspect's name, a label of several problems parted by semicolons ("主要问题：A；B。").
    public var listedProblemsLabels: [String] = []
    /// Units of a quantity: 以下 right after one bounds it ("三十五岁以下") and announces nothing.
    public var quantityUnits: [String] = []
    public var tallyCounters: [String] = []
    public var contentsTitles: [String] = []
    public var quotedProblemOpeners: [String] = []
    /// What may follow a rectification notice's quoted problem ("关于“……”问题的整改。").
    public var quotedProblemTails: [String] = []
    /// A heading of rectification naming an inspection (巡察) and no earlier meeting is the notice's own subject.
    public var feedbackWords: [String] = []
    public var publishedLabels: [String] = []
    public var frequencyWords: [String] = []
    /// A branch name never starts with these ("各党支部", "下设党支部", "标准化支部").
    public var notNameStarts: [String] = []
    /// A figure and one of these inside a name's run count branches ("辖属12个社区党支部").
    public var nameCountCounters: [String] = []
    /// The branch speaking of itself before its name ("我们07园艺党支部"): dropped when a class code follows.
    public var speakerPrefixes: [String] = []
    /// What a branch's name ends with, longest first (a name is read back from one of these).
    public var orgSuffixes: [String] = []
    /// Words a name never holds: the run before a suffix is cut after the last of them (根据……按照xxx小学党支部).
    public var nameBreakers: [String] = []
    /// Labels of a measure's owner, its deadline and its status inside the measure's text (责任人：…).
    public var ownerLabels: [String] = []
    public var deadlineLabels: [String] = []
    public var statusLabels: [String] = []
    /// A cause written beside its problem (成因：……).
    public var inlineCauseLabels: [String] = []
    /// A short sentence holding one of these announces the items after it (仍存在以下问题：) and is not an item.
    public var leadInWords: [String] = []
    /// Short lines pointing elsewhere (整改措施见下表) are context, not items.
    public var fillerWords: [String] = []
    /// An unnumbered paragraph opening with one of these (比如：……) is an example of the problem before it, not one.
    public var exampleOpenings: [String] = []
    /// An unnumbered paragraph opening with one of these (具体表现为：一是……) gives the points of the item before it.
    public var evidenceLeads: [String] = []
    /// After a word of problem_lead_words, these open a list of shortcomings inside a sentence (差距，诸如A、B、C等).
    public var inlineListOpeners: [String] = []
    /// A title's year written straight before one of these, with no 年 ("2024班子组织生活会……"), is the report's year.
    public var titleYearFollowers: [String] = []
    /// A sentence ending with one of these near its end announces the items after it (……分析如下：).
    public var announceWords: [String] = []
    /// A sentence before 一是 that names one of these announces fixes or lessons, not shortcomings (已着手整改：).
    public var notProblemPoints: [String] = []
    /// A heading naming problems and their rectification is last year's when it holds one of these (上年度).
    public var previousMarkers: [String] = []
    /// A paragraph opening with one of these and a colon says how far the measures got (进展成效：……): not a measure.
    public var progressLabels: [String] = []
    /// An owner written into a measure's sentence: after one of `ownerOpeners` and before one of `ownerClosers`
    /// (由支部书记负责), longest closer first.
    public var ownerOpeners: [String] = []
    public var ownerClosers: [String] = []
    /// A date written into a measure's sentence is its deadline when one of these follows it (3月底前完成).
    public var deadlineClosers: [String] = []
    /// A date after one of these is when it was done (已于……完成), not a deadline.
    public var doneMarkers: [String] = []
    /// Written as a clause of its own (……，长期坚持。), these make a measure ongoing.
    public var ongoingClauses: [String] = []
    /// A deadline holding one of these is open-ended (长期, 常态化).
    public var ongoingWords: [String] = []
    /// A line with no end mark that stops on one of these was broken mid-sentence ("……检查存在").
    public var danglingEndings: [String] = []
    /// An owner written before 负责/牵头 with no opener must name a post with one of these (法制员韩蕾负责).
    public var ownerPostWords: [String] = []
    public var surnames: [String] = []
    public var ownerUnitEndings: [String] = []
    /// "村党支部", "本支部": a name made of one of these and an org suffix says which kind of branch, not which
    /// one; a signature naming the branch is taken instead.
    public var genericNameStems: [String] = []
    /// Words numbered like items at the start of a paragraph ("问题1：", "措施2：").
    public var numberedLabels: [String] = []
    /// Text after an aspect's name saying it found no problem ("本方面暂未发现明显问题").
    public var noneFoundWords: [String] = []
    /// A paragraph opening so sums a section up or turns to what follows: no item's detail.
    public var closingOpeners: [String] = []
    /// An addressee naming a team sent to inspect: the text is an account to it (`other`).
    public var inspectionTeams: [String] = []
    /// One mention of these makes a text a committee's about its branches (党委下辖六个党支部).
    public var committeeStructureWords: [String] = []
    /// An organisation after one of `superiorMarkers` (上级党委) or before one of `superiorPhrases` (……的正确领导下)
    /// leads the writer; it is not the writer.
    public var superiorMarkers: [String] = []
    public var superiorPhrases: [String] = []
    /// A news signal after one of these is cited, not reported (根据会议要求，……).
    public var citingWords: [String] = []
    /// A problem that opens with what is done well ("能够按计划组织学习，但……") holds one of these before its contrast.
    public var praiseWords: [String] = []
    /// The words that turn from what is done well to the shortcoming (但, 但是 …), longest first.
    public var contrastWords: [String] = []
    /// Words that start with a contrast word and are none (但凡).
    public var notContrastWords: [String] = []
    /// A clause opening so only admits shortcomings exist (存在一些不足，).
    public var admissionOpeners: [String] = []
    /// An owner opener inside these opens no owner (由于), and an owner ending so is a manner (统一牵头).
    public var notOwnerOpenings: [String] = []
    public var notOwnerEndings: [String] = []
    /// A date after these recurs (每年……), and a closer inside `notDeadlineWords` (前往) closes nothing.
    public var recurringMarkers: [String] = []
    public var notDeadlineWords: [String] = []
    /// An early colon makes the words before it the headline (活动创新不足：……), unless they hold one of these (主要表现：,
    /// 责任人：).
    public var colonLeadExclusions: [String] = []
    /// A lead-in sentence naming these opens the causes (产生以上问题的原因主要有：一是……) or the measures.
    public var causesLeadWords: [String] = []
    public var measuresLeadWords: [String] = []
    /// 我 followed by one of these is a collective (我们, 我支部, 我校), not one person speaking.
    public var collectiveAfterWo: [String] = []
    /// 本人 after one of these is someone else's self ("其本人"), not the writer speaking.
    public var othersBeforeSelf: [String] = []
    /// Words ending in one of those that are conjunctions ("尤其本人"): the 本人 after them is the writer's.
    public var selfConjunctions: [String] = []
    /// A name's stem never holds these (一是社区原没有支部 is a sentence).
    public var notNameWords: [String] = []
    /// Names ending so are committees, not branches.
    public var committeeSuffixes: [String] = []
    /// 党组织 names a branch only after one of these (城西社区党组织, not 基层党组织).
    public var localOrganisationWords: [String] = []

    /// Predicates of a problem statement (不够, 不到位, 缺乏 …): a short line holding one is an item, not a heading.
    public var statementPredicates: [String] = []

    /// A measure written beside its problem in a run-together paragraph (整改措施：……).
    public var inlineMeasureLabels: [String] = []

    /// Labels of a measure line under a problem card ("● 措施：……"), besides `inlineMeasureLabels`.
    public var cardMeasureLabels: [String] = []

    /// Labels of a problem card ("存在问题：X").
    public var problemCardLabels: [String] = []

    public init() {}

    /// The key of each list in the data files, and where it goes.
    public static var fields: [(key: String, path: WritableKeyPath<ReadingWords, [String]>)] { [
        ("clutter_prefixes", \.clutterPrefixes),
        ("clutter_lines", \.clutterLines),
        ("clutter_words", \.clutterWords),
        ("trailing_clutter", \.trailingClutter),
        ("title_words", \.titleWords),
        ("previous_headings", \.previousHeadings),
        ("measures_headings", \.measuresHeadings),
        ("causes_headings", \.causesHeadings),
        ("problems_headings", \.problemsHeadings),
        ("basics_headings", \.basicsHeadings),
        ("other_headings", \.otherHeadings),
        ("problem_lead_words", \.problemLeadWords),
        ("individual_signals", \.individualSignals),
        ("leadership_title_words", \.leadershipTitleWords),
        ("meeting_report_title_words", \.meetingReportTitleWords),
        ("committee_title_words", \.committeeTitleWords),
        ("multi_branch_signals", \.multiBranchSignals),
        ("talk_openings", \.talkOpenings),
        ("team_problem_phrases", \.teamProblemPhrases),
        ("organisation_endings", \.organisationEndings),
        ("many_branches_title_words", \.manyBranchesTitleWords),
        ("notice_title_words", \.noticeTitleWords),
        ("plan_title_words", \.planTitleWords),
        ("news_signals", \.newsSignals),
        ("article_signals", \.articleSignals),
        ("report_title_nouns", \.reportTitleNouns),
        ("page_field_labels", \.pageFieldLabels),
        ("guide_title_words", \.guideTitleWords),
        ("third_person_markers", \.thirdPersonMarkers),
        ("glued_title_endings", \.gluedTitleEndings),
        ("sentence_openers", \.sentenceOpeners),
        ("news_credits", \.newsCredits),
        ("not_third_person_followers", \.notThirdPersonFollowers),
        ("menu_words", \.menuWords),
        ("proposal_headings", \.proposalHeadings),
        ("division_labels", \.divisionLabels),
        ("news_opening_verbs", \.newsOpeningVerbs),
        ("news_date_words", \.newsDateWords),
        ("own_branch_words", \.ownBranchWords),
        ("own_account_words", \.ownAccountWords),
        ("not_own_branch_units", \.notOwnBranchUnits),
        ("plan_headings", \.planHeadings),
        ("examination_headings", \.examinationHeadings),
        ("branch_level_words", \.branchLevelWords),
        ("self_report_title_words", \.selfReportTitleWords),
        ("other_title_words", \.otherTitleWords),
        ("branch_own_title_words", \.branchOwnTitleWords),
        ("individual_title_words", \.individualTitleWords),
        ("work_report_title_words", \.workReportTitleWords),
        ("suggestion_heading_words", \.suggestionHeadingWords),
        ("person_title_words", \.personTitleWords),
        ("title_line_words", \.titleLineWords),
        ("shortcoming_words", \.shortcomingWords),
        ("remedy_phrases", \.remedyPhrases),
        ("remedy_verbs", \.remedyVerbs),
        ("listed_problems_labels", \.listedProblemsLabels),
        ("quantity_units", \.quantityUnits),
        ("tally_counters", \.tallyCounters),
        ("contents_titles", \.contentsTitles),
        ("quoted_problem_openers", \.quotedProblemOpeners),
        ("quoted_problem_tails", \.quotedProblemTails),
        ("feedback_words", \.feedbackWords),
        ("published_labels", \.publishedLabels),
        ("frequency_words", \.frequencyWords),
        ("not_name_starts", \.notNameStarts),
        ("name_count_counters", \.nameCountCounters),
        ("speaker_prefixes", \.speakerPrefixes),
        ("org_suffixes", \.orgSuffixes),
        ("name_breakers", \.nameBreakers),
        ("owner_labels", \.ownerLabels),
        ("deadline_labels", \.deadlineLabels),
        ("status_labels", \.statusLabels),
        ("inline_cause_labels", \.inlineCauseLabels),
        ("lead_in_words", \.leadInWords),
        ("filler_words", \.fillerWords),
        ("example_openings", \.exampleOpenings),
        ("evidence_leads", \.evidenceLeads),
        ("inline_list_openers", \.inlineListOpeners),
        ("title_year_followers", \.titleYearFollowers),
        ("announce_words", \.announceWords),
        ("not_problem_points", \.notProblemPoints),
        ("previous_markers", \.previousMarkers),
        ("progress_labels", \.progressLabels),
        ("praise_words", \.praiseWords),
        ("not_contrast_words", \.notContrastWords),
        ("admission_openers", \.admissionOpeners),
        ("not_owner_openings", \.notOwnerOpenings),
        ("not_owner_endings", \.notOwnerEndings),
        ("recurring_markers", \.recurringMarkers),
        ("not_deadline_words", \.notDeadlineWords),
        ("committee_structure_words", \.committeeStructureWords),
        ("none_found_words", \.noneFoundWords),
        ("closing_openers", \.closingOpeners),
        ("inspection_teams", \.inspectionTeams),
        ("superior_markers", \.superiorMarkers),
        ("superior_phrases", \.superiorPhrases),
        ("citing_words", \.citingWords),
        ("owner_openers", \.ownerOpeners),
        ("owner_closers", \.ownerClosers),
        ("deadline_closers", \.deadlineClosers),
        ("done_markers", \.doneMarkers),
        ("ongoing_clauses", \.ongoingClauses),
        ("ongoing_words", \.ongoingWords),
        ("dangling_endings", \.danglingEndings),
        ("numbered_labels", \.numberedLabels),
        ("owner_post_words", \.ownerPostWords),
        ("surnames", \.surnames),
        ("owner_unit_endings", \.ownerUnitEndings),
        ("generic_name_stems", \.genericNameStems),
        ("contrast_words", \.contrastWords),
        ("colon_lead_exclusions", \.colonLeadExclusions),
        ("causes_lead_words", \.causesLeadWords),
        ("measures_lead_words", \.measuresLeadWords),
        ("collective_after_wo", \.collectiveAfterWo),
        ("others_before_self", \.othersBeforeSelf),
        ("self_conjunctions", \.selfConjunctions),
        ("not_name_words", \.notNameWords),
        ("committee_suffixes", \.committeeSuffixes),
        ("local_organisation_words", \.localOrganisationWords),
        ("statement_predicates", \.statementPredicates),
        ("inline_measure_labels", \.inlineMeasureLabels),
        ("card_measure_labels", \.cardMeasureLabels),
        ("problem_card_labels", \.problemCardLabels),
    ] }
}
