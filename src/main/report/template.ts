// The Typst template of the workshop report. It reads data.json (see
// types.ts) and draws every ReportBlock type from activities/report-types.ts.
// Kept as a string so the worker needs no file system access to load it.
//
// Type scale (pt): 30 cover title · 20 chapter · 14 activity · 11 subheading ·
// 10 body · 8.5 small · 7.5 fine print. Colours: the product's light theme.

export const REPORT_TEMPLATE = String.raw`
#let data = json("data.json")
#let cjk = sys.inputs.at("cjk", default: "0") == "1"
#let symbols = sys.inputs.at("symbols", default: "0") == "1"
#let emoji = sys.inputs.at("emoji", default: "0") == "1"

#let ink = rgb("#111827")
#let muted = rgb("#4B5563")
#let accent = rgb("#4338CA")
#let accent-tint = rgb("#EEF2FF")
#let rule = rgb("#D1D5DB")
#let hair = rgb("#E5E7EB")
#let stripe = rgb("#F9FAFB")
#let warn = rgb("#92400E")
#let warn-tint = rgb("#FEF3C7")
#let team-color = (sales: rgb("#B54700"), marketing: rgb("#0072B2"), other: rgb("#8E3B6E"))
#let team-label = (sales: "Sales", marketing: "Marketing", other: "Other")
// "1 dot", "1 person": units are written in the plural.
#let unit-for(v, unit) = if v == 1 and type(unit) == str { if unit == "people" { "person" } else if unit.ends-with("s") { unit.slice(0, -1) } else { unit } } else { unit }

#set document(title: data.workshop.title, author: if data.workshop.facilitator != "" { data.workshop.facilitator } else { () })
#set text(font: ("Noto Sans",) + (if cjk { ("Noto Sans SC",) } else { () }) + (if symbols { ("Noto Sans Math", "Noto Sans Symbols 2") } else { () }) + (if emoji { ("Noto Emoji",) } else { () }), fallback: false, size: 10pt, fill: ink, lang: "en")
#set par(leading: 0.62em, spacing: 0.9em)
#set list(marker: text(fill: accent)[•], indent: 2pt, body-indent: 6pt)
#set enum(indent: 2pt, body-indent: 6pt)

#let running-right = (if data.partial { "Interim report" } else { none }, data.workshop.dateText).filter(x => x != none and x != "").join(" · ", default: "")
#set page(
  paper: data.paper,
  margin: (x: 20mm, top: 24mm, bottom: 20mm),
  header: context {
    if here().page() > 1 {
      set text(size: 7.5pt, fill: muted)
      grid(columns: (1fr, auto), align: (left, right),
        [#data.workshop.title], [#running-right])
      v(-4pt)
      line(length: 100%, stroke: 0.4pt + rule)
    }
  },
  footer: context {
    set text(size: 7.5pt, fill: muted)
    grid(columns: (1fr, auto), align: (left, right),
      [Common Ground · workshop report],
      [Page #counter(page).display() of #counter(page).final().first()])
  },
)

#show heading.where(level: 1): it => {
  set text(size: 20pt, weight: "semibold", fill: ink)
  block(above: 0pt, below: 14pt, it.body)
}
#show heading.where(level: 2): it => {
  set text(size: 14pt, weight: "semibold", fill: ink)
  block(above: 22pt, below: 6pt, it.body)
}
#show heading.where(level: 3): it => {
  set text(size: 11pt, weight: "semibold", fill: ink)
  block(above: 14pt, below: 6pt, it.body)
}

#set table(
  stroke: (x, y) => if y == 0 { (bottom: 0.8pt + ink) } else { (bottom: 0.4pt + hair) },
  inset: (x: 5pt, y: 4.5pt),
)
#show table.cell.where(y: 0): set text(size: 8pt, weight: "semibold", fill: muted)

// ---- small pieces -------------------------------------------------------

#let small(body) = text(size: 8.5pt, fill: muted, body)
#let eyebrow(body) = text(size: 8pt, weight: "semibold", fill: accent, tracking: 0.6pt, upper(body))

#let mark(team, size: 6.5pt) = {
  let c = team-color.at(team)
  let s = size
  box(baseline: 0.05em, width: s, height: s, {
    if team == "sales" {
      polygon(fill: c, (s / 2, 0pt), (s, s / 2), (s / 2, s), (0pt, s / 2))
    } else if team == "marketing" {
      circle(radius: s / 2, fill: c)
    } else {
      polygon(fill: c, (s / 2, 0pt), (s, s), (0pt, s))
    }
  })
}

#let team-tag(team) = [#mark(team) #h(1pt)#text(fill: team-color.at(team), weight: "medium")[#team-label.at(team)]]

// "◆ Sales n=6 · ● Marketing n=5 · ▲ Other n=1: suppressed"
#let team-legend(teams) = {
  if teams == none or teams.len() == 0 { return none }
  let parts = teams.map(t => {
    if t.suppressed [#mark(t.team) #team-label.at(t.team) n=#t.n: #text(style: "italic")[suppressed]]
    else [#mark(t.team) #team-label.at(t.team) n=#t.n]
  })
  block(above: 4pt, below: 6pt, sticky: true, small(parts.join([ #h(2pt)·#h(2pt) ])))
  if teams.any(t => t.suppressed) {
    block(above: 0pt, below: 6pt, sticky: true, small[Fewer than #data.workshop.threshold people of a suppressed team answered, so its split is not shown.])
  }
}

#let block-title(b) = if b.at("title", default: none) != none { block(above: 10pt, below: 4pt, sticky: true, text(weight: "semibold", size: 9.5pt)[#b.title]) }

#let pct(v) = if v == none { "–" } else { str(v) + " %" }

#let meta-line(parts) = small(parts.filter(p => p != none and p != "").join("  ·  "))

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

#let bar-chart(b) = {
  let teams = if b.at("teams", default: none) == none { () } else { b.teams }
  let shown = teams.filter(t => not t.suppressed).map(t => t.team)
  let max = calc.max(1, ..b.bars.map(x => x.value))
  let as-pct = b.at("teamsAsPercent", default: false)
  let tmax = if as-pct { 100 } else { max }
  let body = {
    if b.at("title", default: none) != none { text(weight: "semibold", size: 9.5pt)[#b.title] }
    team-legend(teams)
    for bar in b.bars {
      let by = bar.at("byTeam", default: none)
      block(breakable: false, above: 5pt, below: 5pt, grid(
        columns: (36%, 1fr), column-gutter: 8pt, row-gutter: 2pt,
        align(right, text(size: 9pt)[#bar.label]),
        {
          box(width: 62% * (bar.value / max), height: 9pt, fill: accent, radius: 1.5pt)
          h(4pt)
          box(text(size: 9pt, weight: "semibold")[#bar.value #unit-for(bar.value, b.unit)] + if bar.at("note", default: none) != none { h(4pt) + small(bar.note) })
        },
        ..if by != none {
          for team in shown {
            let v = by.at(team, default: none)
            if v != none {
              (align(right, mark(team, size: 5.5pt)),
               { box(width: 62% * (v / tmax), height: 4pt, fill: team-color.at(team), radius: 1pt); h(4pt); text(size: 7.5pt, fill: team-color.at(team))[#team-label.at(team) #if as-pct [#v %] else [#v]] })
            }
          }
        } else { () }
      ))
    }
  }
  block(breakable: b.bars.len() > 14, above: 10pt, below: 12pt, body)
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

#let owner-fill(o) = if o == none { stripe } else if o == "shared" { accent-tint } else { team-color.at(o).lighten(85%) }
#let owner-text(o) = if o == none { "" } else if o == "shared" { "Shared" } else { team-label.at(o) }

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

#let nice-step(range) = {
  let raw = range / 5
  let mag = calc.pow(10, calc.floor(calc.log(calc.max(raw, 0.0001), base: 10)))
  let r = raw / mag
  (if r <= 1 { 1 } else if r <= 2 { 2 } else if r <= 2.5 { 2.5 } else if r <= 5 { 5 } else { 10 }) * mag
}

#let fmt-num(v, unit) = {
  let s = if calc.abs(v) >= 1000 { str(calc.round(v / 1000, digits: 1)) + "k" } else { str(calc.round(v, digits: 1)) }
  if unit == "%" { s + " %" } else if unit == "€" or unit == "£" or unit == "¥" or unit == "₹" or (type(unit) == str and unit.ends-with("$")) { unit + s } else if unit != none and unit != "" { s + " " + unit-for(v, unit) } else { s }
}

#let line-chart(b) = {
  let pts = b.series.map(s => s.points).flatten()
  if pts.len() == 0 { return }
  let w = 130mm
  let hgt = 58mm
  let xs = pts.map(p => p.x)
  let ys = pts.map(p => p.y)
  let x0 = calc.min(..xs)
  let x1 = calc.max(..xs)
  if x1 == x0 { x1 = x0 + 1 }
  let ystep = nice-step(calc.max(..ys, 1) - calc.min(0, ..ys))
  let y0 = calc.min(0, ..ys)
  let y1 = calc.ceil(calc.max(..ys, 1) / ystep) * ystep
  let g = 34pt
  let px(x) = g + w * ((x - x0) / (x1 - x0))
  let py(y) = hgt - hgt * ((y - y0) / (y1 - y0))
  let xu = b.at("xUnit", default: none)
  let yu = b.at("yUnit", default: none)
  let tone-color(t) = if t == none or t == "accent" { accent } else if t == "muted" { muted } else { team-color.at(t) }
  let xstep = nice-step(x1 - x0)
  let body = {
    if b.at("title", default: none) != none { text(weight: "semibold", size: 9.5pt)[#b.title]; v(4pt) }
    // Room above the plot for the marker labels, so no line ever crosses them.
    v(18pt)
    grid(columns: (6mm, w + g + 64pt), column-gutter: 2pt,
      align(center + horizon, rotate(-90deg, reflow: true, small(b.yLabel))),
      box(width: w + g + 64pt, height: hgt + 28pt, {
        place(dx: g, dy: hgt + 16pt, box(width: w, align(center, small(b.xLabel))))
        // grid lines and y ticks
        let y = y0
        while y <= y1 + ystep / 1000 {
          place(dx: g, dy: py(y), line(length: w, stroke: 0.4pt + hair))
          place(dx: 0pt, dy: py(y) - 4pt, box(width: g - 4pt, align(right, text(size: 6.5pt, fill: muted)[#fmt-num(y, yu)])))
          y += ystep
        }
        let x = calc.ceil(x0 / xstep) * xstep
        while x <= x1 + xstep / 1000 {
          place(dx: px(x) - 15pt, dy: hgt + 3pt, box(width: 30pt, align(center, text(size: 6.5pt, fill: muted)[#fmt-num(x, xu)])))
          x += xstep
        }
        // Marker labels sit above the plot; a label close to the one before it goes one line higher.
        let last-x = none
        let lifted = false
        for m in b.at("markers", default: ()) {
          place(dx: px(m.x), dy: -4pt, line(angle: 90deg, length: hgt + 4pt, stroke: (paint: muted, thickness: 0.6pt, dash: "dashed")))
          lifted = last-x != none and px(m.x) - px(last-x) < 64pt and not lifted
          place(dx: px(m.x) - 32pt, dy: if lifted { -20pt } else { -12pt }, box(width: 64pt, align(center, text(size: 6.5pt, fill: muted)[#m.label])))
          last-x = m.x
        }
        for s in b.series {
          let c = tone-color(s.at("tone", default: none))
          let ps = s.points
          for i in range(1, ps.len()) {
            place(line(start: (px(ps.at(i - 1).x), py(ps.at(i - 1).y)), end: (px(ps.at(i).x), py(ps.at(i).y)), stroke: 1.4pt + c))
          }
        }
        // Each line named at its right end, outside the plot; names that would touch are pushed apart.
        let ends = b.series.map(s => (s: s, y: py(s.points.at(s.points.len() - 1).y))).sorted(key: e => e.y)
        let prev = none
        for e in ends {
          let y = if prev != none and e.y - prev < 18pt { prev + 18pt } else { e.y }
          place(dx: g + w + 5pt, dy: y - 4pt, box(width: 60pt, text(size: 7pt, weight: "semibold", fill: tone-color(e.s.at("tone", default: none)))[#e.s.name]))
          prev = y
        }
      })
    )
    small(b.series.map(s => [#box(width: 10pt, height: 2pt, fill: tone-color(s.at("tone", default: none))) #s.name]).join([ #h(8pt) ]))
  }
  block(breakable: false, above: 10pt, below: 12pt, body)
}

#let finding-label = (decision: "Agreed", gap: "Teams differ", insight: "Insight")
#let finding(f) = {
  let tone = if f.kind == "gap" { "warning" } else if f.kind == "insight" { "muted" } else { "accent" }
  callout(tone: tone, {
    text(size: 7.5pt, weight: "semibold", tracking: 0.5pt, fill: if f.kind == "gap" { warn } else { accent })[#upper(finding-label.at(f.kind))]
    h(6pt)
    text(weight: "semibold")[#f.text]
    let d = f.at("detail", default: none)
    if d != none and d != "" { linebreak(); small(d) }
  })
}

#let key-points(fs) = block(width: 100%, fill: accent-tint, inset: (x: 10pt, y: 8pt), radius: 3pt, breakable: false, above: 8pt, below: 10pt, {
  text(size: 7.5pt, weight: "semibold", tracking: 0.6pt, fill: accent)[KEY POINTS]
  for f in fs {
    block(above: 6pt, below: 0pt, grid(columns: (44pt, 1fr), column-gutter: 4pt,
      text(size: 7.5pt, weight: "semibold", fill: if f.kind == "gap" { warn } else { accent })[#upper(finding-label.at(f.kind))],
      { text(weight: "semibold")[#f.text]; let d = f.at("detail", default: none); if d != none and d != "" { linebreak(); small(d) } }))
  }
})

#let when(c) = {
  let parts = ()
  if c.dueText != "" { parts.push(c.dueText) }
  if c.at("time", default: none) != none { parts.push(c.time) }
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

#let render-block(b) = {
  let t = b.type
  if t == "heading" { heading(level: 3, outlined: false, b.text) }
  else if t == "paragraph" { par(if b.at("muted", default: false) == true { text(fill: muted)[#b.text] } else [#b.text]) }
  else if t == "bullets" {
    if b.at("ordered", default: false) == true { enum(..b.items.map(i => [#i])) } else { list(..b.items.map(i => [#i])) }
  }
  else if t == "callout" { callout(title: b.at("title", default: none), tone: b.at("tone", default: "accent"), [#b.text]) }
  else if t == "definition" { callout(title: b.term, [#b.text]) }
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
      ..b.rows.flatten().map(c => text(size: 9pt)[#c])
    )
  }
  else if t == "barChart" { bar-chart(b) }
  else if t == "matrix" { matrix(b) }
  else if t == "ranked" { ranked(b) }
  else if t == "cards" { cards(b) }
  else if t == "swimlane" { swimlane(b) }
  else if t == "lineChart" { line-chart(b) }
  else if t == "finding" { finding(b) }
  else if t == "commitments" { commitments-table(b.items) }
}

// ---- cover --------------------------------------------------------------

#page(header: none, margin: (x: 22mm, top: 0mm, bottom: 20mm), {
  block(width: 100% + 44mm, height: 9mm, fill: accent, inset: 0pt, outset: (x: 0pt))
  v(30mm)
  eyebrow[Workshop report]
  v(6pt)
  block(text(size: 30pt, weight: "semibold", fill: ink, hyphenate: false)[#data.workshop.title])
  if data.workshop.goal != "" { block(above: 12pt, width: 88%, text(size: 12pt, fill: muted)[#data.workshop.goal]) }
  if data.partial { v(8pt); callout(tone: "warning", text(weight: "semibold")[#data.partialText]) }
  v(18pt)
  let facts = (
    ("Date", data.workshop.dateText),
    ("Time", data.workshop.timeText),
    ("Place", data.workshop.location),
    ("Facilitator", data.workshop.facilitator),
  ).filter(f => f.at(1) != "")
  grid(columns: (32mm, 1fr), row-gutter: 8pt,
    ..facts.map(f => (text(size: 9pt, fill: muted)[#f.at(0)], text(size: 11pt)[#f.at(1)])).flatten(),
    text(size: 9pt, fill: muted)[Participants],
    {
      text(size: 11pt)[#data.participantCount]
      if data.teams.len() > 0 {
        h(8pt)
        text(size: 10pt, data.teams.map(t => [#mark(t.team, size: 7pt) #team-label.at(t.team) #t.count]).join([ #h(6pt) ]))
      }
    },
  )
  v(1fr)
  block(width: 70%, {
    eyebrow[In this report]
    v(2pt)
    set text(size: 9.5pt)
    show outline.entry: it => block(above: 5pt, link(it.element.location(), it.indented(none, it.body() + box(width: 1fr, repeat(text(fill: rule)[.], gap: 2pt)) + it.page())))
    outline(title: none, depth: 1)
  })
  v(14pt)
  line(length: 100%, stroke: 0.4pt + rule)
  small[#data.anonymityNote #data.privacy.text]
  v(4pt)
  small[Made with Common Ground on #data.generated.]
})

// ---- executive summary ----------------------------------------------------

#if data.sections.summary [
  = Executive summary
  #metrics(data.summary.metrics)
  #if data.summary.decisions.len() > 0 [
    === What the room agreed
    #for f in data.summary.decisions {
      block(above: 6pt, below: 6pt, breakable: false, grid(columns: (10pt, 1fr), column-gutter: 4pt,
        box(inset: (top: 3pt), rect(width: 6pt, height: 6pt, radius: 1pt, fill: accent)),
        { text(weight: "semibold")[#f.text]; linebreak(); small[#if f.detail != none [#f.detail ]From “#f.activity”.] }))
    }
  ]
  #if data.summary.gaps.len() > 0 [
    === Where Sales and Marketing differ most
    #for f in data.summary.gaps {
      block(above: 6pt, below: 6pt, breakable: false, grid(columns: (10pt, 1fr), column-gutter: 4pt,
        box(inset: (top: 2pt), { mark("sales", size: 4.5pt); mark("marketing", size: 4.5pt) }),
        { text(weight: "semibold")[#f.text]; linebreak(); small[#if f.detail != none [#f.detail ]From “#f.activity”.] }))
    }
  ]
  #if data.summary.insights.len() > 0 [
    === Also worth knowing
    #for f in data.summary.insights {
      block(above: 6pt, below: 6pt, [#text(weight: "semibold")[#f.text] #if f.detail != none { small(f.detail) }])
    }
  ]
  === Commitments
  #if data.summary.commitments.len() > 0 {
    commitments-table(data.summary.commitments)
    if data.commitments.len() > data.summary.commitments.len() { small[And #(data.commitments.len() - data.summary.commitments.len()) more in the commitments chapter.] }
  } else {
    text(fill: muted)[No commitments recorded yet. Add action items with an owner and a date in the console.]
  }
  #pagebreak(weak: true)
]

// ---- agenda ---------------------------------------------------------------

#if data.sections.agenda [
  = Agenda: planned and actual
  #small(data.agenda.note)
  #let longest = calc.max(1, ..data.agenda.rows.map(r => calc.max(r.planned, if r.actual == none { 0 } else { r.actual })))
  #table(
    columns: (auto, 1fr, auto, auto, auto, 34mm),
    align: (right, left, left, right, right, left),
    table.header([\#], [Activity], [Start], [Planned], [Actual], [Planned / actual]),
    ..data.agenda.rows.map(r => (
      text(fill: muted)[#r.number],
      { [#r.title]; linebreak(); small(r.kindLabel) },
      text(fill: muted)[#r.start],
      [#r.planned min],
      if r.actual == none { text(fill: muted)[–] } else {
        let d = r.actual - r.planned
        [#r.actual min]
        if d != 0 { linebreak(); text(size: 7.5pt, fill: if d > 0 { warn } else { muted })[#if d > 0 [+]#d] }
      },
      {
        box(width: 100% * (r.planned / longest), height: 4pt, stroke: 0.6pt + muted, radius: 1pt)
        linebreak()
        if r.actual != none and r.actual > 0 { box(width: 100% * (calc.min(r.actual, longest) / longest), height: 4pt, fill: accent, radius: 1pt) }
      },
    )).flatten(),
    table.footer(
      [], text(weight: "semibold")[Total], [],
      text(weight: "semibold")[#data.agenda.plannedTotal min],
      text(weight: "semibold")[#if data.agenda.actualTotal == none [–] else [#data.agenda.actualTotal min]],
      [],
    ),
  )
]

// ---- activities -----------------------------------------------------------

#if data.sections.activities and data.activities.len() > 0 {
  pagebreak(weak: true)
  [= What we did and found]
  small[#data.anonymityNote #data.privacy.text]
  for a in data.activities {
    heading(level: 2)[#a.number. #a.title]
    block(above: 0pt, below: 8pt, meta-line((
      a.kindLabel,
      str(a.plannedMinutes) + " min planned",
      if a.actualMinutes != none { str(a.actualMinutes) + " min actual" } else { none },
      a.namingLabel,
      a.statusText,
    )))
    let lead = ()
    for b in a.blocks { if b.type == "paragraph" and lead.len() == a.blocks.position(x => x == b) { lead.push(b) } }
    for b in lead { render-block(b) }
    let points = a.blocks.filter(b => b.type == "finding")
    if points.len() > 0 { key-points(points) }
    for b in a.blocks.slice(lead.len()) { if b.type != "finding" { render-block(b) } }
  }
}

// ---- commitments ----------------------------------------------------------

#if data.sections.commitments {
  pagebreak(weak: true)
  [= Commitments and action items]
  if data.commitments.len() > 0 {
    small[Who does what by when. The calendar export (.ics) has the same dates.]
    commitments-table(data.commitments, source: true)
  } else {
    text(fill: muted)[No commitments or action items recorded yet.]
  }
}

// ---- appendix -------------------------------------------------------------

#if data.sections.appendix {
  pagebreak(weak: true)
  [= Appendix: every answer]
  small[#data.anonymityNote #data.privacy.text]
  for tb in data.appendix.tables {
    heading(level: 2)[#tb.title]
    if tb.note != "" { small(tb.note) }
    set text(size: 8pt)
    let team-cell(r) = if r.team == "" { text(fill: muted)[–] } else { team-tag(r.team) }
    if tb.naming != "named" {
      // Counts, never people: item → answer → how many (and per team where shown).
      // The item only on its first row, like a person's name in a named table.
      // One item only (brainstorm cards, a ranking's order): named once above the table.
      if not tb.showItem and tb.counts.len() > 0 { block(above: 4pt, below: 4pt, text(weight: "medium")[#tb.counts.at(0).item]) }
      let item-cols = if tb.showItem { (1.2fr,) } else { () }
      let prev = none
      let cells = ()
      for c in tb.counts {
        let first = c.item != prev
        prev = c.item
        if tb.showItem { cells.push(if first { text(weight: "medium")[#c.item] } else { [] }) }
        cells += ([#c.value], [#c.count], ..c.teams.map(n => [#n]))
      }
      table(columns: (..item-cols, 1fr, auto, ..tb.countTeams.map(_ => auto)),
        align: (..item-cols.map(_ => left), left, right, ..tb.countTeams.map(_ => right)),
        stroke: (x, y) => if y == 0 { (bottom: 0.8pt + ink) } else if tb.showItem { (top: if tb.counts.at(y - 1).item != (if y > 1 { tb.counts.at(y - 2).item } else { none }) { 0.4pt + rule } else { none }) } else { (top: 0.4pt + hair) },
        table.header(..if tb.showItem { ([Item],) } else { () }, [Answer], [People], ..tb.countTeams.map(t => team-tag(t))),
        ..cells)
    } else {
      // The name only on a person's first row keeps long tables readable.
      let prev = none
      let cells = ()
      for r in tb.rows {
        let first = r.who != prev
        prev = r.who
        cells += (if first { text(weight: "medium")[#r.who] } else { [] }, if first { team-cell(r) } else { [] },
          ..if tb.showItem { ([#r.item],) } else { () }, [#r.value], text(fill: muted)[#r.time])
      }
      table(columns: if tb.showItem { (32mm, 22mm, 1fr, 1.4fr, auto) } else { (32mm, 22mm, 1fr, auto) },
        stroke: (x, y) => if y == 0 { (bottom: 0.8pt + ink) } else { (top: if tb.rows.at(y - 1).who != (if y > 1 { tb.rows.at(y - 2).who } else { none }) { 0.4pt + rule } else { none }) },
        table.header([Person], [Team], ..if tb.showItem { ([Item],) } else { () }, [Answer], [Time]),
        ..cells)
    }
  }
  heading(level: 2)[Who took part]
  if data.appendix.roster.len() > 0 {
    set text(size: 8.5pt)
    table(columns: (1fr, 28mm, 1fr),
      table.header([Name], [Team], [Role]),
      ..data.appendix.roster.map(p => ([#p.name], team-tag(p.team), text(fill: muted)[#p.role])).flatten())
  } else {
    text(size: 9pt)[#data.appendix.rosterNote]
  }
}
`;
