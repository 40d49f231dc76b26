import Foundation
import HuizongBuild
import HuizongCompose
import HuizongModel

/// One build of the folder state: analyse → compose → write, on the state already read.
enum BuildRun {
    enum Outcome: Sendable {
        case success([String: String])
        case failure(String)
    }

    static func run(_ job: BuildJob, state: FolderState, step: @escaping @Sendable (String) -> Void) -> Outcome {
        guard state.settingsErrors.isEmpty else {
            return .failure("设置文件有误，未生成：" + state.settingsErrors.map { "\($0.location?.description ?? "")：\($0.zh)" }.joined(separator: "；"))
        }
        if let bad = state.input.folder.knowledgeError { return .failure("knowledge.yaml 有误：\(bad.zh)") }
        do throws(BuildJob.Failure) {
            let summary = job.analyse(state.input) { event in if let line = describe(event) { step(line) } }
            let composed = try job.compose(state.input, summary: summary)
            step("正在排版和写出 PDF、Word、统计表和审核意见……")
            let result = try job.write(state.input, findings: state.findings, summary: summary, composed: composed) { event in
                if let line = describe(event) { step(line) }
            }
            return .success(outputs(result, folder: job.options.output))
        } catch {
            return .failure(message(error))
        }
    }

    static func outputs(_ result: BuildJob.Result, folder: URL) -> [String: String] {
        let title = result.pdf.deletingPathExtension().lastPathComponent
        return ["pdf": title + ".pdf", "docx": title + ".docx", "xlsx": title + "统计表.xlsx", "json": "summary.json",
                "feedback": BuildJob.feedbackFolder]
    }

    static func describe(_ event: BuildJob.Event) -> String? {
        switch event {
        case let .analysed(branches, problems, groups): return "分析完成：\(branches) 个党支部，\(problems) 个问题，归为 \(groups) 类"
        case let .typeset(pages): return "排版完成：共 \(pages) 页"
        case let .feedback(letters): return "审核意见 \(letters) 份，报送情况 1 份"
        case let .excluded(e): return "未纳入：\(URL(fileURLWithPath: e.source).lastPathComponent)（\(e.reason)）"
        default: return nil
        }
    }

    static func message(_ error: BuildJob.Failure) -> String {
        switch error {
        case let .settings(d): return "设置文件有误：" + d.map(\.zh).joined(separator: "；")
        case let .knowledge(d): return "knowledge.yaml 有误：\(d.zh)"
        case let .reconciliation(lines): return "报告中的数字与读出的不一致：" + lines.joined(separator: "；")
        case let .environment(m): return "字体无法加载：\(m)"
        case let .output(m): return "写出失败：\(m)"
        }
    }
}
