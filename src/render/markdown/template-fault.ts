// What Handlebars says about a template, made into a place and a reason: its parse errors ("Parse error
// on line 2:" then a snippet, then what it expected) and its runtime errors (`"x" not defined in
// [object Object] - 3:4`) carry their line in different ways.

export interface TemplateFault {
  reason: string;
  line?: number;
  col?: number;
}

export function templateFault(err: unknown): TemplateFault {
  const e = err as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const text = String(err instanceof Error ? err.message : (e?.message ?? err));
  const parse = /^Parse error on line (\d+):\n[^\n]*\n(-*)\^\n([\s\S]*)$/.exec(text);
  if (parse) return { reason: parse[3]!.trim(), line: Number(parse[1]) };
  // The object a strict lookup failed in prints as "[object Object]" or "undefined": the name is what counts.
  const reason = text.replace(/ - \d+:\d+$/, '').replace(/ not defined in (?:\[object \w+\]|undefined|null)$/, ' not defined').split('\n')[0]!;
  return {
    reason,
    ...(typeof e.lineNumber === 'number' ? { line: e.lineNumber } : {}),
    ...(typeof e.column === 'number' ? { col: e.column + 1 } : {}),
  };
}
