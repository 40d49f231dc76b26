import Foundation
import HuizongDocument
import HuizongModel
import Testing
@testable import HuizongIngest

/// committee.yaml through the typed reader: every mistake names its line.
@Suite struct CommitteeConfigTests {
    func error(_ yaml: String) -> DataFileError? {
        do { _ = try CommitteeConfig.read(yaml, file: "committee.yaml"); return nil } catch { return error }
    }

    @Test func everySettingIsRead() throws {
        let yaml = """
        version: 1
        committee: 甲党委
        year: 2025
        meeting: 组织生活会
        aspect_set: 2024-jilv
        as_of: 2026年3月31日
        thresholds: {党课: 4}
        roster:
          - 一支部
          - {name: 二支部, aliases: [二支]}
          - {name: 三支部, aliases: 三支}
        """
        let c = try CommitteeConfig.read(yaml, file: "committee.yaml")
        #expect(c.committee == "甲党委" && c.year == 2025 && c.meetingKind == "组织生活会" && c.aspectSet == "2024-jilv")
        #expect(c.asOf == Day(year: 2026, month: 3, day: 31))
        #expect(c.thresholds == ["党课": 4])
        #expect(c.roster.map(\.name) == ["一支部", "二支部", "三支部"])
        #expect(c.canonicalName("二支") == "二支部" && c.canonicalName("三支") == "三支部")
    }

    @Test func mistakesNameTheirLine() {
        #expect(error("committee: 甲\nas-of: 2026-03-31\n")?.line == 2)
        #expect(error("committee: 甲\nroster:\n  - 一支部\n  - {name: 二支部, alias: [二]}\n")?.line == 4)
        #expect(error("year: 二〇二五\n")?.message.contains("whole number") == true)
        #expect(error("as_of: banana\n")?.message.contains("not a date") == true)
        #expect(error("aspect_set: 2099-none\n")?.message.contains("2024-jilv") == true)
        #expect(error("thresholds: {党课: -1}\n") != nil)
        #expect(error("roster: 一支部\n")?.message.contains("expected a list") == true)
        #expect(error("") != nil, "an empty file is a mistake too")
    }

    @Test func theDateFormsClerksWrite() {
        let day = Day(year: 2026, month: 3, day: 31)
        for s in ["2026-03-31", "2026/03/31", "2026.3.31", "2026年3月31日", "2026-3-31"] { #expect(Day.parseWritten(s) == day, "\(s)") }
        for s in ["2026-02-30", "banana", "2026/06", "26/03/31", "2026年3月31", "2026-+3-31", "2026-03-31x"] { #expect(Day.parseWritten(s) == nil, "\(s)") }
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, String.Encoding(rawValue: 0x8000_0632)])
    func anyEncodingTheReportsMayUse(_ encoding: String.Encoding) throws {
        var data = try #require("committee: 镕城党委\nas_of: 2026-03-31\nroster: [档案室党支部]\n".data(using: encoding))
        if encoding == .utf16LittleEndian { data = Data([0xFF, 0xFE]) + data }
        let c = try CommitteeConfig.read(data: data, file: "committee.yaml")
        #expect(c.committee == "镕城党委")
        #expect(c.roster.map(\.name) == ["档案室党支部"])
    }
}
