// Saves data as a file through a temporary <a download>; nothing leaves the browser.
export function download(name: string, data: Blob | string | Uint8Array, type: string) {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Let the browser start reading the blob before its URL goes away (Firefox needs the time).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
