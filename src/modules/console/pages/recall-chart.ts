import { Html } from '../../scan/html';
import { forStrictCsp, renderSvg } from '../charts/svg-chart';

/**
 * Charts of the recall pages, drawn by Apache ECharts on the server as SVG (`charts/svg-chart.ts`): they show
 * without JavaScript and print well, and the numbers are in a table beside each. The console's CSP
 * allows no inline style, so the SVG's style attributes become presentation attributes and its hover
 * style sheet (useless without the client runtime) is dropped.
 */

export interface ProgressChart {
  /** Days (labels of the x axis), oldest first. */
  days: string[];
  /** Units corrected up to the end of each day. */
  corrected: number[];
  /** Units affected: the line the corrected units rise towards. */
  affected: number;
  labels: { corrected: string; affected: string };
  width?: number;
  height?: number;
}

const INK = '#1a1a1a';
const MUTED = '#54555a';
const BLUE = '#0b4f9c';
const RED = '#a1001c';

/** Corrected units over time (a stepped line with its values), against the affected units (a dashed line). */
export function progressChartSvg(c: ProgressChart): string {
  return forStrictCsp(
    renderSvg(
      {
        textStyle: { color: INK, fontFamily: 'sans-serif' },
        grid: { left: 48, right: 56, top: 36, bottom: 36 },
        legend: { top: 4, left: 0, textStyle: { color: INK } },
        xAxis: { type: 'category', data: c.days, axisLabel: { color: MUTED }, boundaryGap: false },
        yAxis: { type: 'value', min: 0, max: Math.max(c.affected, ...c.corrected, 1), axisLabel: { color: MUTED } },
        series: [
          {
            name: c.labels.corrected,
            type: 'line',
            step: 'end',
            data: c.corrected,
            color: BLUE,
            showAllSymbol: true,
            label: { show: true, position: 'top', color: INK },
          },
          {
            name: c.labels.affected,
            type: 'line',
            data: c.days.map(() => c.affected),
            color: RED,
            symbol: 'none',
            lineStyle: { type: 'dashed' },
            endLabel: { show: true, color: RED },
          },
        ],
      },
      { width: c.width ?? 360, height: c.height ?? 220 },
    ),
  );
}

/** The SVG in a figure: an image for assistive technology, named by its caption (the table carries the numbers). */
export function chartFigure(svg: string, id: string, caption: string): Html {
  const labelled = svg.replace(/^<svg /, `<svg role="img" aria-labelledby="${id}-caption" focusable="false" `);
  return new Html(
    `<figure class="chart" id="${id}">${labelled}` +
      `<figcaption id="${id}-caption">${escape(caption)}</figcaption></figure>`,
  );
}

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
