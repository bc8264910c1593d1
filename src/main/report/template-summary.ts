// The executive summary: one page, by measuring. Every part is measured at
// the page's width (Typst's layout and measure) and placed while it fits;
// what does not fit is never cut: it stays in its section, and the last line
// says what is left out and where to find it ("see sections 6 and 9").

export const TEMPLATE_SUMMARY = String.raw`
#let sum-head(title) = block(width: 100%, inset: (top: 12pt, bottom: 1pt), text(size: 11pt, weight: "semibold")[#title])
#let section-ref(n) = if n == none { "the commitments chapter" } else { "section " + str(n) }
#let sections-ref(ns) = {
  let uniq = ns.filter(n => n != none).sorted().dedup()
  if uniq.len() == 0 { return "" }
  let words = uniq.map(n => str(n))
  (if uniq.len() == 1 { "section " } else { "sections " }) + if words.len() == 1 { words.first() } else { words.slice(0, -1).join(", ") + " and " + words.last() }
}

#let sum-finding(f, glyph) = block(width: 100%, inset: (top: 6pt), grid(columns: (10pt, 1fr), column-gutter: 4pt, glyph, {
  text(weight: "semibold")[#f.text]
  linebreak()
  small[#if f.detail != none [#f.detail#if not f.detail.trim().ends-with(regex("[.:;!?”’)]")) [.] ]#if f.more != none [And #f.more: see section #f.section.] else [Section #f.section, “#f.activity”.]]
}))
#let agreed-glyph = box(inset: (top: 3pt), rect(width: 6pt, height: 6pt, radius: 1pt, fill: accent))
#let differ-glyph = box(inset: (top: 2pt), { mark("sales", size: 4.5pt); mark("marketing", size: 4.5pt) })
#let insight-glyph = box(inset: (top: 3pt), rect(width: 6pt, height: 6pt, radius: 1pt, stroke: 0.8pt + accent))

#let sum-commitment-head = block(width: 100%, inset: (top: 4pt, bottom: 3pt), stroke: (bottom: 0.8pt + ink),
  grid(columns: (1fr, 34mm, 38mm), column-gutter: 6pt, ..([Commitment], [Owner], [When]).map(x => text(size: 8pt, weight: "semibold", fill: muted, x))))
#let sum-commitment(c) = block(width: 100%, inset: (y: 3.5pt), stroke: (bottom: 0.4pt + hair), grid(columns: (1fr, 34mm, 38mm), column-gutter: 6pt,
  text(weight: "medium")[#c.text],
  if c.owner == "" { text(fill: warn)[No owner yet] } else [#c.owner],
  [#when(c)]))
#let sum-follow-up(u) = block(width: 100%, inset: (top: 4pt), grid(columns: (10pt, 1fr), column-gutter: 4pt,
  box(inset: (top: 1pt), text(fill: warn, weight: "semibold")[!]),
  [#u.text #small[(#if u.section == none [commitments chapter] else [section #u.section])]]))

// What did not fit: counted per kind, with where each one is.
#let left-out(groups) = {
  let parts = groups.filter(g => g.rest.len() > 0).map(g => {
    let n = g.rest.len()
    let where = if g.kind == "follow-up" { "the To follow up list" } else if g.kind == "commitment" { "the commitments chapter" } else { sections-ref(g.rest.map(x => x.section)) }
    str(n) + " " + (if n == 1 { g.one } else { g.many }) + " (see " + where + ")"
  })
  if parts.len() == 0 { none } else { small[Not on this page, to keep it to one: #parts.join("; ").] }
}

#let executive-summary() = with-blanks(layout(size => {
  let w = size.width
  let height(c) = measure(block(width: w, c)).height
  let head = block(width: 100%, {
    heading(level: 1)[Executive summary]
    v(14pt)
    metrics(data.summary.metrics)
    small[#data.summary.runText #data.summary.runRule]
  })
  let s = data.summary
  let groups = (
    (kind: "decision", title: "What the room agreed", one: "agreement", many: "agreements", items: s.decisions, draw: f => sum-finding(f, agreed-glyph)),
    (kind: "gap", title: "Where Sales and Marketing differ most", one: "difference", many: "differences", items: s.gaps, draw: f => sum-finding(f, differ-glyph)),
    (kind: "commitment", title: "Commitments", one: "commitment", many: "commitments", items: data.commitments, draw: sum-commitment),
    (kind: "follow-up", title: "To follow up", one: "item to follow up", many: "items to follow up", items: s.followUps, draw: sum-follow-up),
    (kind: "insight", title: "Also worth knowing", one: "insight", many: "insights", items: s.insights, draw: f => sum-finding(f, insight-glyph)),
  )
  // Room kept for the closing "not on this page" line (two lines of small text) and a little air.
  let reserve = height(small[x #linebreak() x]) + 10pt
  let budget = size.height - height(head) - reserve
  // Fit in order of importance (agreements, differences, follow-ups, commitments, insights), draw in reading order.
  let priority = ("decision", "gap", "follow-up", "commitment", "insight")
  let used = 0pt
  let fits = (:)
  for kind in priority {
    let g = groups.find(g => g.kind == kind)
    let title-h = if g.items.len() == 0 { 0pt } else { height(sum-head(g.title) + if g.kind == "commitment" { sum-commitment-head } else { none }) }
    let shown = ()
    // In order, until one does not fit: the rest of the group stays in its section (and is counted below).
    for (i, it) in g.items.enumerate() {
      let h = height((g.draw)(it))
      let extra = if shown.len() == 0 { title-h } else { 0pt }
      if used + extra + h > budget { break }
      used += extra + h
      shown.push(i)
    }
    fits.insert(kind, shown)
  }
  let placed = ()
  let results = ()
  for g in groups {
    let shown = fits.at(g.kind)
    if shown.len() > 0 {
      placed.push(sum-head(g.title) + if g.kind == "commitment" { sum-commitment-head } else { none })
      for i in shown { placed.push((g.draw)(g.items.at(i))) }
    }
    results.push((kind: g.kind, one: g.one, many: g.many, rest: g.items.enumerate().filter(((i, _)) => i not in shown).map(((_, it)) => it)))
  }
  if data.commitments.len() == 0 and used + height(sum-head[Commitments]) + 30pt <= budget {
    placed.push(sum-head[Commitments])
    placed.push(text(fill: muted)[No commitments recorded yet. Add action items with an owner and a date in the console.])
  }
  stack(dir: ttb, head, ..placed, block(inset: (top: 8pt), left-out(results)))
}))
`;
