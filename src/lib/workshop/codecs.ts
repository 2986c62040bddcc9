// The codecs load on first use (most visits never share, open or export a board). One loader each,
// so every caller — and a preload on intent — asks for the same chunk in the same way.
export const linkCodec = () => import('../codec/link');
export const fileCodec = () => import('../codec/file');
export const csvCodec = () => import('../codec/csv');
