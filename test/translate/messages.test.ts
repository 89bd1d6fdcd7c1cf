// The translator's message table adds ids and never overrides another stage's (the catalogue spreads them in order).
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { helpMessages } from '../../src/messages/help.js';
import { loadMessages } from '../../src/messages/load.js';
import * as localise from '../../src/messages/localise.js';
import { pdfMessages } from '../../src/messages/pdf.js';
import { translateMessages } from '../../src/messages/translate.js';

describe('translateMessages', () => {
  it('shares no id with the other tables', () => {
    const others = [loadMessages, cliMessages, helpMessages, pdfMessages, ...Object.values(localise)].flatMap((t) => Object.keys(t));
    expect(Object.keys(translateMessages).filter((id) => others.includes(id))).toEqual([]);
  });
});
