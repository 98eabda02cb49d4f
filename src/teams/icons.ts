import { Resvg } from '@resvg/resvg-js';

/**
 * The app icons, drawn here and rendered at build time so the package needs no binary files in
 * git. Teams wants a 192×192 full-colour icon and a 32×32 outline: white on transparent only.
 */
const HEADSET =
  '<path d="M9 20v-5a7 7 0 0 1 14 0v5" fill="none" stroke="#ffffff" stroke-width="2.2" stroke-linecap="round"/>' +
  '<rect x="7" y="17" width="4.5" height="7" rx="2" fill="#ffffff"/>' +
  '<rect x="20.5" y="17" width="4.5" height="7" rx="2" fill="#ffffff"/>' +
  '<path d="M22.75 24v1a2 2 0 0 1-2 2H17" fill="none" stroke="#ffffff" stroke-width="1.6" stroke-linecap="round"/>' +
  '<circle cx="16" cy="27" r="1.5" fill="#ffffff"/>';

export const COLOR_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b3b75"/><stop offset="1" stop-color="#0b5cad"/></linearGradient></defs>' +
  '<rect width="32" height="32" fill="url(#g)"/>' +
  HEADSET +
  '</svg>';

export const OUTLINE_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${HEADSET}</svg>`;

function render(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

export function colorIconPng(): Buffer {
  return render(COLOR_ICON_SVG, 192);
}

export function outlineIconPng(): Buffer {
  return render(OUTLINE_ICON_SVG, 32);
}
