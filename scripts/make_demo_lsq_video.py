"""Draw the demo LSQ placeholder video (videos/demo_content/media/lsq-demonstration.webm).

Run once by a developer; the WebM is committed, so loading the demo needs neither this
script nor Chromium. Chromium draws a 640×360 canvas for 12 seconds and records it with
MediaRecorder (VP8): a card that says, in French and in English, that this is a
demonstration video holding the place of the LSQ version.

    .venv/bin/python scripts/make_demo_lsq_video.py [/usr/bin/chromium]
"""

import base64
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "videos/demo_content/media/lsq-demonstration.webm"
SECONDS = 12

SCRIPT = """
async (seconds) => {
  const canvas = document.createElement("canvas");
  canvas.width = 640; canvas.height = 360;
  document.body.append(canvas);
  const ctx = canvas.getContext("2d");
  const lines = [
    ["bold 30px 'DejaVu Sans', sans-serif", "Vidéo de démonstration"],
    ["24px 'DejaVu Sans', sans-serif", "Emplacement de la version en"],
    ["24px 'DejaVu Sans', sans-serif", "langue des signes québécoise (LSQ)"],
    ["italic 20px 'DejaVu Sans', sans-serif", "Demonstration video: placeholder"],
    ["italic 20px 'DejaVu Sans', sans-serif", "for the Quebec Sign Language version"],
  ];
  function draw(t) {
    ctx.fillStyle = "#0b4f8a"; ctx.fillRect(0, 0, 640, 360);
    ctx.fillStyle = "#ffffff"; ctx.textAlign = "center";
    lines.forEach(([font, text], i) => {
      ctx.font = font;
      ctx.fillText(text, 320, 80 + i * 48 + (i > 2 ? 20 : 0));
    });
    // A hand-sized dot that moves, so the picture visibly plays.
    const x = 60 + (520 * ((t / 1000) % 4)) / 4;
    ctx.beginPath(); ctx.arc(x, 330, 10, 0, 2 * Math.PI); ctx.fill();
  }
  const stream = canvas.captureStream(15);
  const recorder = new MediaRecorder(stream, {
    mimeType: "video/webm;codecs=vp8",
    videoBitsPerSecond: 120000,
  });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise((resolve) => (recorder.onstop = resolve));
  const start = performance.now();
  recorder.start();
  await new Promise((resolve) => {
    function frame(now) {
      draw(now - start);
      if (now - start < seconds * 1000) requestAnimationFrame(frame); else resolve();
    }
    requestAnimationFrame(frame);
  });
  recorder.stop();
  await done;
  const buffer = await new Blob(chunks, { type: "video/webm" }).arrayBuffer();
  let binary = ""; const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}
"""


def main(chromium="/usr/bin/chromium"):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        page.set_content("<!doctype html><meta charset=utf-8><body style=margin:0>")
        data = base64.b64decode(page.evaluate(SCRIPT, SECONDS))
        browser.close()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"{OUT} ({len(data)} bytes)")


if __name__ == "__main__":
    main(*sys.argv[1:])
