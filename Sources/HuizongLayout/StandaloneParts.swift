import HuizongDocument

extension Paginator {
    /// One chart alone on a frame as wide as the text block and as tall as the chart: the picture another writer
    /// (the .docx) embeds, drawn by the same chart code as the PDF's.
    public func chartFrame(_ chart: Chart) -> PageFrame {
        var alone = spec
        alone.pageWidth = spec.blockWidth
        alone.pageHeight = spec.blockHeight
        alone.marginTop = 0
        alone.marginBottom = 0
        // Labels centred on the outermost points reach past the plot (in the PDF, into the margin): room for them.
        alone.marginLeft = 12
        alone.marginRight = 12
        // No grid to snap to and no mirrored margins: the frame is cut to the chart's height.
        alone.gridLines = nil
        alone.twoSided = false
        let state = PageState(spec: alone, shaper: shaper, plan: HeadingPlan(document: Document(title: "", blocks: [])))
        state.newPage()
        state.placeChart(chart)
        var frame = state.pages[0]
        frame.height = min(alone.pageHeight, state.y.rounded(.up))
        return frame
    }
}

extension LaidOutDocument {
    /// Printed page numbers of the laid-out `document`'s headings and attachments that the outline lists, keyed by
    /// their position in `DocumentOutline`: another writer's contents (the .docx) can show the PDF's numbers.
    public func headingPageNumbers(of document: Document) -> [Int: Int] {
        var pageOfAnchor: [String: Int] = [:]
        for entry in outline where entry.page >= 0 && entry.page < pages.count {
            if let printed = pages[entry.page].number { pageOfAnchor[entry.anchor] = printed }
        }
        var out: [Int: Int] = [:]
        for entry in DocumentOutline(document).entries {
            if let page = pageOfAnchor[entry.anchor] { out[entry.index] = page }
        }
        return out
    }
}
