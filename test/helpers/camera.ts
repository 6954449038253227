import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * A fake camera for Chromium: a Y4M video (what `--use-file-for-fake-video-capture` plays, looping) whose
 * frames show a label image, as a phone held over a printed label would see it. The image is drawn
 * grey on white in the middle of each frame, scaled by whole pixels so that its modules stay sharp.
 */
export function writeLabelVideo(
  file: string,
  labelPng: Buffer,
  opts: { width?: number; height?: number; frames?: number } = {},
): void {
  const width = opts.width ?? 640;
  const height = opts.height ?? 480;
  const frames = opts.frames ?? 10;
  const img = PNG.sync.read(labelPng);
  const scale = Math.max(1, Math.floor(Math.min((width * 0.7) / img.width, (height * 0.7) / img.height)));
  const left = Math.floor((width - img.width * scale) / 2);
  const top = Math.floor((height - img.height * scale) / 2);
  // Luma only (a printed label is black on white); chroma at its neutral value.
  const y = Buffer.alloc(width * height, 235);
  for (let py = 0; py < img.height * scale; py++) {
    for (let px = 0; px < img.width * scale; px++) {
      const i = (Math.floor(py / scale) * img.width + Math.floor(px / scale)) * 4;
      const alpha = img.data[i + 3] / 255;
      const grey =
        (img.data[i] * 0.299 + img.data[i + 1] * 0.587 + img.data[i + 2] * 0.114) * alpha + 255 * (1 - alpha);
      y[(top + py) * width + left + px] = Math.round(16 + (grey / 255) * 219);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
