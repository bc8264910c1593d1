// The report's charts, drawn by Typst itself as vector shapes (boxes, lines,
// grids): bars with readable team rows, how far apart Sales and Marketing put
// each card, the friction heatmap and the KPI owners. No raster images.
// The line chart (pay curves) is in template-line.ts.

export const TEMPLATE_CHARTS = String.raw`
// ---- bars: one option per row group, each team on its own labelled row ----

// The option's words on the whole width with its count at the right; under it
// the room's bar, then one row per shown team: shape and name in a column of
// their own, the bar in the team's colour and look, the value after the bar.
#let bar-chart(b) = {
  let teams = if b.at("teams", default: none) == none { () } else { b.teams }
  let shown = teams.filter(t => not t.suppressed).map(t => t.team)
  let max = calc.max(1, ..b.bars.map(x => x.value))
  let as-pct = b.at("teamsAsPercent", default: false)
  let tmax = if as-pct { 100 } else { max }
  let who-w = 22mm
  let bar-row(who, width, fill, value, strong: false) = grid(
    columns: (who-w, 1fr), column-gutter: 4pt, align: (left + horizon, left + horizon),
    who,
    {
      if width > 0 { box(width: 84% * width, height: if strong { 8pt } else { 6pt }, fill: fill, radius: 1pt) }
      h(4pt)
      text(size: if strong { 8.5pt } else { 7.5pt }, weight: if strong { "semibold" } else { "regular" })[#value]
    },
  )
  let option(bar) = {
    let by = bar.at("byTeam", default: none)
    let unit = unit-for(bar.value, b.unit)
    block(breakable: false, above: 10pt, below: 0pt, {
      grid(columns: (1fr, auto), column-gutter: 8pt, align: (left + bottom, right + bottom),
        text(size: 9pt, weight: "semibold")[#bar.label],
        if bar.at("note", default: none) != none { small(bar.note) })
      v(4pt, weak: true)
      stack(dir: ttb, spacing: 2.5pt,
        bar-row(if shown.len() > 0 { text(size: 7.5pt, fill: muted)[Everyone] } else { [] }, bar.value / max, accent, [#bar.value #unit], strong: true),
        ..if by != none {
          shown.filter(t => by.at(t, default: none) != none).map(t => {
            let v = by.at(t)
            bar-row([#mark(t, size: 5.5pt)#h(2pt)#text(size: 7.5pt, fill: team-color.at(t), weight: "medium")[#team-label.at(t)]],
              v / tmax, team-fill.at(t), if as-pct [#v %] else [#v])
          })
        } else { () },
      )
    })
  }
  block(breakable: b.bars.len() > 8, above: 10pt, below: 12pt, {
    if b.at("title", default: none) != none { block(below: 2pt, sticky: true, text(weight: "semibold", size: 9.5pt)[#b.title]) }
    team-legend(teams)
    for bar in b.bars { option(bar) }
  })
}

// ---- how far apart: a bar per card, each team's split as a stacked bar ----

// The columns' looks, as on the projector: solid, light, outline, hatched.
#let col-fills = (accent, accent.lighten(62%), white, hatch(accent))
#let col-fill(i) = col-fills.at(calc.rem(i, 4))
#let col-stroke(i) = if calc.rem(i, 4) == 2 { 0.9pt + accent } else { none }
#let col-ink(i) = if calc.rem(i, 4) == 0 { white } else { ink }

#let col-legend(columns) = block(above: 4pt, below: 6pt, sticky: true, small(columns.enumerate().map(((i, c)) =>
  [#box(baseline: 1.5pt, width: 9pt, height: 7pt, fill: col-fill(i), stroke: col-stroke(i), radius: 1pt) #c]).join(h(10pt))))

// One team's split over the columns: widths in proportion, shares of 15 % or more written inside.
#let split-bar(split) = {
  let shares = split.shares
  if shares == none or shares.sum(default: 0) == 0 { return text(size: 7.5pt, fill: muted, style: "italic")[not placed] }
  let segs = shares.enumerate().filter(((i, s)) => s > 0)
  grid(columns: segs.map(((i, s)) => s * 1fr), column-gutter: 1pt,
    ..segs.map(((i, s)) => rect(width: 100%, height: 9pt, inset: 0pt, fill: col-fill(i), stroke: col-stroke(i), radius: 1pt,
      align(center + horizon, if s >= 15 { text(size: 6.5pt, weight: "semibold", fill: col-ink(i))[#s %] }))))
}

#let divergence(b) = {
  block-title(b)
  col-legend(b.columns)
  let team-row(team, split) = grid(columns: (19mm, 1fr), column-gutter: 4pt, align: (left + horizon, left + horizon),
    [#mark(team, size: 5.5pt)#h(2pt)#text(size: 7.5pt, weight: "medium", fill: team-color.at(team))[#team-label.at(team)]],
    split-bar(split))
  block(above: 2pt, below: 0pt, inset: (bottom: 3pt), stroke: (bottom: 0.8pt + ink), width: 100%,
    grid(columns: (12pt, 1fr, 34mm), column-gutter: 6pt, [], text(size: 8pt, weight: "semibold", fill: muted)[Card: each team’s split over the columns],
      text(size: 8pt, weight: "semibold", fill: muted)[How far apart (of 100)]))
  for (i, it) in b.items.enumerate() {
    let strong = it.apart >= 50
    block(breakable: false, above: 0pt, below: 0pt, inset: (y: 5pt), stroke: (bottom: 0.4pt + hair), width: 100%,
      grid(columns: (12pt, 1fr, 34mm), column-gutter: 6pt, align: (right + top, left + top, left + top),
        text(size: 9pt, weight: "semibold", fill: muted)[#(i + 1)],
        {
          text(size: 9pt, weight: "semibold")[#it.text]
          v(3pt, weak: true)
          stack(dir: ttb, spacing: 2pt, team-row("sales", it.sales), team-row("marketing", it.marketing))
        },
        {
          v(11pt)
          box(width: 18mm, height: 7pt, fill: stripe, stroke: 0.4pt + rule, radius: 1pt,
            place(box(width: 100% * it.apart / 100, height: 100%, fill: if strong { warn } else { muted }, radius: 1pt)))
          h(4pt)
          text(size: 9pt, weight: "semibold", fill: if strong { warn } else { ink })[#it.apart]
          text(size: 7pt, fill: muted)[ of 100]
        }))
  }
  if b.at("more", default: none) != none { block(above: 6pt, small(b.more)) }
  v(8pt)
}

// ---- friction heatmap: markers × stages, darker where more people marked ----

#let heat-base = rgb("#B4410C")
#let heat-fill(n, max) = if n == 0 { white } else { heat-base.lighten(92% - 80% * (n / max)) }

#let heatmap(b) = {
  let cells = b.cells
  let max = calc.max(1, ..cells.flatten())
  let teams = b.at("teams", default: none)
  teams = if teams == none { () } else { teams }
  let n = b.columns.len()
  let head(c) = {
    text(size: 8pt, weight: "semibold")[#c.name]
    let o = c.at("owner", default: none)
    if o != none { linebreak(); if o != "shared" { mark(o, size: 5pt); h(2pt) }; text(size: 6.5pt, fill: muted)[#owner-text(o)] }
    if c.at("handoff", default: false) == true { linebreak(); text(size: 6.5pt, weight: "semibold", fill: accent)[Hand-off] }
  }
  let cell(r, c) = {
    let v = cells.at(r).at(c)
    let dark = v / max > 0.65
    rect(width: 100%, height: 100%, inset: (x: 2pt, y: 3pt), fill: if v == 0 { stripe } else { heat-fill(v, max) }, stroke: 1pt + white,
      align(center + horizon, if v == 0 { text(size: 8pt, fill: muted)[0] } else {
        text(size: 11pt, weight: "semibold", fill: if dark { white } else { ink })[#v]
        if teams.len() > 0 {
          linebreak()
          box(fill: white, radius: 2pt, inset: (x: 2.5pt, y: 1pt),
            text(size: 6.5pt, fill: ink, teams.map(t => [#mark(t.team, size: 4.5pt)#h(1pt)#t.cells.at(r).at(c)]).join(h(3pt))))
        }
      }))
  }
  block(breakable: false, above: 10pt, below: 12pt, {
    block-title(b)
    team-legend(b.at("teamCounts", default: none))
    grid(columns: (28mm,) + (1fr,) * n, rows: (auto,) + (34pt,) * b.rows.len(), column-gutter: 0pt, row-gutter: 0pt,
      [], ..b.columns.map(c => block(inset: (x: 2pt, bottom: 4pt), head(c))),
      ..b.rows.enumerate().map(((r, label)) => (
        block(height: 100%, inset: (right: 4pt), align(left + horizon, text(size: 8pt, weight: "medium")[#label])),
        ..range(n).map(c => cell(r, c)),
      )).flatten())
    block(above: 5pt, small[Each number: people who placed that marker on that stage; the darker the cell, the more people (darkest: #max).#if teams.len() > 0 [ Per team: #teams.map(t => [#mark(t.team, size: 5pt) #team-label.at(t.team)]).join(", ").]])
  })
}

// ---- who owns what: the owner as its team's shape and word ----

#let owner-chip(o, words) = if o == none {
  box(inset: (x: 4pt, y: 2pt), outset: (y: 1pt), radius: 2pt, stroke: 0.6pt + warn, fill: warn-tint, text(size: 8pt, weight: "semibold", fill: warn)[Not decided])
} else {
  box(inset: (x: 4pt, y: 2pt), outset: (y: 1pt), radius: 2pt, fill: owner-fill(o), {
    if o == "shared" { mark("sales", size: 5pt); h(1pt); mark("marketing", size: 5pt) } else { mark(o, size: 5.5pt) }
    h(3pt)
    text(size: 8pt, weight: "semibold")[#words]
  })
}

#let owner-table(b) = {
  block-title(b)
  table(columns: (1.6fr, 34mm, 1fr, 26mm), align: (left + horizon, left + horizon, left + horizon, right + horizon),
    table.header(..b.columns.map(c => [#c])),
    ..b.rows.map(r => (text(size: 9pt, weight: "medium")[#r.item], owner-chip(r.owner, r.ownerText),
      if r.who == "" { text(fill: muted)[–] } else { text(size: 9pt)[#r.who] },
      if r.target == "" { text(fill: muted)[–] } else { text(size: 9pt, weight: "semibold")[#r.target] })).flatten())
}
`;
