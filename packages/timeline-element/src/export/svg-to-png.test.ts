import { expect } from '@open-wc/testing';
import { ImageTooLargeError, MAX_CANVAS_SIDE, pngScale, svgToPng } from './svg-to-png.js';

const svgOf = (width: number, height: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#2a7"/></svg>`;

describe('pngScale', () => {
  it('keeps the scale asked for when the canvas fits', () => {
    expect(pngScale(1200, 2000, 2)).to.equal(2);
    expect(pngScale(1200, 2000, 0.25)).to.equal(0.25);
  });

  it('draws smaller to fit the largest side and area browsers draw', () => {
    expect(pngScale(1200, 20_000, 2)).to.equal(MAX_CANVAS_SIDE / 20_000);
    // 20,000 × 20,000 at 1 is 400 million pixels: drawn at √(268,435,456 / 4·10⁸).
    expect(pngScale(20_000, 20_000, 1)).to.be.closeTo(0.8192, 1e-4);
  });

  it('gives up when the labels could no longer be read', () => {
    expect(pngScale(1200, 300_000, 2)).to.equal(null);
    expect(pngScale(1200, 2 * MAX_CANVAS_SIDE + 100, 2)).to.equal(null);
  });
});

describe('svgToPng', () => {
  it('draws a tall picture at the largest height a canvas takes', async () => {
    const bitmap = await createImageBitmap(await svgToPng(svgOf(40, 20_000), 2));
    expect(bitmap.height).to.equal(MAX_CANVAS_SIDE);
    expect(bitmap.width).to.equal(Math.floor((40 * MAX_CANVAS_SIDE) / 20_000));
  });

  it('rejects a picture too large to draw, with its size', async () => {
    const error = await svgToPng(svgOf(40, 100_000), 2).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ImageTooLargeError);
    expect((error as ImageTooLargeError).height).to.equal(100_000);
  });

  it('names the size in whole pixels', async () => {
    const error = await svgToPng(svgOf(40.4, 100_000.2), 2).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ImageTooLargeError);
    expect([(error as ImageTooLargeError).width, (error as ImageTooLargeError).height]).to.deep.equal([
      41, 100_001,
    ]);
    expect((error as Error).message).to.equal('A 41 × 100001 px picture is too large to draw as a PNG.');
  });

  it('rejects it also when its size is known only once it is decoded', async () => {
    const svg = svgOf(40, 100_000).replace('height="100000"', 'height="100000px"');
    const error = await svgToPng(svg, 2).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ImageTooLargeError);
    expect((error as ImageTooLargeError).height).to.equal(100_000);
  });
});
