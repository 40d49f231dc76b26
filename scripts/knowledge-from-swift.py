#!/usr/bin/env python3
"""One-off conversion (run 2026-12-01): the word lists that were Swift literals become
Sources/HuizongKnowledge/Data/*.yaml. Reads the Swift sources as they were, writes the data files, reads
them back and checks that every word, flag and order survived. Kept in history beside the commit that
removed the literals; it cannot run after that commit."""
import re, sys, unicodedata, yaml

ROOT = sys.argv[1] if len(sys.argv) > 1 else "."
OUT = f"{ROOT}/Sources/HuizongKnowledge/Data"

def read(p): return open(f"{ROOT}/{p}", encoding="utf-8").read()
def strings(s): return re.findall(r'"((?:[^"\\]|\\.)*)"', s)

# --- Lexicon.swift: concepts, in array order (the order breaks ties between concepts).
lex = read("Sources/HuizongAnalysis/Lexicon.swift")
body = lex[lex.index("public static let concepts"):lex.index("static func topic")]
concepts = []
for m in re.finditer(r'(topic|modifier)\("([^"]+)",\s*\[(.*?)\]\)', body, re.S):
    concepts.append({"id": m.group(2), "modifier": m.group(1) == "modifier", "words": strings(m.group(3))})
broad = set(strings(re.search(r"broadTopics: Set<String> = \[(.*?)\]", lex).group(1)))
for c in concepts: c["broad"] = c["modifier"] or c["id"] in broad
heads = re.findall(r'\("([^"]+)", "([^"]+)"\)', lex[lex.index("headWords:"):lex.index("typealias Index")])
for c in concepts: c["head_words"] = [w for w, cid in heads if cid == c["id"]]
assert len(heads) == sum(len(c["head_words"]) for c in concepts), "a head word names no concept"
assert body.count("topic(") + body.count("modifier(") == len(concepts), "a concept was not parsed"

# --- AspectSets.swift: the YAML string and the year switch.
asp = read("Sources/HuizongIngest/AspectSets.swift")
yaml_text = asp[asp.index('builtinYAML = """') + len('builtinYAML = """'):asp.rindex('"""')]
sets = yaml.safe_load("\n".join(l[4:] if l.startswith("    ") else l for l in yaml_text.split("\n")))
applies = {  # transcribed from forYear: rules with kinds are tried before rules without
    "2017": [{"years": ["2017"]}],
    "2018": [{"years": ["2018", "2020", "2022"]}],
    "2019-zhutijiaoyu": [{"years": ["2019"]}],
    "2021-dangshi": [{"years": ["2021"], "kinds": ["专题"]}],
    "2021": [{"years": ["2021"]}],
    "2023-zhutijiaoyu": [{"years": ["2023"]}],
    "2024-jilv": [{"years": ["2024-"]}],
}
assert set(applies) == {s["id"] for s in sets}

# --- ProseFacts.swift activities; Summary.swift regulationMinimums.
pf = read("Sources/HuizongIngest/ProseFacts.swift")
acts = [(m.group(1), strings(m.group(2))) for m in re.finditer(r'\("([^"]+)", \[(.*?)\]\)', pf[pf.index("activities:"):pf.index("placeholderChars")])]
summ = read("Sources/HuizongAnalysis/Summary.swift")
mins = [(a, int(n)) for a, n in re.findall(r'\("([^"]+)", (\d+)\)', summ[summ.index("regulationMinimums"):])[:6]]
assert [a for a, _ in mins] == [a for a, _ in acts][:len(mins)], "minimums not in activity order"
mind = dict(mins)

# --- LedgerReader.swift aliases; DeadlineParser.swift StatusWords.
lr = read("Sources/HuizongIngest/LedgerReader.swift")
cols = [(m.group(1), strings(m.group(2))) for m in re.finditer(r'\(\.(\w+), \[(.*?)\]\)', lr[lr.index("static let aliases"):lr.index("static func column")])]
col_names = {"doneDate": "done_date"}
dp = read("Sources/HuizongIngest/DeadlineParser.swift")
st = [(m.group(1), strings(m.group(2))) for m in re.finditer(r'\(\.(\w+), \[(.*?)\]\)', dp[dp.index("enum StatusWords"):])]
status_names = {"notStarted": "not_started", "inProgress": "in_progress"}

# --- Writing: flow lists wrapped at 80 columns (a CJK character is two).
def width(s): return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
def scalar(w):
    plain = re.fullmatch(r"[0-9]*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]*", w) \
        or key_is_year[0] and re.fullmatch(r"[0-9]{4}-?", w)
    reserved = w.lower() in {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}
    return w if plain and not reserved else '"' + w.replace('"', '\\"') + '"'
key_is_year = [False]
def flow(key, items, indent, limit=80):
    key_is_year[0] = key == "years"
    lines, cur = [], " " * indent + f"{key}: ["
    cont = " " * (indent + 2)
    for i, w in enumerate(items):
        piece = scalar(w) + ("]" if i == len(items) - 1 else ",")
        if cur.endswith("[") or width(cur) + 1 + width(piece) <= limit:
            cur += ("" if cur.endswith("[") else " ") + piece
        else:
            lines.append(cur); cur = cont + piece
    if not items: cur += "]"
    lines.append(cur)
    return "\n".join(lines)

HEAD = "# {title}\n# 本文件随 huizong 发布；本党委的补充写在委员会文件夹的 knowledge.yaml 中（docs/knowledge.md）。\n{note}version: 1\n"
with open(f"{OUT}/concepts.yaml", "w", encoding="utf-8") as f:
    f.write(HEAD.format(title="概念词表：分组时按问题表述提到的概念归类（docs/knowledge.md）。",
        note="# 顺序有意义：两个概念不分先后时，排在前面的优先。broad：常作背景的宽泛概念；\n"
             "# modifier：只说“怎么不好”的修饰概念；head_words：只在什么概念都没提到时才起作用的宽泛词。\n"))
    f.write("concepts:\n")
    for c in concepts:
        f.write(f"  {c['id']}:\n")
        if c["broad"]: f.write("    broad: true\n")
        if c["modifier"]: f.write("    modifier: true\n")
        if c["head_words"]: f.write(flow("head_words", c["head_words"], 4) + "\n")
        f.write(flow("words", c["words"], 4) + "\n")
with open(f"{OUT}/aspect-sets.yaml", "w", encoding="utf-8") as f:
    f.write(HEAD.format(title="各年度组织生活会规定的对照方面（docs/knowledge.md）。",
        note="# applies_to：适用的年度（\"2024-\" 为 2024 年及以后）和会议类型（kinds：会议名称含其中一词）；\n"
             "# 写了 kinds 的规则先于不写的。taxonomy 是跨年度比较用的稳定分类。\n"))
    f.write("aspect_sets:\n")
    for s in sets:
        f.write(f'  "{s["id"]}":\n    title: {s["title"]}\n    applies_to:\n')
        for r in applies[s["id"]]:
            f.write("      - " + flow("years", r["years"], 0).lstrip() + "\n")
            if "kinds" in r: f.write("        " + flow("kinds", r["kinds"], 0).lstrip() + "\n")
        f.write("    aspects:\n")
        for a in s["aspects"]:
            f.write(f"      - id: {a['id']}\n        name: {a['name']}\n")
            if a.get("aliases"): f.write(flow("aliases", a["aliases"], 8) + "\n")
            if a.get("keywords"): f.write(flow("keywords", a["keywords"], 8) + "\n")
            f.write(f"        taxonomy: {a['taxonomy']}\n")
with open(f"{OUT}/activities.yaml", "w", encoding="utf-8") as f:
    f.write(HEAD.format(title="组织生活活动：材料中的写法（aliases，最长者优先）、计数单位（unit）\n# 和《中国共产党支部工作条例（试行）》规定的每年最低次数（minimum）。",
        note="# minimum 的顺序即报告中统计表的列序。\n"))
    f.write("activities:\n")
    for name, aliases in acts:
        f.write(f"  {name}:\n" + flow("aliases", aliases, 4) + "\n    unit: 次\n")
        if name in mind: f.write(f"    minimum: {mind[name]}\n")
with open(f"{OUT}/ledger-columns.yaml", "w", encoding="utf-8") as f:
    f.write(HEAD.format(title="整改台账的列名：每列可能的表头写法。表头与某写法完全相同者优先，其次取包含的最长写法。",
        note="# 顺序有意义：同样长的写法，排在前面的列优先。\n"))
    f.write("ledger_columns:\n")
    for c, names in cols: f.write(flow(col_names.get(c, c), names, 2) + "\n")
with open(f"{OUT}/status-words.yaml", "w", encoding="utf-8") as f:
    f.write(HEAD.format(title="整改状态用语：台账“整改进展”一栏含其中一词即归入该状态。",
        note="# 顺序有意义：依次检查，先含者为准（“未完成”在“完成”之前）。\n"))
    f.write("status_words:\n")
    for s, words in st: f.write(flow(status_names.get(s, s), words, 2) + "\n")

# --- Read back and compare.
def load(n): return yaml.load(open(f"{OUT}/{n}", encoding="utf-8"), Loader=yaml.BaseLoader)
back = load("concepts.yaml")["concepts"]
assert list(back) == [c["id"] for c in concepts]
for c in concepts:
    b = back[c["id"]]
    assert b["words"] == c["words"], c["id"]
    assert (b.get("broad") == "true") == c["broad"] and (b.get("modifier") == "true") == c["modifier"], c["id"]
    assert b.get("head_words", []) == c["head_words"], c["id"]
ab = load("aspect-sets.yaml")["aspect_sets"]
assert list(ab) == [s["id"] for s in sets]
for s in sets:
    assert ab[s["id"]]["title"] == s["title"]
    assert ab[s["id"]]["applies_to"] == applies[s["id"]]
    for a, b in zip(s["aspects"], ab[s["id"]]["aspects"], strict=True):
        assert {k: v for k, v in a.items() if v} == b, a
acb = load("activities.yaml")["activities"]
assert [(k, v["aliases"]) for k, v in acb.items()] == acts
assert [(k, int(v["minimum"])) for k, v in acb.items() if "minimum" in v] == mins
assert [(k, v) for k, v in load("ledger-columns.yaml")["ledger_columns"].items()] == [(col_names.get(c, c), n) for c, n in cols]
assert [(k, v) for k, v in load("status-words.yaml")["status_words"].items()] == [(status_names.get(s, s), w) for s, w in st]
print(f"concepts: {len(concepts)}, words: {sum(len(c['words']) for c in concepts)}, head words: {len(heads)}")
for c in concepts: print(f"  {c['id']}\t{len(c['words'])}")
print(f"aspect sets: {len(sets)}, activities: {len(acts)}, ledger columns: {len(cols)}, status words: {sum(len(w) for _, w in st)}")
