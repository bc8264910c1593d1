/** Offer a text file to save: browser mode downloads it, Electron shows its save dialog. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the download (or the save dialog) to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 120_000);
}
