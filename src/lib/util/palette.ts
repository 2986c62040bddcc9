// The palette: every colour the page, print and the SVG/PNG export share, named once. The export
// uses these values; the page's custom properties (--ink, --collab-bg, …) are src/app/palette.css,
// generated from this file by tests/unit/util/palette.test.ts (`npx vitest run tests/unit/util/palette -u`).
export const COLOR = {
  bg: '#ffffff',
  ink: '#1b1b1f',
  muted: '#4a4a55',
  accent: '#0b57d0',
  link: '#0b4fb5',
  line: '#b3261e',
  collabBg: '#e3eefc',
  collabBorder: '#2d5fa8',
  poleBg: '#f4f4f6',
  poleBorder: '#5b5b66',
  ownerBg: '#f1ece2',
  noteBg: '#fdf1ef',
  panelBg: '#fbfcff',
  laneBg: '#f7f7f9',
  cardBg: '#ffffff',
  cardBorder: '#8a8a96',
  cardAccent: '#2d5fa8',
  ownAccent: '#7a4d00',
  same: '#1e6b2f',
} as const;

export type ColorName = keyof typeof COLOR;

/** Presentation mode (screen only): high contrast on a projector. */
export const PRESENTING: Partial<Record<ColorName, string>> = {
  ink: '#000000',
  muted: '#1b1b1f',
  poleBg: '#ffffff',
  collabBg: '#d6e6ff',
  collabBorder: '#002f80',
  poleBorder: '#000000',
  cardBorder: '#000000',
};
