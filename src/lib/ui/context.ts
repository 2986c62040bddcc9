// Typed app context: the validated content, the current language and the host (the page or the
// web component the app lives in), shared by every view.
import { createContext } from 'svelte';
import type { Content } from '../content/model';
import type { I18n } from '../i18n/i18n.svelte';
import type { Host } from '../host/host';

export interface AppContext {
  content: Content;
  i18n: I18n;
  host: Host;
}

export const [getApp, setApp] = createContext<AppContext>();
