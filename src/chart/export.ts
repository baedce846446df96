/**
 * Picture downloads of a chart or map: a standalone SVG (styles written onto the elements, title
 * and source added as text) and a PNG drawn on a canvas from that SVG's elements. Loaded on first
 * use. No `<img>` of a blob: or data: URL is involved, so it works under `img-src 'self'`.
 */
import {downloadBlob} from './download-file.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'paint-order',
] as const;
const TITLE_HEIGHT = 28;
const SOURCE_HEIGHT = 22;

export interface PictureText {
  title: string;
  /** "Bron: CBS · Periode: 2012–2023" */
  source: string;
}

/** A standalone copy of `svg`: computed styles as attributes, focus rings left out, title and source added. */
function standaloneSvg(svg: SVGSVGElement, text: PictureText): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const cloned = [copy, ...copy.querySelectorAll('*')];
  live.forEach((node, i) => {
    const style = getComputedStyle(node);
    const target = cloned[i];
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value && value !== 'none' && value !== 'normal') target.setAttribute(property, value);
    }
    for (const attribute of ['tabindex', 'class', 'role', 'aria-label', 'aria-hidden', 'part']) target.removeAttribute(attribute);
  });
  copy.querySelectorAll('.focus-ring, .ring').forEach((n) => n.remove());
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const {fontFamily: font, backgroundColor} = getComputedStyle(svg);
  const plot = setAttributes(document.createElementNS(SVG_NS, 'g'), {transform: `translate(0 ${TITLE_HEIGHT})`});
  plot.append(...copy.childNodes);
  const title = textNode(text.title, 18, 15, '600', font);
  const source = textNode(text.source, TITLE_HEIGHT + height + 16, 11, '400', font);
  const name = document.createElementNS(SVG_NS, 'title');
  name.textContent = text.title;
  const background = setAttributes(document.createElementNS(SVG_NS, 'rect'), {width: '100%', height: '100%', fill: backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : backgroundColor});
  copy.append(name, background, title, plot, source);
  const total = TITLE_HEIGHT + height + SOURCE_HEIGHT;
  for (const attribute of ['aria-describedby', 'aria-labelledby']) copy.removeAttribute(attribute);
  return setAttributes(copy, {xmlns: SVG_NS, viewBox: `0 0 ${width} ${total}`, height: total, role: 'img', 'aria-label': text.title});
}

/** Sets `attributes` on `node`, in their order; returns the node. */
function setAttributes<T extends Element>(node: T, attributes: Record<string, string | number>): T {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function textNode(content: string, y: number, size: number, weight: string, family: string): SVGTextElement {
  const node = setAttributes(document.createElementNS(SVG_NS, 'text'), {x: 0, y, 'font-size': `${size}px`, 'font-weight': weight, 'font-family': family, fill: '#1a1a1a'});
  node.textContent = content;
  return node;
}

export function downloadSvg(svg: SVGSVGElement, text: PictureText, fileName: string): void {
  const markup = new XMLSerializer().serializeToString(standaloneSvg(svg, text));
  downloadBlob(new Blob([markup], {type: 'image/svg+xml'}), fileName);
}

function drawChildren(ctx: CanvasRenderingContext2D, parent: Element, root: SVGSVGElement): void {
  for (const node of parent.children) {
    const tag = node.localName;
    if (tag === 'defs' || tag === 'title' || tag === 'pattern') continue;
    ctx.save();
    const translate = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(node.getAttribute('transform') ?? '');
    if (translate) ctx.translate(Number(translate[1]), Number(translate[2]));
    const num = (name: string) => parseFloat(node.getAttribute(name)!) || 0;
    const fill = paint(node.getAttribute('fill'), root);
    const stroke = paint(node.getAttribute('stroke'), root);
    ctx.globalAlpha = Number(node.getAttribute('opacity') ?? 1);
    ctx.lineWidth = parseFloat(node.getAttribute('stroke-width') ?? '1');
    const dash = node.getAttribute('stroke-dasharray');
    if (dash) ctx.setLineDash(dash.split(/[ ,]+/).map(parseFloat).filter(Number.isFinite));
    let shape: Path2D | undefined;
    if (tag === 'rect') {
      shape = new Path2D();
      shape.rect(num('x'), num('y'), num('width'), num('height'));
    } else if (tag === 'path') {
      shape = new Path2D(node.getAttribute('d') ?? '');
    } else if (tag === 'line') {
      shape = new Path2D();
      shape.moveTo(num('x1'), num('y1'));
      shape.lineTo(num('x2'), num('y2'));
    } else if (tag === 'circle') {
      shape = new Path2D();
      shape.arc(num('cx'), num('cy'), num('r'), 0, 2 * Math.PI);
    } else if (tag === 'text') {
      const size = node.getAttribute('font-size') ?? '12px';
      ctx.font = `${node.getAttribute('font-weight') ?? '400'} ${size} ${node.getAttribute('font-family') ?? 'sans-serif'}`;
      const anchor = node.getAttribute('text-anchor');
      ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'end' : 'start';
      const dy = parseFloat(node.getAttribute('dy') ?? '0') * (node.getAttribute('dy')?.endsWith('em') ? parseFloat(size) : 1);
      ctx.fillStyle = fill ?? '#000';
      ctx.fillText(node.textContent ?? '', num('x'), num('y') + dy);
    } else if (tag === 'g') {
      drawChildren(ctx, node, root);
    }
    if (shape) {
      if (fill) {
        ctx.fillStyle = fill;
        ctx.fill(shape);
      }
      if (stroke) {
        ctx.strokeStyle = stroke;
        ctx.stroke(shape);
      }
    }
    ctx.restore();
  }
}

/** A CSS paint for the canvas: a colour, or a pattern's base colour, or nothing (null or undefined). */
function paint(value: string | null, root: SVGSVGElement): string | null | undefined {
  if (!value || value === 'none' || value === 'transparent' || value === 'rgba(0, 0, 0, 0)') return undefined;
  const pattern = /url\("?#([^")]+)"?\)/.exec(value);
  if (pattern) return root.querySelector(`[id="${pattern[1]}"] rect`)?.getAttribute('fill');
  return value;
}

/** The standalone SVG drawn on a canvas at twice its size, element by element (our charts use few kinds). */
export function downloadPng(svg: SVGSVGElement, text: PictureText, fileName: string): Promise<void> {
  const standalone = standaloneSvg(svg, text);
  const [, , width, height] = standalone.getAttribute('viewBox')!.split(' ').map(Number);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * 2);
  canvas.height = Math.ceil(height * 2);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(2, 2);
  drawChildren(ctx, standalone, standalone);
  return new Promise((resolve) =>
    canvas.toBlob((blob) => {
      if (blob) downloadBlob(blob, fileName);
      resolve();
    }, 'image/png'),
  );
}
