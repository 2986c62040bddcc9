// The host boundary: the page host writes the page's title, lang, class and address; the web
// component's host keeps all of it inside its own root and never touches the host page.
import { afterEach, describe, expect, it } from 'vitest';
import { elementHost, pageHost } from '../../../src/lib/host/host';

afterEach(() => {
  document.documentElement.lang = '';
  document.documentElement.className = '';
  document.title = '';
  history.replaceState(null, '', '/');
  document.body.replaceChildren();
});

describe('pageHost (the full page, and the page inside an iframe)', () => {
  it('sets title, lang and the presentation class on the page', () => {
    const host = pageHost();
    host.setTitle('Kompasverkenner – Schaal');
    host.setLang('en');
    host.setPresenting(true);
    expect(document.title).toBe('Kompasverkenner – Schaal');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
    host.setPresenting(false);
    expect(document.documentElement.classList.contains('presenting')).toBe(false);
  });

  it('keeps the language in ?lang= (Dutch, the default, needs none), the rest of the address as it was', () => {
    history.replaceState(null, '', '/?embed=1&mode=view#b=1.x');
    const host = pageHost();
    host.setLang('en');
    expect(location.search).toBe('?embed=1&mode=view&lang=en');
    expect(location.hash).toBe('#b=1.x');
    host.setLang('nl');
    expect(location.search).toBe('?embed=1&mode=view');
  });

  it('writes no history for a language the address already says', () => {
    history.replaceState(null, '', '/?lang=nl');
    pageHost().setLang('nl');
    expect(location.search).toBe('?lang=nl');
  });

  it('reads and clears the board in the fragment, and hears it change', () => {
    history.replaceState(null, '', '/app/?embed=1#b=1.abc');
    const host = pageHost();
    expect(host.fragment()).toBe('#b=1.abc');
    const heard: string[] = [];
    const stop = host.onFragment((f) => heard.push(f));
    location.hash = '#b=1.def';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    stop();
    expect(heard).toContain('#b=1.def');
    host.clearFragment();
    expect(location.pathname + location.search + location.hash).toBe('/app/?embed=1');
    expect(host.appUrl()).toBe(`${location.origin}/app/`);
  });

  it('owns every event on its page', () => {
    expect(pageHost().owns(new KeyboardEvent('keydown'))).toBe(true);
  });
});

describe('elementHost (the web component)', () => {
  function setUp(board = '') {
    const element = document.createElement('div');
    const shadow = element.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    root.className = 'kv-root';
    shadow.append(root);
    const inside = document.createElement('button');
    root.append(inside);
    document.body.append(element);
    const host = elementHost({
      element,
      root: () => root,
      board,
      appUrl: 'https://kompas.example.nl/',
    });
    return { element, root, inside, host };
  }

  it('keeps lang and the presentation class on its own root; the page keeps its own', () => {
    document.documentElement.lang = 'en';
    document.documentElement.className = 'council';
    document.title = 'Council page';
    history.replaceState(null, '', '/page?x=1#top');
    const { root, host } = setUp();
    host.setTitle('Kompasverkenner – Schaal');
    host.setLang('nl');
    host.setPresenting(true);
    host.clearFragment();
    expect(root.lang).toBe('nl');
    expect(root.classList.contains('presenting')).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.className).toBe('council');
    expect(document.title).toBe('Council page');
    expect(location.pathname + location.search + location.hash).toBe('/page?x=1#top');
  });

  it('reads its board from the attribute, never from the page address', () => {
    history.replaceState(null, '', '/page#b=1.page');
    expect(setUp('#b=1.attr').host.fragment()).toBe('#b=1.attr');
    expect(setUp().host.fragment()).toBe('');
  });

  it('owns only events from inside the element', () => {
    const { inside, host } = setUp();
    const owned: boolean[] = [];
    const listen = (e: Event) => owned.push(host.owns(e));
    window.addEventListener('keydown', listen);
    inside.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    window.removeEventListener('keydown', listen);
    expect(owned).toEqual([true, false]);
  });

  it('points share links and embed code at the app, not at the host page', () => {
    expect(setUp().host.appUrl()).toBe('https://kompas.example.nl/');
  });
});
