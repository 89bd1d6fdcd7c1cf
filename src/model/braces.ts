// Where the `{{` of a text are: counted the same way in a text and in its YAML source, so the two line up.

/** Offsets of the `{{` of `text`, left to right, a `{{{` counted once. */
export function braceOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) offsets.push(i);
  return offsets;
}
