// The report's blocks other than the charts: callouts, tables, the card
// matrix, rankings, cards, the swimlane, findings and commitments, and
// render-block, which draws any block an engine returns (report-types.ts).

export const TEMPLATE_BLOCKS = String.raw`
// ---- blocks -------------------------------------------------------------

#let callout(body, title: none, tone: "accent") = {
  let (fill, edge) = if tone == "warning" { (warn-tint, warn) } else if tone == "muted" { (stripe, rule) } else { (accent-tint, accent) }
  block(width: 100%, fill: fill, stroke: (left: 2.5pt + edge), inset: (x: 10pt, y: 8pt), radius: (right: 3pt), breakable: false, {
    if title != none { text(weight: "semibold")[#title]; linebreak() }
    body
  })
}

#let metrics(items) = {
  block(breakable: false, sticky: true, above: 8pt, below: 10pt, grid(
    columns: (1fr,) * calc.max(items.len(), 1),
    column-gutter: 8pt,
    ..items.map(m => block(width: 100%, inset: (x: 10pt, y: 8pt), fill: stripe, radius: 3pt, {
      text(size: 18pt, weight: "semibold", fill: accent)[#m.value]
      linebreak()
      small(m.label)
    }))
  ))
}

#let matrix(b) = {
  let teams = if b.at("teams", default: none) == none { () } else { b.teams }
  let shown = teams.filter(t => not t.suppressed).map(t => t.team)
  block-title(b)
  team-legend(teams)
  let n = b.columns.len()
  table(
    columns: (1fr,) + (auto,) * n,
    align: (left,) + (center,) * n,
    table.header([Card], ..b.columns.map(c => [#c])),
    ..b.rows.map(r => {
      let best = calc.max(..r.counts)
      let by = r.at("byTeam", default: none)
      let label = {
        text(size: 9pt)[#r.label]
        if r.at("flag", default: none) != none { linebreak(); text(size: 7.5pt, fill: accent, weight: "semibold")[#r.flag] }
      }
      (label,) + r.counts.enumerate().map(((i, c)) => {
        let share = if r.total > 0 { calc.round(c / r.total * 100) } else { 0 }
        let strong = c == best and c > 0
        let cell = {
          text(size: 9pt, weight: if strong { "semibold" } else { "regular" }, fill: if strong { accent } else { ink })[#share %]
          text(size: 7pt, fill: muted)[ (#c)]
          if by != none {
            for team in shown {
              let v = by.at(team, default: none)
              if v != none { linebreak(); text(size: 7pt, fill: team-color.at(team))[#mark(team, size: 5pt) #v.at(i) %] }
            }
          }
        }
        if strong { table.cell(fill: accent-tint, cell) } else { cell }
      })
    }).flatten()
  )
}

#let ranked(b) = {
  block-title(b)
  table(
    columns: (auto, 1fr, auto),
    align: (right, left, right),
    table.header([\#], [Item], [#b.at("scoreLabel", default: "Score")]),
    ..b.items.map(it => {
      let hot = it.at("tone", default: none) == "accent"
      (text(weight: "semibold", fill: if hot { accent } else { muted })[#it.rank],
       { text(weight: if hot { "semibold" } else { "regular" })[#it.text]
         if it.at("detail", default: none) != none and it.detail != "" { linebreak(); small(it.detail) } },
       text(weight: "semibold")[#it.at("score", default: "")])
    }).flatten()
  )
}

#let card(c) = block(width: 100%, inset: (x: 7pt, y: 6pt), fill: stripe, stroke: 0.4pt + hair, radius: 3pt, breakable: false, {
  text(size: 9pt)[#c.text]
  let team = c.at("team", default: none)
  let author = c.at("author", default: none)
  if team != none or author != none {
    linebreak()
    small({
      if team != none { mark(team, size: 5.5pt); h(2pt); team-label.at(team) }
      if team != none and author != none [ · ]
      if author != none { author }
    })
  }
})

#let cards(b) = {
  block-title(b)
  for g in b.groups {
    block(above: 8pt, below: 4pt, sticky: true, text(size: 9pt, weight: "semibold", fill: accent)[#g.title])
    grid(columns: (1fr, 1fr), column-gutter: 6pt, row-gutter: 6pt, ..g.cards.map(card))
  }
}


#let swimlane(b) = {
  block-title(b)
  let n = b.stages.len()
  block(breakable: false, table(
    columns: (24mm,) + (1fr,) * n,
    align: left,
    stroke: 0.4pt + hair,
    table.header([], ..b.stages.map(s => table.cell(fill: owner-fill(s.at("owner", default: none)), {
      text(size: 8.5pt, weight: "semibold", fill: ink)[#s.name]
      let o = s.at("owner", default: none)
      if o != none { linebreak(); if o != "shared" { mark(o, size: 5pt); h(2pt) }; text(size: 7pt, fill: muted)[#owner-text(o)] }
      if s.at("handoff", default: false) == true { linebreak(); text(size: 7pt, weight: "semibold", fill: accent)[Hand-off] }
    }))),
    ..b.lanes.map(l => {
      let t = l.at("team", default: none)
      let head = table.cell(fill: stripe, { if t != none { mark(t, size: 5.5pt); h(2pt) }; text(size: 8.5pt, weight: "semibold")[#l.name] })
      (head,) + l.cells.map(c => text(size: 8pt)[#c])
    }).flatten(),
    ..if b.stages.any(s => s.at("friction", default: none) != none) {
      let head = table.cell(fill: warn-tint, text(size: 8.5pt, weight: "semibold", fill: warn)[Friction])
      (head,) + b.stages.map(s => { let f = s.at("friction", default: none); if f == none { [] } else { text(size: 8pt, fill: warn)[#f] } })
    } else { () }
  ))
}

#let finding-label = (decision: "Agreed", gap: "Teams differ", insight: "Insight")
#let finding(f) = {
  let tone = if f.kind == "gap" { "warning" } else if f.kind == "insight" { "muted" } else { "accent" }
  callout(tone: tone, {
    text(size: 7.5pt, weight: "semibold", tracking: 0.5pt, fill: if f.kind == "gap" { warn } else { accent })[#upper(finding-label.at(f.kind))]
    h(6pt)
    text(weight: "semibold")[#f.text]
    let d = f.at("detail", default: none)
    if d != none and d != "" { linebreak(); small(rich(d)) }
  })
}

#let key-points(fs) = block(width: 100%, fill: accent-tint, inset: (x: 10pt, y: 8pt), radius: 3pt, breakable: false, above: 8pt, below: 10pt, {
  text(size: 7.5pt, weight: "semibold", tracking: 0.6pt, fill: accent)[KEY POINTS]
  for f in fs {
    block(above: 6pt, below: 0pt, grid(columns: (44pt, 1fr), column-gutter: 4pt,
      text(size: 7.5pt, weight: "semibold", fill: if f.kind == "gap" { warn } else { accent })[#upper(finding-label.at(f.kind))],
      { text(weight: "semibold")[#f.text]; let d = f.at("detail", default: none); if d != none and d != "" { linebreak(); small[#d#if f.at("more", default: none) != none [ And #f.more below.]] } }))
  }
})

#let when(c) = {
  let parts = ()
  if c.dueText != "" { parts.push(c.dueText) }
  if c.at("timeText", default: "") != "" { parts.push(c.timeText) }
  if c.repeatText != "" { parts.push(c.repeatText) }
  if parts.len() == 0 { "No date yet" } else { parts.join(", ") }
}

#let commitments-table(items, source: false) = table(
  columns: if source { (1fr, 30mm, 34mm, 32mm) } else { (1fr, 34mm, 38mm) },
  table.header([Commitment], [Owner], [When], ..if source { ([From],) } else { () }),
  ..items.map(c => (
    { text(weight: "medium")[#c.text]; if c.at("status", default: "open") == "done" { h(4pt); small[(done)] } },
    if c.owner == "" { text(fill: warn)[No owner yet] } else [#c.owner],
    [#when(c)],
    ..if source { (small(c.source),) } else { () },
  )).flatten()
)

`;

/** Draws any block; joined after the charts and the line chart, which it calls. */
export const TEMPLATE_RENDER = String.raw`
#let render-block(b) = {
  let t = b.type
  if t == "heading" { heading(level: 3, outlined: false, b.text) }
  else if t == "paragraph" { block(above: 0.9em, below: 0.9em, if b.at("muted", default: false) == true { text(fill: muted, rich(b.text)) } else { rich(b.text) }) }
  else if t == "bullets" {
    if b.at("ordered", default: false) == true { enum(..b.items.map(i => [#i])) } else { list(..b.items.map(i => [#i])) }
  }
  else if t == "callout" { callout(title: b.at("title", default: none), tone: b.at("tone", default: "accent"), rich(b.text)) }
  else if t == "definition" { callout(title: b.term, rich(b.text)) }
  else if t == "metrics" { metrics(b.items) }
  else if t == "keyValue" {
    block-title(b)
    table(columns: (40%, 1fr), table.header([Item], [Value]), ..b.rows.map(r => (text(weight: "medium")[#r.key], [#r.value])).flatten())
  }
  else if t == "table" {
    block-title(b)
    let n = b.columns.len()
    let widths = b.at("widths", default: none)
    let al = b.at("align", default: none)
    table(
      columns: if widths == none { (1fr,) * n } else { widths.map(x => x * 1fr) },
      align: if al == none { left } else { al.map(a => if a == "right" { right } else if a == "center" { center } else { left }) },
      table.header(..b.columns.map(c => [#c])),
      ..b.rows.enumerate().map(((i, row)) => {
        let total = b.at("totalRow", default: false) == true and i == b.rows.len() - 1
        row.map(c => if total { table.cell(stroke: (top: 0.8pt + ink), text(size: 9pt, weight: "semibold")[#c]) } else { text(size: 9pt)[#c] })
      }).flatten()
    )
  }
  else if t == "barChart" { bar-chart(b) }
  else if t == "matrix" { matrix(b) }
  else if t == "ranked" { ranked(b) }
  else if t == "cards" { cards(b) }
  else if t == "swimlane" { swimlane(b) }
  else if t == "lineChart" { line-chart(b) }
  else if t == "divergence" { divergence(b) }
  else if t == "heatmap" { heatmap(b) }
  else if t == "ownerTable" { owner-table(b) }
  else if t == "finding" { finding(b) }
  else if t == "commitments" { commitments-table(b.items) }
}

`;
