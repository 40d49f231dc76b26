import Foundation
import Testing
@testable import HuizongAnalysis

@Suite struct InputPathsTests {
    @Test func pathsAreShownRelativeToTheCommitteeFolder() {
        let p = InputPaths(committeeFolder: "/home/clerk/2025/committee/")
        #expect(p.shown("/home/clerk/2025/committee/001-甲.txt:12") == "001-甲.txt:12")
        #expect(p.shown("/home/clerk/2025/committee/previous/001-甲.txt:¶3") == "previous/001-甲.txt:¶3")
        #expect(p.shown("/home/clerk/2025/committee/./台账.xlsx:台账!B2") == "台账.xlsx:台账!B2")
        #expect(p.shown("/home/clerk/2024/committee/001-甲.txt:4") == "committee/001-甲.txt:4", "outside: its folder and name only")
        #expect(InputPaths.unchanged.shown("/a/b.txt:1") == "/a/b.txt:1")
    }
}
