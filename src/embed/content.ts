// The web component's content: the data files, a chunk of their own that the element loads as it
// starts (as the page fetches the same data as a file of its own), validated.
import { rawContent } from '../lib/content/files';
import { validateContent } from '../lib/content/validate';

export const result = validateContent(rawContent);
