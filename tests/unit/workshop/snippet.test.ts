import { describe, expect, it } from 'vitest';
import { appPath, embedSnippet, FRAME_HEIGHTS } from '../../../src/lib/workshop/snippet';

const base = {
  origin: 'https://kompas.example.nl',
  path: '/',
  lang: 'nl' as const,
  mode: 'view' as const,
  fragment: '',
  title: 'Kompasverkenner: wie heeft hoeveel zeggenschap?',
};

/** The attributes of the first tag in some HTML, parsed by the browser's parser (jsdom). */
function attrs(html: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const el = doc.body.firstElementChild!;
  return Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
}

describe('embedSnippet', () => {
  it.each([
    [{}, 'https://kompas.example.nl/?embed=1&mode=view&lang=nl'],
    [{ lang: 'en', mode: 'present' }, 'https://kompas.example.nl/?embed=1&mode=present&lang=en'],
    [{ path: '/kompas/' }, 'https://kompas.example.nl/kompas/?embed=1&mode=view&lang=nl'],
    [{ path: 'kompas/' }, 'https://kompas.example.nl/kompas/?embed=1&mode=view&lang=nl'],
    [{ fragment: '#b=1abc' }, 'https://kompas.example.nl/?embed=1&mode=view&lang=nl#b=1abc'],
    [{ fragment: 'b=1abc' }, 'https://kompas.example.nl/?embed=1&mode=view&lang=nl#b=1abc'],
  ] as const)('iframe src for %o', (over, src) => {
    const { iframe } = embedSnippet({ ...base, ...over });
    expect(attrs(iframe)).toMatchObject({ src, 'data-kompasverkenner': '', title: base.title });
  });

  it('loads the host script and the web component from the same place as the app', () => {
    const { script, webComponent } = embedSnippet({ ...base, path: '/kompas/', mode: 'edit' });
    expect(attrs(script)).toEqual({ src: 'https://kompas.example.nl/kompas/embed.js', defer: '' });
    expect(webComponent).toBe(
      '<script type="module" src="https://kompas.example.nl/kompas/wc/kompas-verkenner.js"></script>\n' +
        '<kompas-verkenner lang="nl" mode="edit"></kompas-verkenner>',
    );
  });

  /** The <kompas-verkenner> element of a web component snippet, parsed. */
  const element = (html: string) => attrs(html.slice(html.indexOf('<kompas-verkenner')));

  it.each(['view', 'edit', 'present'] as const)(
    'the web component carries the same mode, language and board as the iframe (%s)',
    (mode) => {
      const code = embedSnippet({ ...base, mode, lang: 'en', fragment: '#b=1.abc' });
      const src = new URL(attrs(code.iframe).src!);
      expect(element(code.webComponent)).toEqual({
        lang: src.searchParams.get('lang'),
        mode: src.searchParams.get('mode'),
        board: src.hash,
      });
      expect(src.hash).toBe('#b=1.abc');
      expect(code.src).toBe(src.href);
    },
  );

  it('the explainer carries no board, in either code', () => {
    const code = embedSnippet({ ...base, mode: 'explain', fragment: '#b=1.abc' });
    expect(attrs(code.iframe).src).toBe('https://kompas.example.nl/?embed=1&mode=explain&lang=nl');
    expect(element(code.webComponent)).toEqual({ lang: 'nl', mode: 'explain' });
  });

  it('sizes the frame for its mode, and lets the workshop present in full screen', () => {
    expect(attrs(embedSnippet({ ...base, mode: 'explain' }).iframe)).toMatchObject({
      height: String(FRAME_HEIGHTS.explain),
    });
    expect(attrs(embedSnippet({ ...base, mode: 'view' }).iframe).allow).toBeUndefined();
    expect(attrs(embedSnippet({ ...base, mode: 'edit' }).iframe).allow).toBe('fullscreen');
  });

  it('escapes attribute values, so a title or fragment cannot break out of its attribute', () => {
    const title = `"><script>alert(1)</script> & 'x'`;
    const fragment = `#b="><img src=x onerror=1>`;
    const { iframe, webComponent } = embedSnippet({ ...base, title, fragment });
    expect(iframe).not.toContain('<script');
    expect(iframe).not.toContain('<img');
    expect(webComponent).not.toContain('<img');
    expect(element(webComponent).board).toBe(fragment);
    const parsed = attrs(iframe);
    expect(parsed.title).toBe(title);
    expect(Object.keys(parsed).sort()).toEqual(
      ['data-kompasverkenner', 'height', 'loading', 'src', 'title', 'width'].sort(),
    );
  });

  it('uses no inline style or script, so a host with a strict CSP can paste it', () => {
    const all = Object.values(embedSnippet(base)).join('\n');
    expect(all).not.toMatch(/style=|on\w+=|javascript:/i);
  });
});

describe('a hostile path never reaches a snippet', () => {
  // A host that serves index.html for every path opens the app at these; resolved naively against
  // the origin, several of them name evil.example.
  const hostile = [
    '//evil.example/',
    '//evil.example',
    '///evil.example',
    '/\\evil.example/',
    '\\\\evil.example/',
    '/%2F%2Fevil.example/',
    '/%2f%5cevil.example/',
    '/%5C%5Cevil.example/',
    '/app//evil.example/',
    '/app/../../evil.example/',
    '/app/%2e%2e/evil.example/',
    '/user:pass@evil.example/',
    '/https:/evil.example/',
    '/\t//evil.example/',
  ];

  it.each(hostile)('%j → the app root', (path) => {
    expect(appPath(path)).toBe('/');
    const all = Object.values(embedSnippet({ ...base, path })).join('\n');
    expect(all).not.toContain('evil.example');
    for (const html of [
      embedSnippet({ ...base, path }).iframe,
      embedSnippet({ ...base, path }).script,
    ]) {
      expect(new URL(attrs(html).src!).origin).toBe(base.origin);
    }
  });

  it.each([
    ['/', '/'],
    ['', '/'],
    ['/app/', '/app/'],
    ['app/', '/app/'],
    ['/kompas/index.html', '/kompas/index.html'],
    ['/kompas-verkenner_2/', '/kompas-verkenner_2/'],
    ['/caf%C3%A9/', '/caf%C3%A9/'],
  ])('keeps the ordinary path %j as %j', (path, expected) => {
    expect(appPath(path)).toBe(expected);
  });

  it('uses only the scheme, host and port of the origin', () => {
    const { script } = embedSnippet({ ...base, origin: 'https://kompas.example.nl/x/?q#h' });
    expect(attrs(script).src).toBe('https://kompas.example.nl/embed.js');
  });
});
