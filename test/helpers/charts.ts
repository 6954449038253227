import type { Page } from 'playwright-core';

/**
 * The values of a recall progress chart (server-rendered ECharts SVG) as its points stand for them: each
 * point's height read against the y axis' first and last labels, in the page. `gtin` picks the product's
 * chart (its section's data-gtin). Comparing these with the API checks what the regulator sees.
 */
export async function readProgressChart(page: Page, gtin: string): Promise<number[]> {
  return (await page.evaluate(`${READ_CHART}(${JSON.stringify(gtin)})`)) as number[];
}

const READ_CHART = `((gtin) => {
  const svg = document.querySelector('section[data-gtin="' + gtin + '"] figure svg');
  const ys = [...svg.querySelectorAll('text[text-anchor="end"]')]
    .map((t) => ({ v: Number(t.textContent.replace(/,/g, '')), y: Number(/translate\\(\\S+ (\\S+)\\)/.exec(t.getAttribute('transform'))[1]) }))
    .filter((p) => !Number.isNaN(p.v));
  const lo = ys[0], hi = ys[ys.length - 1];
  return [...svg.querySelectorAll('[ecmeta_series_index="0"][ecmeta_ssr_type="chart"]')]
    .sort((a, b) => Number(a.getAttribute('ecmeta_data_index')) - Number(b.getAttribute('ecmeta_data_index')))
    .map((p) => {
      const y = Number(/matrix\\([^,]+,[^,]+,[^,]+,[^,]+,[^,]+,([^)]+)\\)/.exec(p.getAttribute('transform'))[1]);
      return Math.round((lo.v + (y - lo.y) * (hi.v - lo.v) / (hi.y - lo.y)) * 1000) / 1000;
    });
})`;
