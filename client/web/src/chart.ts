// Inline SVG plots: a cumulative line (ε spent over time) and bars (revenue per period).
import { s } from './dom.js'

export interface Point {
  label: string
  value: number
}

const W = 320
const H = 140
const PAD = 28

export function chart(title: string, points: Point[], kind: 'line' | 'bars', unit: string): SVGElement {
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, class: 'chart' })
  svg.append(s('title', {}, title))
  if (points.length === 0) {
    svg.append(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'muted' }, 'no uses yet'))
    return svg
  }
  const max = Math.max(...points.map((p) => p.value), 1e-9)
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(points.length - 1, 1)
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD)
  svg.append(s('line', { x1: PAD, y1: H - PAD, x2: W - PAD, y2: H - PAD, class: 'axis' }))
  svg.append(s('text', { x: 2, y: PAD - 6, class: 'muted' }, `${max.toLocaleString('en')} ${unit}`))
  if (kind === 'line') {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')
    svg.append(s('path', { d, class: 'line' }))
  } else {
    const bw = Math.max(4, (W - 2 * PAD) / points.length - 4)
    points.forEach((p, i) => {
      const top = y(p.value)
      svg.append(
        s(
          'rect',
          { x: x(i) - bw / 2, y: top, width: bw, height: H - PAD - top, class: 'bar' },
          s('title', {}, `${p.label}: ${p.value} ${unit}`),
        ),
      )
    })
  }
  svg.append(s('text', { x: PAD, y: H - 8, class: 'muted' }, points[0]!.label))
  if (points.length > 1)
    svg.append(
      s(
        'text',
        { x: W - PAD, y: H - 8, 'text-anchor': 'end', class: 'muted' },
        points[points.length - 1]!.label,
      ),
    )
  return svg
}
