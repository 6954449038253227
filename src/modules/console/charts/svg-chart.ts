import { Html } from '../../scan/html';

/**
 * Charts drawn by Apache ECharts on the server, as SVG in the page: they show without JavaScript and
 * print well. ECharts is loaded on first use (it is large), and its SVG is made fit for the console's
 * CSP, which allows no inline style: `style="…"` declarations become presentation attributes and the
 * hover rules in `<style>` (useless without a script) are dropped.
 */

type ECharts = typeof import('echarts');
let echarts: ECharts | null = null;

export interface ChartSize {
  width: number;
  height: number;
}

/** Renders an ECharts option to an SVG string (no animation, server-side). */
export function renderSvg(option: Record<string, unknown>, size: ChartSize): string {
  // Loaded on the first chart, not at start: ECharts is large and most processes never draw one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  echarts ??= require('echarts') as ECharts;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const ATTRIBUTE = /^[a-z-]+$/;

/** `style="a:b;c:d"` as `a="b" c="d"`; values are kept as ECharts wrote them. */
function styleToAttributes(svg: string): string {
  return svg.replace(/ style="([^"]*)"/g, (_m, decl: string) =>
    decl
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const i = d.indexOf(':');
        const name = d.slice(0, i).trim();
        const value = d
          .slice(i + 1)
          .trim()
          .replace(/px$/, '');
        return ATTRIBUTE.test(name) ? ` ${name}="${value.replace(/"/g, '&quot;')}"` : '';
      })
      .join(''),
  );
}

/**
 * The SVG as markup for a page: no `<style>`, no inline styles, named for assistive technology
 * (`label`: what it shows; the numbers are in a table beside it).
 */
export function svgForPage(svg: string, label: string): Html {
  const escaped = label.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const clean = forStrictCsp(svg)
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/<svg /, `<svg role="img" aria-label="${escaped}" `);
  return new Html(clean);
}

/** ECharts' SVG without `<style>` or inline styles (as attributes), as the console's CSP requires. */
export function forStrictCsp(svg: string): string {
  return styleToAttributes(svg.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''));
}
