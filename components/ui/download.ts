/** Saves text as a file with a Blob and an `<a download>` (no downloads permission, no network). */
export function download(name: string, type: string, body: string): string {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
