// Mounts the page shell with the validated content and the language from the URL.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { rawContent } from './lib/content/files';
import { validateContent } from './lib/content/validate';
import { langFromUrl } from './lib/i18n/messages';

const target = document.getElementById('app')!;
target.replaceChildren();
mount(App, {
  target,
  props: { result: validateContent(rawContent), lang: langFromUrl(location.search) },
});
