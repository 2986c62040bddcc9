// The one markup escaping: the SVG export's texts and attributes, the embed snippets' attributes.
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../../src/lib/util/escape';

describe('escapeMarkup', () => {
  it.each([
    ['plain', 'plain'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [`Café "De Hoek" & 't Pleintje`, 'Café &quot;De Hoek&quot; &amp; &apos;t Pleintje'],
    ['&amp;', '&amp;amp;'],
    ['a\u0000b\u001fc\ufffe', 'abc'],
    ['tab\tline\ncr\r kept', 'tab\tline\ncr\r kept'],
    ['lone \ud800 surrogate, pair 😀 kept', 'lone  surrogate, pair 😀 kept'],
  ])('%j → %j', (input, output) => expect(escapeMarkup(input)).toBe(output));

  it('gives text an XML parser reads back unchanged, in an attribute and as element text', () => {
    const text = `<a href="x">'&'</a> ]]> 😀`;
    const doc = new DOMParser().parseFromString(
      `<r a="${escapeMarkup(text)}">${escapeMarkup(text)}</r>`,
      'application/xml',
    );
    expect(doc.documentElement.getAttribute('a')).toBe(text);
    expect(doc.documentElement.textContent).toBe(text);
  });
});
