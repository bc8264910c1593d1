// The Typst template's first part: fonts, colours, page, headings and small
// pieces every other part uses. See template.ts for how the parts join.
//
// Type scale (pt): 30 cover title · 20 chapter · 14 activity · 11 subheading ·
// 10 body · 8.5 small · 7.5 fine print. Colours: the product's light theme.

export const TEMPLATE_BASE = String.raw`
#let data = json("data.json")
#let cjk = sys.inputs.at("cjk", default: "0") == "1"
#let symbols = sys.inputs.at("symbols", default: "0") == "1"
#let emoji = sys.inputs.at("emoji", default: "0") == "1"

#let ink = rgb("#111827")
#let muted = rgb("#4B5563")
#let brand = data.brand
// A client's accent: always for rules, bands and bars; for text only when it passes 4.5:1 on white.
#let line-accent = if brand.accent != none { rgb(brand.accent) } else { rgb("#4338CA") }
#let accent = if brand.accent != none and brand.accentForText { rgb(brand.accent) } else { rgb("#4338CA") }
// The logo inside a box, its own proportions kept (a wide wordmark or a square mark alike).
#let logo(width, height) = if brand.logo != none { box(width: width, height: height, image(brand.logo.file, width: 100%, height: 100%, fit: "contain")) }
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
      grid(columns: (auto, 1fr, auto), align: (left + horizon, left + horizon, right + horizon), column-gutter: 6pt,
        if brand.logo != none { logo(16mm, 4mm) },
        [#(if brand.clientName != "" { brand.clientName + " · " } else { "" })#data.workshop.title], [#running-right])
      v(-4pt)
      line(length: 100%, stroke: 0.6pt + line-accent)
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
  let threshold = data.workshop.threshold
  let parts = teams.map(t => {
    if t.suppressed and t.n < threshold [#mark(t.team) #team-label.at(t.team) n=#t.n: #text(style: "italic")[suppressed]]
    else if t.suppressed [#mark(t.team) #team-label.at(t.team) n=#t.n: #text(style: "italic")[hidden too]]
    else [#mark(t.team) #team-label.at(t.team) n=#t.n]
  })
  block(above: 4pt, below: 6pt, sticky: true, small(parts.join([ #h(2pt)·#h(2pt) ])))
  let few = teams.filter(t => t.suppressed and t.n > 0 and t.n < threshold)
  let cover = teams.filter(t => t.suppressed and t.n >= threshold)
  if few.len() > 0 {
    block(above: 0pt, below: 6pt, sticky: true, small[Fewer than #threshold people of a suppressed team answered, so its split is not shown.])
  }
  // Complementary suppression (activities/aggregate.ts): the words of hiddenSplitReason.
  if cover.len() > 0 {
    let people = few.map(t => t.n).sum(default: 0)
    block(above: 0pt, below: 6pt, sticky: true, small[#cover.map(t => team-label.at(t.team)).join(" and ") hidden too: with it, the answers of the #people #(if people == 1 [person] else [people]) from #few.map(t => team-label.at(t.team)).join(" and ") could be worked out from the total.])
  }
}

#let block-title(b) = if b.at("title", default: none) != none { block(above: 10pt, below: 4pt, sticky: true, text(weight: "semibold", size: 9.5pt)[#b.title]) }

#let pct(v) = if v == none { "–" } else { str(v) + " %" }

#let owner-fill(o) = if o == none { stripe } else if o == "shared" { accent-tint } else { team-color.at(o).lighten(85%) }
#let owner-text(o) = if o == none { "" } else if o == "shared" { "Shared" } else { team-label.at(o) }

#let meta-line(parts) = small(parts.filter(p => p != none and p != "").join("  ·  "))


// A team's fill: its colour, and a look of its own so print and colour-blind
// readers tell them apart without colour: Sales solid, Marketing hatched, Other dotted.
#let hatch(c) = tiling(size: (3.2pt, 3.2pt), { place(rect(width: 3.2pt, height: 3.2pt, fill: c.lighten(55%))); place(line(start: (0pt, 3.2pt), end: (3.2pt, 0pt), stroke: 0.9pt + c)) })
#let dots(c) = tiling(size: (2.6pt, 2.6pt), { place(rect(width: 2.6pt, height: 2.6pt, fill: c.lighten(70%))); place(dx: 0.6pt, dy: 0.6pt, circle(radius: 0.7pt, fill: c)) })
#let team-fill = (sales: team-color.sales, marketing: hatch(team-color.marketing), other: dots(team-color.other))

// A blank a template left to fill ("within ___ working hours"): flagged where it stands.
#let blank-flag(it) = box(fill: warn-tint, stroke: 0.6pt + warn, inset: (x: 2pt), outset: (y: 1.5pt), radius: 1.5pt,
  text(fill: warn, weight: "semibold")[#it.text#h(2pt)#text(size: 0.72em, tracking: 0.3pt)[TO FILL]])
#let with-blanks(body) = { show regex("_{3,}"): blank-flag; body }

// Text as typed: lines starting with "- " become a real list; empty lines separate paragraphs.
#let bullet-re = regex("^\s*[-•*]\s+")
#let rich(s) = {
  if type(s) != str { return s }
  if not s.contains("\n") { return [#s] }
  let out = ()
  let items = ()
  let lines = ()
  for l in s.split("\n") {
    if l.match(bullet-re) != none {
      if lines.len() > 0 { out.push(block(above: 7pt, below: 3pt, lines.map(x => [#x]).join(linebreak()))); lines = () }
      items.push(l.replace(bullet-re, ""))
    } else {
      if items.len() > 0 { out.push(list(..items.map(i => [#i]))); items = () }
      if l.trim() == "" {
        if lines.len() > 0 { out.push(block(above: 7pt, below: 3pt, lines.map(x => [#x]).join(linebreak()))); lines = () }
      } else { lines.push(l) }
    }
  }
  if lines.len() > 0 { out.push(block(above: 7pt, below: 3pt, lines.map(x => [#x]).join(linebreak()))) }
  if items.len() > 0 { out.push(list(..items.map(i => [#i]))) }
  out.join()
}
`;
