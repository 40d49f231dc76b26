import Foundation
import HuizongDocument
@testable import HuizongBuild
import HuizongLayout
import HuizongModel
import Testing

/// The pipeline library the command line and the benchmark share.
@Suite struct BuildJobTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func job(_ folder: URL, out: URL) throws -> BuildJob {
        let spec = try LayoutSpecReader.read(contentsOf: Self.root.appendingPathComponent("Layouts/gbt9704.yaml"))
        let today = try #require(Day(year: 2026, month: 12, day: 1))
        return BuildJob(.init(folder: folder, output: out, layout: spec, fontDirectory: Self.root.appendingPathComponent("Fonts"), today: today))
    }

    func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("hz-buildjob-\(UUID().uuidString)")
    }

    @Test func theSamplesBuildWithEveryOutputAndTheirLeftOutFiles() throws {
        let out = scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        var events: [BuildJob.Event] = []
        let result = try job(Self.root.appendingPathComponent("samples/committee"), out: out).run { events.append($0) }
        #expect(result.reconciliation.ok)
        #expect(result.leftOut == result.summary.excluded.count && result.leftOut > 0)
        #expect(result.included == Set(result.summary.branches.flatMap(\.sources)).count)
        #expect(result.pages > 5)
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(written.isSuperset(of: ["summary.json", "branches.csv", result.pdf.lastPathComponent]))
        #expect(!written.contains { $0.hasSuffix(".tmp") })
        // The events tell the whole run, in order: read before analysed before typeset.
        let order = events.compactMap { e -> String? in
            switch e { case .read: "read"; case .analysed: "analysed"; case .typeset: "typeset"; default: nil }
        }
        #expect(order == ["read", "analysed", "typeset"])
    }

    @Test func aWrongCommitteeFileStopsTheBuildBeforeAnythingIsWritten() throws {
        let dir = scratch(), out = scratch()
        defer { for u in [dir, out] { try? FileManager.default.removeItem(at: u) } }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "committee: 某某党委\nyaer: 2025\n".write(to: dir.appendingPathComponent("committee.yaml"), atomically: true, encoding: .utf8)
        #expect {
            _ = try job(dir, out: out).run()
        } throws: { error in
            guard case let .settings(found)? = error as? BuildJob.Failure else { return false }
            return found.contains { $0.location?.position == .line(2) }
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Letters are typeset on every core, each worker with its own typesetter: the files are the bytes one
    /// worker makes, and a failed write in any worker is the run's failure.
    @Test func lettersTypesetOnSeveralWorkersAreTheBytesOfOne() throws {
        let spec = try LayoutSpecReader.read(contentsOf: Self.root.appendingPathComponent("Layouts/gbt9704.yaml"))
        let fonts = Self.root.appendingPathComponent("Fonts")
        let base = scratch()
        defer { try? FileManager.default.removeItem(at: base) }
        func run(_ workers: Int) throws -> [Data] {
            let dir = base.appendingPathComponent("w\(workers)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let jobs = (1...7).map { i in
                BuildJob.FeedbackJob(document: Document(title: "第\(i)党支部审核意见", blocks: [.paragraph(Paragraph([Span(String(repeating: "请补正整改措施的责任人。", count: i))]))]),
                                     name: "\(i)", pdf: dir.appendingPathComponent("\(i).pdf"), docx: dir.appendingPathComponent("\(i).docx"))
            }
            try BuildJob.typesetConcurrently(jobs, spec: spec, fonts: fonts, date: "2026-12-01T00:00:00", workers: workers)
            return try jobs.flatMap { [try Data(contentsOf: $0.pdf), try Data(contentsOf: $0.docx)] }
        }
        let one = try run(1), two = try run(2)
        #expect(one.count == 14 && one.allSatisfy { $0.count > 1000 })
        #expect(one == two)
        let broken = BuildJob.FeedbackJob(document: Document(title: "x", blocks: []), name: "x",
                                          pdf: base.appendingPathComponent("missing/x.pdf"), docx: base.appendingPathComponent("missing/x.docx"))
        #expect(throws: (any Error).self) {
            try BuildJob.typesetConcurrently([broken, broken, broken], spec: spec, fonts: fonts, date: "2026-12-01T00:00:00", workers: 2)
        }
    }
}
