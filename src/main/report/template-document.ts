// The document: cover, executive summary (template-summary.ts), agenda, one
// section per activity, commitments with the “To follow up” list, appendix.

export const TEMPLATE_DOCUMENT = String.raw`
// ---- cover --------------------------------------------------------------

#page(header: none, margin: (x: 22mm, top: 0mm, bottom: 20mm), {
  block(width: 100% + 44mm, height: 9mm, fill: line-accent, inset: 0pt, outset: (x: 0pt))
  if brand.logo != none {
    v(12mm)
    align(right, logo(60mm, 18mm))
    v(0mm)
  } else { v(30mm) }
  if brand.clientName != "" { eyebrow[Prepared for #brand.clientName] } else { eyebrow[Workshop report] }
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

// ---- executive summary (template-summary.ts) -------------------------------

#if data.sections.summary {
  executive-summary()
  pagebreak(weak: true)
}

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
      if r.state == "skipped" { text(fill: warn, weight: "medium")[Skipped] }
      else if r.actual == none { text(fill: muted)[–] } else {
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
    let meta = meta-line((
      a.kindLabel,
      str(a.plannedMinutes) + " min planned",
      if a.actualMinutes != none { str(a.actualMinutes) + " min actual" } else { none },
      a.namingLabel,
      a.statusText,
    ))
    if a.oneLine != none and a.blocks.len() == 0 {
      // Did not run, or nobody answered: one line, never an empty table.
      block(above: 16pt, below: 8pt, breakable: false, {
        text(size: 11pt, weight: "semibold")[#a.number. #a.title]
        linebreak()
        text(fill: warn)[#a.oneLine]
        h(4pt)
        small[(#if a.kindLabel != a.title [#a.kindLabel, ]#a.plannedMinutes min planned)]
      })
      continue
    }
    heading(level: 2)[#a.number. #a.title]
    block(above: 0pt, below: 8pt, meta)
    let body = {
      if a.oneLine != none { callout(tone: "warning", [#a.oneLine]) }
      let lead = ()
      for b in a.blocks { if b.type == "paragraph" and lead.len() == a.blocks.position(x => x == b) { lead.push(b) } }
      for b in lead { render-block(b) }
      let points = a.blocks.filter(b => b.type == "finding")
      if points.len() > 0 { key-points(points) }
      for b in a.blocks.slice(lead.len()) { if b.type != "finding" { render-block(b) } }
    }
    if a.blanks { with-blanks(body) } else { body }
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
  if data.followUps.len() > 0 {
    heading(level: 2)[To follow up]
    small[Left open in the workshop: blanks a template left unfilled, owners not decided, commitments without an owner or a date.]
    with-blanks(table(columns: (1fr, 46mm),
      table.header([What], [Where]),
      ..data.followUps.map(u => ([#u.text], small(if u.section == none [Commitments] else [#u.section. #u.where]))).flatten()))
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
