/// Chinese numerals for heading numbers (一、 （十二）) and attachment labels.
public enum ChineseNumber {
    static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    public static func string(_ n: Int) -> String {
        guard n > 0 else { return digits[0] }
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        return String(n)
    }

    /// The GB/T 9704 heading number for a level: 一、 （一） 1. （1）
    public static func headingNumber(level: Int, index: Int) -> String {
        switch level {
        case 1: return string(index) + "、"
        case 2: return "（" + string(index) + "）"
        case 3: return "\(index)．"
        default: return "（\(index)）"
        }
    }
}
