import ArgumentParser
import Foundation

struct TemplateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "template",
        abstract: L("Write a blank canonical report (YAML, with Chinese comments) for a branch to fill in directly.", "生成一份空白的标准格式材料（YAML，带中文说明），供党支部直接填写。"),
        discussion: "Example:\n  huizong template -o 机关第一党支部.yaml && huizong parse 机关第一党支部.yaml"
    ) }
    @Option(name: .shortAndLong, help: H("File to write (default: standard output); an existing file is kept unless --force.", "写入的文件（默认输出到终端）；已有文件不覆盖，除非加 --force。")) var output: String?
    @Flag(help: H("Replace an existing file.", "覆盖已有文件。")) var force = false

    static let text = """
    # 对照检查材料（规范格式，第 1 版）。按注释填写后与其他材料一并报送；huizong parse 本文件可检查填写结果。
    version: 1
    branch:
      name: 某某党支部          # 党支部全称，与党委名单一致
      members: 0                # 党员人数
    year: 2025                  # 组织生活会所属年度
    meeting:
      kind: 组织生活会          # 组织生活会 / 专题组织生活会
      date: 2026-01-15          # 召开日期 YYYY-MM-DD
    stats:                      # 本年度开展次数（未开展填 0，不要留空或写 **）
      支委会: 0
      党员大会: 0
      党小组会: 0
      党课: 0
      主题党日: 0
    aspects:                    # 按本年度规定的方面逐项填写，每个方面 1–3 个问题
      - title: 遵守政治纪律方面
        problems:
          - headline: 一句话概括问题。
            detail: 具体表现和事例。
    causes:                     # 原因剖析，3–4 条
      - headline: 一句话概括原因。
        detail: 展开说明。
    measures:                   # 整改措施：责任人、完成时限必填；时限可写 2026-06-30 或 长期坚持
      - headline: 整改措施。
        owner: 责任人姓名
        deadline: 2026-06-30
        status: 正在整改        # 已完成 / 部分完成 / 正在整改 / 长期坚持 / 尚未启动

    """

    func run() throws {
        guard let output else { print(Self.text, terminator: ""); return }
        // It may be a branch's filled-in report: a blank one must not replace it by accident.
        if !force, FileManager.default.fileExists(atPath: output) {
            throw fail("\(output) exists; not replaced (use --force to replace it)", ExitStatus.usage)
        }
        do { try Data(Self.text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
            throw fail("cannot write \(output): \(error.localizedDescription)", ExitStatus.output)
        }
        print(output)
    }
}
