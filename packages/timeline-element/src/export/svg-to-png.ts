/** The largest canvas browsers draw: 32,767 px a side (Chromium, Firefox), 268,435,456 px in all (Chromium). */
export const MAX_CANVAS_SIDE = 32_767;
export const MAX_CANVAS_AREA = 268_435_456;
/** Fewer device pixels per SVG pixel than this, and a picture's 12 px labels can no longer be read. */
export const MIN_PNG_SCALE = 0.5;

/** An image too large for a canvas, even drawn smaller; its size in whole pixels. */
export class ImageTooLargeError extends RangeError {
  readonly width: number;
  readonly height: number;

  constructor(width: number, height: number) {
    const w = Math.ceil(width);
    const h = Math.ceil(height);
    super(`A ${w} × ${h} px picture is too large to draw as a PNG.`);
    this.name = 'ImageTooLargeError';
    this.width = w;
    this.height = h;
  }
}

/**
 * The scale to draw a picture at: `scale`, or less when the canvas would be larger than
 * browsers draw; `null` when it would have to be drawn smaller than {@link MIN_PNG_SCALE}
 * (or than `scale`, when that is smaller) to fit.
 *
 * @param width - the picture's width in CSS pixels
 * @param height - its height
 * @param scale - device pixels per CSS pixel asked for
 * @returns the scale to draw at, or null
 * @example
 * pngScale(1200, 2000, 2) //=> 2
 * pngScale(1200, 20000, 2) //=> 1.63835 (32,767 px tall)
 * pngScale(1200, 300000, 2) //=> null
 */
export function pngScale(width: number, height: number, scale: number): number | null {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fit = Math.min(scale, MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h, Math.sqrt(MAX_CANVAS_AREA / (w * h)));
  return fit >= Math.min(scale, MIN_PNG_SCALE) ? fit : null;
}

/** The `width` and `height` of an SVG document's root element, when both are plain numbers (pixels). */
function declaredSize(svgText: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svgText.slice(0, 2000))?.[0] ?? '';
  const width = /\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1];
  const height = /\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1];
  return width && height ? { width: Number(width), height: Number(height) } : null;
}

/**
 * Draws an SVG document onto a canvas and returns it as a PNG: at `scale`, or smaller when
 * the canvas would exceed what browsers draw (see {@link pngScale}).
 *
 * @param svgText - a standalone SVG document (with `width` and `height`)
 * @param scale - device pixels per SVG pixel
 * @returns the PNG image
 * @throws {ImageTooLargeError} when the picture is too large even drawn smaller
 * @throws {Error} when the browser cannot draw the SVG
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  // A picture whose root declares a size too large is refused before it is decoded.
  const declared = declaredSize(svgText);
  if (declared && pngScale(declared.width, declared.height, scale) === null)
    throw new ImageTooLargeError(declared.width, declared.height);
  const blob = new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be drawn as an image.'));
    });
    image.src = url;
    await loaded;
    const fitted = pngScale(image.naturalWidth, image.naturalHeight, scale);
    if (fitted === null) throw new ImageTooLargeError(image.naturalWidth, image.naturalHeight);
    const width = Math.max(1, Math.floor(image.naturalWidth * fitted));
    const height = Math.max(1, Math.floor(image.naturalHeight * fitted));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas is available.');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (png) => (png ? resolve(png) : reject(new Error('The canvas could not be encoded as PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
