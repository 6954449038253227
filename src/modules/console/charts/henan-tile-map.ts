import type { Html } from '../../scan/html';
import type { Lang } from '../console.i18n';
import { renderSvg, svgForPage } from './svg-chart';

/**
 * Henan's 18 city-level divisions as a tile map: one square per division, placed on a 5 × 6 grid roughly
 * where it lies (north at the top), keyed by its GB/T 2260 prefix. A tile map, not a boundary map:
 * boundary maps of China need approval before publication, a grid of named squares does not.
 * 济源 (419001) is a county-level city under the province; it has a tile of its own under "4190".
 */
export const HENAN_TILES: { code: string; zh: string; en: string; x: number; y: number }[] = [
  { code: '4105', zh: '安阳', en: 'Anyang', x: 3, y: 0 },
  { code: '4109', zh: '濮阳', en: 'Puyang', x: 4, y: 0 },
  { code: '4190', zh: '济源', en: 'Jiyuan', x: 1, y: 1 },
  { code: '4108', zh: '焦作', en: 'Jiaozuo', x: 2, y: 1 },
  { code: '4107', zh: '新乡', en: 'Xinxiang', x: 3, y: 1 },
  { code: '4106', zh: '鹤壁', en: 'Hebi', x: 4, y: 1 },
  { code: '4112', zh: '三门峡', en: 'Sanmenxia', x: 0, y: 2 },
  { code: '4103', zh: '洛阳', en: 'Luoyang', x: 1, y: 2 },
  { code: '4101', zh: '郑州', en: 'Zhengzhou', x: 2, y: 2 },
  { code: '4102', zh: '开封', en: 'Kaifeng', x: 3, y: 2 },
  { code: '4114', zh: '商丘', en: 'Shangqiu', x: 4, y: 2 },
  { code: '4104', zh: '平顶山', en: 'Pingdingshan', x: 1, y: 3 },
  { code: '4110', zh: '许昌', en: 'Xuchang', x: 2, y: 3 },
  { code: '4111', zh: '漯河', en: 'Luohe', x: 3, y: 3 },
  { code: '4116', zh: '周口', en: 'Zhoukou', x: 4, y: 3 },
  { code: '4113', zh: '南阳', en: 'Nanyang', x: 1, y: 4 },
  { code: '4117', zh: '驻马店', en: 'Zhumadian', x: 3, y: 4 },
  { code: '4115', zh: '信阳', en: 'Xinyang', x: 3, y: 5 },
];

/** Tile name in a language. */
export function tileName(code: string, lang: Lang): string | null {
  const t = HENAN_TILES.find((x) => x.code === code);
  return t ? t[lang] : null;
}

/** A figure as the tiles and tables show it: at most three decimals, no grouping (so it reads back exactly). */
export function figure(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * The map: each tile shaded by `values[code]` (0 when absent, the lightest shade), its name and figure
 * written on it, as SVG.
 */
export function henanTileMap(values: Map<string, number>, lang: Lang, label: string): Html {
  const data = HENAN_TILES.map((t) => ({ value: [t.x, t.y, values.get(t.code) ?? 0], name: t[lang] }));
  const svg = renderSvg(
    {
      grid: { left: 4, right: 4, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: [0, 1, 2, 3, 4] },
      yAxis: { type: 'category', show: false, inverse: true, data: [0, 1, 2, 3, 4, 5] },
      visualMap: { show: false, type: 'piecewise', pieces: shadeClasses(Math.max(0, ...values.values())) },
      series: [
        {
          type: 'heatmap',
          data,
          itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
          label: {
            show: true,
            fontSize: 13,
            formatter: (p: { name: string; value: number[] }) => `${p.name}\n${figure(p.value[2])}`,
          },
        },
      ],
    },
    { width: 360, height: 420 },
  );
  return svgForPage(svg, label);
}

/** The unshaded tile: no affected stock. */
export const EMPTY_SHADE = '#eef1ea';
const SHADES = ['#c6d9ec', '#8fb3d9', '#4f7fb3', '#123a63'];

/**
 * Shades by class: none for 0, then four classes spaced by orders of magnitude up to the largest figure,
 * so that a store's dozens show beside a factory's thousands (a linear scale would leave them blank).
 */
export function shadeClasses(max: number): { gt?: number; lte?: number; value?: number; color: string }[] {
  const top = Math.max(max, 1);
  const bounds = [0, ...SHADES.map((_, i) => top ** ((i + 1) / SHADES.length))];
  return [
    { value: 0, color: EMPTY_SHADE },
    ...SHADES.map((color, i) => ({
      gt: i === 0 ? 0 : bounds[i],
      lte: i === SHADES.length - 1 ? Infinity : bounds[i + 1],
      color,
    })),
  ];
}
