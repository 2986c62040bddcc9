// Compare boards: three boards brought in as a share link, a board file and a PNG export; the dot
// plot, the table and the CSV agree, bad input is reported per input, and the dialog passes axe.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { BoardData } from '../../src/lib/board/types';
import { encodeFile } from '../../src/lib/codec/json';
import { encodeLink } from '../../src/lib/codec/link';
import { embedBoardInPng } from '../../src/lib/codec/png';
import {
  type DataFramework,
  expectNoAxeViolations,
  loadJson,
  menuItem,
  openApp,
  toolbar,
} from './helpers';

const { initiatives } = await loadJson<{ initiatives: { id: string; name: { nl: string } }[] }>(
  'data/initiatives.json',
);
const ids = initiatives.map((i) => i.id);
const name = (i: number) => initiatives[i]!.name.nl;
const peel = await loadJson<DataFramework>('data/frameworks/peel-en-maas.json');
/** A position as the compare view says it: form (score) · the Peel en Maas outcome. */
const at = (form: string, score: number, type: number | null) =>
  `${form} (${score}) · ${
    type === null
      ? 'Geen tegenhanger in Peel en Maas: op de eigendomsgrens'
      : `Peel en Maas: ${peel.items[type - 1]!.label.nl}`
  }`;

// Initiative 1 splits the room (spread 86), 2 less (30), 3 is on two boards (20), 0 agrees (0).
const board = (placements: Record<string, number>): BoardData => ({
  placements,
  own: [{ id: 'own-1', name: 'Eigen ding', description: '' }],
  revealed: [],
  revealAll: false,
});
const boards = [
  board({ [ids[0]!]: 0.93, [ids[1]!]: 0.07, [ids[2]!]: 0.35, [ids[3]!]: 0.2, 'own-1': 0.5 }),
  board({ [ids[0]!]: 0.93, [ids[1]!]: 0.5, [ids[2]!]: 0.5, [ids[3]!]: 0.4 }),
  board({ [ids[0]!]: 0.93, [ids[1]!]: 0.93, [ids[2]!]: 0.65 }),
];
const link = `https://example.org/kompas/${await encodeLink(boards[0]!, { knownIds: ids, mode: 'edit' })}`;
const json = Buffer.from(encodeFile(boards[1]!));
const png = Buffer.from(
  embedBoardInPng(new Uint8Array(await readFile('tests/fixtures/board-v1.png')), boards[2]!),
);

test('compares a link, a board file and a PNG: dot plot, median, table, CSV, errors, axe', async ({
  page,
}) => {
  await openApp(page, '/');
  const opener = toolbar(page).getByRole('button', { name: 'Bestand', exact: true });
  await menuItem(page, 'Bestand', 'Vergelijken…');
  const dialog = page.getByRole('dialog', { name: 'Borden vergelijken' });
  await expect(dialog).toBeVisible();
  const status = dialog.getByRole('status');

  // The current board is still empty: said so, nothing added.
  await dialog.getByRole('button', { name: 'Mijn huidige bord toevoegen' }).click();
  await expect(status).toHaveText(
    'Je huidige bord: op dit bord is nog geen gedeeld initiatief geplaatst.',
  );

  await dialog.getByLabel('Deellinks, één per regel').fill(link);
  await dialog.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(status).toHaveText('1 bord toegevoegd.');
  await dialog.getByLabel(/^Bestanden/).setInputFiles([
    { name: 'groep-2.json', mimeType: 'application/json', buffer: json },
    { name: 'groep-3.png', mimeType: 'image/png', buffer: png },
  ]);
  await expect(status).toHaveText('2 borden toegevoegd.');
  const names = dialog.getByRole('textbox', { name: /^Naam van bord/ });
  await expect(names).toHaveCount(3);
  await expect(names.nth(0)).toHaveValue('Bord 1');
  await expect(names.nth(1)).toHaveValue('groep-2');
  await expect(names.nth(2)).toHaveValue('groep-3');
  await expect(dialog.getByRole('button', { name: 'Verwijderen groep-3' })).toBeVisible();

  // Dot plot: most disagreement first, a labelled dot per board, the median as a tick.
  const plot = dialog.getByRole('figure', { name: 'Spreiding per initiatief' });
  const rows = plot.getByRole('group');
  await expect(rows).toHaveCount(4);
  for (const [i, n] of [1, 2, 3, 0].entries())
    await expect(rows.nth(i)).toHaveAccessibleName(name(n));
  const first = rows.nth(0);
  const img = (row: typeof first, label: string) =>
    row.getByRole('img', { name: label, exact: true });
  await expect(img(first, `Bord 1: ${at('Gemeente aan zet', 7, 1)}`)).toBeAttached();
  await expect(img(first, `groep-2: ${at('Gelijkwaardig samenwerken', 50, null)}`)).toBeAttached();
  await expect(img(first, `groep-3: ${at('Utrechter aan zet', 93, 4)}`)).toBeAttached();
  await expect(img(first, `Mediaan: ${at('Gelijkwaardig samenwerken', 50, null)}`)).toBeAttached();
  await expect(img(rows.nth(2), `Mediaan: ${at('Burgerparticipatie', 30, 2)}`)).toBeAttached();
  await expect(rows.nth(2).getByRole('img', { name: /^groep-3/ })).toHaveCount(0);

  // A new name shows everywhere at once.
  await names.nth(1).fill('Groep Noord');
  await expect(
    img(first, `Groep Noord: ${at('Gelijkwaardig samenwerken', 50, null)}`),
  ).toBeAttached();

  // The table, in the same order.
  const table = dialog.getByRole('table', { name: /^Vergelijking per initiatief/ });
  const cells = async (r: number) =>
    (await table.getByRole('row').nth(r).getByRole('cell').allInnerTexts()).slice(0, 5);
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('rowheader').nth(0)).toHaveText(name(1));
  expect(await cells(1)).toEqual([
    '3',
    at('Gelijkwaardig samenwerken', 50, null),
    at('Gemeente aan zet', 7, 1),
    at('Utrechter aan zet', 93, 4),
    '86',
  ]);
  expect(await cells(3)).toEqual([
    '2',
    at('Burgerparticipatie', 30, 2),
    at('Inspraak', 20, 2),
    at('Burgerparticipatie', 40, 2),
    '20',
  ]);

  // CSV: Dutch separators, same rows.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Exporteer als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kompasverkenner-vergelijking.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
    'Initiatief;Aantal borden;Mediaan;Minimum;Maximum;Spreiding',
    `${name(1)};3;50;7;93;86`,
    `${name(2)};3;50;35;65;30`,
    `${name(3)};2;30;20;40;20`,
    `${name(0)};3;93;93;93;0`,
    '',
  ]);

  // Bad input: every problem named and explained; the loaded boards stay.
  const box = dialog.getByLabel('Deellinks, één per regel');
  await box.fill('garbage\nhttps://example.org/#b=1.AAAA');
  await dialog.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(status.getByRole('listitem')).toHaveText([
    'Link 1 (garbage): het is geen bord van de Kompasverkenner.',
    /^Link 2 \(#b=1\.AAAA\): het is beschadigd of onvolledig\./,
  ]);
  await expect(box).toHaveValue('garbage\nhttps://example.org/#b=1.AAAA');
  await dialog.getByLabel(/^Bestanden/).setInputFiles({
    name: 'notities.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Koffie meenemen'),
  });
  await expect(status).toHaveText(
    'Bestand “notities.txt”: dit soort bestand kan de Kompasverkenner niet openen (wel .json of .png van de Kompasverkenner).',
  );
  await expect(names).toHaveCount(3);
  await expect(rows).toHaveCount(4);
  await expectNoAxeViolations(page);

  // Escape closes (native) and focus goes back to the button; the boards stay for next time.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await menuItem(page, 'Bestand', 'Vergelijken…');
  await expect(names).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
});
