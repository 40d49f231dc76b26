import Foundation
import HuizongDocument
import HuizongIngest
import HuizongKnowledge
import HuizongLayout
import HuizongModel

/// libFuzzer entry points for every reader. The target is chosen by HUIZONG_FUZZ_TARGET:
/// docx, xlsx, text, csv, yaml (canonical form, summary.json, committee.yaml, groups.yaml, corrections.yaml), layout, knowledge
/// (knowledge.yaml). See docs/reliability.md.
enum FuzzTarget: String {
    case docx, xlsx, text, csv, yaml, layout, knowledge
    static let current = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["HUIZONG_FUZZ_TARGET"] ?? "text") ?? .text
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let target = FuzzTarget.current
    switch target {
    case .docx, .xlsx, .csv, .text:
        let ext = [FuzzTarget.docx: "docx", .xlsx: "xlsx", .csv: "csv", .text: "txt"][target] ?? "txt"
        _ = Ingest().read(data: bytes, path: "input.\(ext)")
    case .yaml:
        _ = Ingest().read(data: bytes, path: "input.yaml")
        _ = Ingest().read(data: bytes, path: "summary.json")   // a lower committee's summary (roll-up)
        _ = try? CommitteeConfig.read(data: bytes, file: "committee.yaml")
        _ = try? GroupsFile.read(data: bytes, file: "groups.yaml")
        _ = try? CorrectionsFile.read(data: bytes, file: "corrections.yaml")
        _ = try? DocumentReader.read(String(decoding: bytes, as: UTF8.self))
    case .layout:
        _ = try? LayoutSpecReader.read(String(decoding: bytes, as: UTF8.self))
    case .knowledge:
        _ = try? Knowledge.shipped.extended(withText: String(decoding: bytes, as: UTF8.self), file: "knowledge.yaml")
    }
    return 0
}

#if HUIZONG_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM names an executable's entry point after the target; it hands control to libFuzzer's driver.
@_cdecl("huizong_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzz(data, size) }
}
#else
/// Without -sanitize=fuzzer (a plain `swift build`) the target only says how to build it for real.
@_cdecl("huizong_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    print("huizong-fuzz: build it with scripts/fuzz (swift build -Xswiftc -sanitize=fuzzer,address -Xswiftc -DHUIZONG_FUZZ)")
    return 2
}
#endif
