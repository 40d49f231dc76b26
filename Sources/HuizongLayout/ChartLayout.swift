import Foundation
import HuizongDocument

/// Charts become rectangles, lines and labels; the renderer only draws them.
extension PageState {
    func placeChart(_ chart: Chart) {
        let style = spec.style(.chart)
        let rowPitch = style.linePitch * 1.15
        let titleH = chart.title == nil ? 0 : spec.style(.caption).linePitch
        let legendH = chart.series.count > 1 || chart.kind == .stackedBar ? style.linePitch * 1.4 : 0
        var height: Double
        switch chart.kind {
        case .horizontalBar, .stackedBar:
            height = titleH + legendH + Double(max(chart.categories.count, 1)) * rowPitch + style.linePitch * 2
        case .verticalBar, .line:
            height = max(spec.chart.height, titleH + legendH + style.linePitch * 8)
        }
        let full = blockBottom - blockTop
        height = min(height, full)
        // A bar chart that almost fits is drawn a little tighter rather than leaving the rest of the page empty.
        if !atPageTop, remaining() < height - 0.01, chart.kind == .horizontalBar || chart.kind == .stackedBar,
           remaining() >= height * 0.78 {
            height = remaining() - 1
        }
        if !atPageTop, remaining() < height - 0.01 { newPage(rotated: rotatedMode) }
        let top = y
        if let title = chart.title {
            placeText([Span(title)], style: spec.style(.caption), alignment: .center, indent: 0, name: .caption)
        }
        if legendH > 0 { placeLegend(chart, y: y, style: style); y += legendH }
        let box = (x: blockLeft, y: y, w: blockWidth, h: top + height - y)
        switch chart.kind {
        case .horizontalBar, .stackedBar: horizontalBars(chart, box: box, style: style, stacked: chart.kind == .stackedBar)
        case .verticalBar: verticalBars(chart, box: box, style: style)
        case .line: lineChart(chart, box: box, style: style)
        }
        y = top + height + body.linePitch * 0.3
        snapToGrid()
    }

    func label(_ text: String, x: Double, baseline: Double, style: TextStyle, align: Paragraph.Alignment,
               color: RGB = .black, width: Double? = nil) {
        let shaped = shaper.shape(ShapeRequest(spans: [Span(text)], style: style, width: width ?? blockWidth,
                                               alignment: .left, indent: 0))
        let lines = width == nil ? 0..<1 : 0..<min(shaped.lineCount, 2)
        for l in lines {
            let w = shaper.naturalWidth(shaped.text(ofLine: l), style: style)
            let left: Double
            switch align {
            case .right: left = x - w
            case .center: left = x - w / 2
            default: left = x
            }
            add(.text(TextLines(shaped: shaped, lines: l..<(l + 1), x: left - shaped.xOffset(ofLine: l),
                                baseline: baseline + Double(l - lines.lowerBound) * style.linePitch,
                                pitch: style.linePitch, color: color, style: .chart)))
        }
    }

    /// A category too long for the label column ends in "…" where it fits, rather than running off the page.
    func fitted(_ text: String, width: Double, style: TextStyle) -> String {
        guard shaper.naturalWidth(text, style: style) > width else { return text }
        var kept = Array(text)
        while !kept.isEmpty, shaper.naturalWidth(String(kept) + "…", style: style) > width { kept.removeLast() }
        return String(kept) + "…"
    }

    func color(_ i: Int) -> RGB { spec.chart.colors[i % spec.chart.colors.count] }

    static func niceMaximum(_ v: Double) -> Double {
        guard v > 0 else { return 1 }
        let exp = pow(10, (log10(v)).rounded(.down))
        for m in [1.0, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where m * exp >= v { return m * exp }
        return 10 * exp
    }

    static func format(_ v: Double) -> String {
        if v == v.rounded() { return String(Int(v)) }
        return String(format: "%.1f", v)
    }

    func placeLegend(_ chart: Chart, y: Double, style: TextStyle) {
        var x = blockLeft + blockWidth
        for (i, s) in chart.series.enumerated().reversed() {
            let w = shaper.naturalWidth(s.name, style: style)
            x -= w
            label(s.name, x: x, baseline: y + baselineOffset(style), style: style, align: .left)
            x -= style.size * 1.2
            add(.rect(x: x, y: y + (style.linePitch - style.size * 0.8) / 2, width: style.size * 0.8,
                      height: style.size * 0.8, fill: color(i)))
            x -= style.size * 1.2
        }
    }

    func horizontalBars(_ chart: Chart, box: (x: Double, y: Double, w: Double, h: Double), style: TextStyle, stacked: Bool) {
        let n = max(chart.categories.count, 1)
        let labelW = min(box.w * 0.3, (chart.categories.map { shaper.naturalWidth($0, style: style) }.max() ?? 0) + style.size * 0.5)
        let axisX = box.x + labelW
        let valueW = style.size * 3
        let plotW = max(box.w - labelW - valueW, box.w * 0.3)
        let pitch = (box.h - style.linePitch * 1.5) / Double(n)
        let totals = chart.categories.indices.map { c in
            stacked ? chart.series.reduce(0) { $0 + max(0, $1.values[c]) } : chart.series.map { $0.values[c] }.max() ?? 0
        }
        let maxV = Self.niceMaximum(totals.max() ?? 0)
        let barH = pitch * spec.chart.barThickness
        for (c, cat) in chart.categories.enumerated() {
            let rowTop = box.y + Double(c) * pitch
            label(fitted(cat, width: labelW - style.size * 0.3, style: style), x: axisX - style.size * 0.3,
                  baseline: rowTop + pitch / 2 + style.size * 0.35, style: style, align: .right)
            if stacked {
                var x = axisX
                for (s, series) in chart.series.enumerated() {
                    let w = plotW * max(0, series.values[c]) / maxV
                    if w > 0 { add(.rect(x: x, y: rowTop + (pitch - barH) / 2, width: w, height: barH, fill: color(s))) }
                    x += w
                }
                label(Self.format(totals[c]) + (chart.unit ?? ""), x: x + style.size * 0.3,
                      baseline: rowTop + pitch / 2 + style.size * 0.35, style: style, align: .left)
            } else {
                let k = max(chart.series.count, 1)
                for (s, series) in chart.series.enumerated() {
                    let w = plotW * max(0, series.values[c]) / maxV
                    let h = barH / Double(k)
                    let top = rowTop + (pitch - barH) / 2 + Double(s) * h
                    add(.rect(x: axisX, y: top, width: max(w, 0.5), height: h, fill: color(s)))
                    label(Self.format(series.values[c]) + (chart.unit ?? ""), x: axisX + w + style.size * 0.3,
                          baseline: top + h / 2 + style.size * 0.35, style: style, align: .left)
                }
            }
        }
        let axisBottom = box.y + Double(n) * pitch
        add(.line(x1: axisX, y1: box.y, x2: axisX, y2: axisBottom, width: 0.8, color: .black))
        add(.line(x1: axisX, y1: axisBottom, x2: axisX + plotW, y2: axisBottom, width: 0.5, color: .black))
        for t in 0...4 {
            let v = maxV * Double(t) / 4
            let x = axisX + plotW * Double(t) / 4
            add(.line(x1: x, y1: axisBottom, x2: x, y2: axisBottom + 3, width: 0.5, color: .black))
            label(Self.format(v), x: x, baseline: axisBottom + style.linePitch, style: style, align: .center)
        }
    }

    func verticalBars(_ chart: Chart, box: (x: Double, y: Double, w: Double, h: Double), style: TextStyle) {
        let n = max(chart.categories.count, 1)
        let axisLabelW = style.size * 3
        let labelH = style.linePitch * 2.2
        let plotX = box.x + axisLabelW
        let plotW = box.w - axisLabelW
        let plotTop = box.y + style.linePitch
        let plotBottom = box.y + box.h - labelH
        let plotH = max(plotBottom - plotTop, 20)
        let maxV = Self.niceMaximum(chart.series.flatMap(\.values).max() ?? 0)
        let slot = plotW / Double(n)
        let k = max(chart.series.count, 1)
        let groupW = slot * spec.chart.barThickness
        for t in 0...4 {
            let v = maxV * Double(t) / 4
            let yy = plotBottom - plotH * Double(t) / 4
            if t > 0 { add(.line(x1: plotX, y1: yy, x2: plotX + plotW, y2: yy, width: 0.3, color: .gray(0.75))) }
            label(Self.format(v), x: plotX - style.size * 0.3, baseline: yy + style.size * 0.35, style: style, align: .right)
        }
        for (c, cat) in chart.categories.enumerated() {
            let cx = plotX + slot * (Double(c) + 0.5)
            for (s, series) in chart.series.enumerated() {
                let bw = groupW / Double(k)
                let x = cx - groupW / 2 + Double(s) * bw
                let h = plotH * max(0, series.values[c]) / maxV
                add(.rect(x: x, y: plotBottom - h, width: bw, height: max(h, 0.5), fill: color(s)))
                label(Self.format(series.values[c]), x: x + bw / 2, baseline: plotBottom - h - style.size * 0.3,
                      style: style, align: .center)
            }
            label(cat, x: cx, baseline: plotBottom + style.linePitch, style: style, align: .center, width: slot - 2)
        }
        add(.line(x1: plotX, y1: plotBottom, x2: plotX + plotW, y2: plotBottom, width: 0.8, color: .black))
        add(.line(x1: plotX, y1: plotTop, x2: plotX, y2: plotBottom, width: 0.5, color: .black))
    }

    func lineChart(_ chart: Chart, box: (x: Double, y: Double, w: Double, h: Double), style: TextStyle) {
        let n = max(chart.categories.count, 1)
        let plotX = box.x + style.size * 3
        let plotW = box.w - style.size * 4
        let plotTop = box.y + style.linePitch
        let plotBottom = box.y + box.h - style.linePitch * 1.5
        let plotH = max(plotBottom - plotTop, 20)
        let maxV = Self.niceMaximum(chart.series.flatMap(\.values).max() ?? 0)
        let step = n > 1 ? plotW / Double(n - 1) : 0
        for t in 0...4 {
            let v = maxV * Double(t) / 4
            let yy = plotBottom - plotH * Double(t) / 4
            add(.line(x1: plotX, y1: yy, x2: plotX + plotW, y2: yy, width: t == 0 ? 0.8 : 0.3, color: t == 0 ? .black : .gray(0.75)))
            label(Self.format(v), x: plotX - style.size * 0.3, baseline: yy + style.size * 0.35, style: style, align: .right)
        }
        for (c, cat) in chart.categories.enumerated() {
            let x = n > 1 ? plotX + step * Double(c) : plotX + plotW / 2
            label(cat, x: x, baseline: plotBottom + style.linePitch, style: style, align: .center)
        }
        for (s, series) in chart.series.enumerated() {
            var prev: (Double, Double)?
            for (c, v) in series.values.enumerated() {
                let x = n > 1 ? plotX + step * Double(c) : plotX + plotW / 2
                let yy = plotBottom - plotH * max(0, v) / maxV
                if let p = prev { add(.line(x1: p.0, y1: p.1, x2: x, y2: yy, width: 1.5, color: color(s))) }
                add(.rect(x: x - 2, y: yy - 2, width: 4, height: 4, fill: color(s)))
                label(Self.format(v), x: x, baseline: yy - style.size * 0.5, style: style, align: .center)
                prev = (x, yy)
            }
        }
    }
}
