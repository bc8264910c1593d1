// The line chart (pay against quota attainment): points joined in order, so
// two points at the same x draw a vertical jump (a threshold); labelled points
// get a dot and their value (the breakpoints); markers are dashed verticals.

export const TEMPLATE_LINE = String.raw`
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
        // Breakpoints: a dot and the value, to the left above the point (the line rises to the right).
        for s in b.series {
          let c = tone-color(s.at("tone", default: none))
          for p in s.points.filter(p => p.at("label", default: none) != none) {
            place(dx: px(p.x) - 2.2pt, dy: py(p.y) - 2.2pt, circle(radius: 2.2pt, fill: c, stroke: 0.8pt + white))
            place(dx: px(p.x) - 84pt, dy: py(p.y) - 13pt, box(width: 80pt, align(right, text(size: 6.5pt, weight: "semibold", fill: c)[#p.label])))
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

`;
