// Large inputs for the throughput figures, made from the sample article so they read like news: each copy
// shifts every number and rotates the paragraph order, so recognizers and the summary never see a
// verbatim repeat (which could flatter caches or dedup logic).

/** Builds a text of at least `bytes` UTF-8 bytes. */
export function bigNewsText(seed: string, bytes: number): string {
  const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.trim());
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const rotated = paragraphs.slice(copy % paragraphs.length).concat(paragraphs.slice(0, copy % paragraphs.length));
    const varied = rotated.join('\n\n').replace(/\d+/g, (m) => String((Number(m) + copy) % 10_000));
    parts.push(varied);
    size += Buffer.byteLength(varied, 'utf8') + 2;
  }
  return parts.join('\n\n');
}
