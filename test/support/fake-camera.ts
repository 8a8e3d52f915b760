import { writeFileSync } from 'node:fs';
import qrcode from 'qrcode-generator';

// Chromium's fake camera (--use-fake-device-for-media-stream) plays a Y4M file given with
// --use-file-for-fake-video-capture, looping it. This writes one showing a QR code of `text`, black
// on white, centred in a 640 × 480 frame: what a resident holds up to the door's camera.

const WIDTH = 640;
const HEIGHT = 480;
const CELL = 8;
const QUIET = 4;
/** Video range luma: black and white as a camera gives them. */
const DARK = 16;
const LIGHT = 235;

export function writeQrVideo(path: string, text: string): void {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const side = (count + 2 * QUIET) * CELL;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, LIGHT);
  for (let row = 0; row < count; row += 1)
    for (let col = 0; col < count; col += 1) {
      if (!code.isDark(row, col)) continue;
      for (let y = 0; y < CELL; y += 1) luma.fill(DARK, (top + (row + QUIET) * CELL + y) * WIDTH + left + (col + QUIET) * CELL, (top + (row + QUIET) * CELL + y) * WIDTH + left + (col + QUIET + 1) * CELL);
    }
  // 4:2:0: both chroma planes at a quarter of the pixels, neutral grey.
  const chroma = Buffer.alloc((WIDTH * HEIGHT) / 4, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
}
