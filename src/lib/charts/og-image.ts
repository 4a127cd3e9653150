/**
 * A chapter's sharing image (Open Graph, 1200 × 630 px): its title and the report's name above its
 * headline chart, drawn from the chart's build-time SVG, light scheme. Pure: the caller passes the font
 * files to rasterise with (og-image-fs.ts finds them), so the same inputs give the same PNG bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { CHART_SIZE, PALETTE } from './theme';

/** Size of the image in px, as Open Graph and Twitter's large summary card expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The image as SVG: a title line, a smaller line naming the report and edition, and the chart scaled into
 * the rest (its viewBox keeps its proportions). `chartSvg` is renderSvg's output.
 */
export function ogSvg(chartSvg: string, title: string, subtitle: string): string {
  const { width, height } = OG_SIZE;
  const chartTop = 150;
  const chartH = height - chartTop - 24;
  const chartW = Math.round((chartH * CHART_SIZE.width) / CHART_SIZE.height);
  const inner = chartSvg
    .replace(
      /^<svg\b[^>]*>/,
      `<svg x="${Math.round((width - chartW) / 2)}" y="${chartTop}" width="${chartW}" height="${chartH}" viewBox="0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}">`,
    )
    // Text inherits the image's font (the SVG names none); accessible names add nothing to pixels.
    .replace(/\s(?:aria-[a-z]+|role|data-hover)=(?:"[^"]*"|'[^']*')/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${PALETTE.paper}"/>` +
    `<rect width="${width}" height="10" fill="${PALETTE.primary}"/>` +
    `<text x="48" y="82" font-size="52" font-weight="bold" fill="${PALETTE.primary}">${escapeXml(title)}</text>` +
    `<text x="48" y="126" font-size="26" fill="${PALETTE.label}">${escapeXml(subtitle)}</text>` +
    `${inner}</svg>`
  );
}

/** Rasterises an SVG to PNG with resvg, using only `fontFiles` (no system font lookup: same bytes on any machine with these files). */
export function svgToPng(svg: string, fontFiles: readonly string[], defaultFontFamily: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
