// Text into markup, escaped one way everywhere: the SVG export's texts and attributes, and the
// embed snippets' HTML attributes.

/**
 * Safe as element text and inside a quoted attribute, in XML and in HTML: characters XML 1.0
 * forbids (and lone surrogates) are dropped, & < > " ' escaped.
 */
export function escapeMarkup(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing what XML cannot carry is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}
