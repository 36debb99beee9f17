/** Saves text as a file through a temporary object URL and `<a download>`. */
export function downloadText(filename: string, text: string, mime = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking synchronously can cancel the download in some browsers; the next task is enough.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** CSV with a byte-order mark, which Excel needs to read UTF-8 (names, comments) correctly. */
export function downloadCsv(filename: string, csv: string): void {
  downloadText(filename, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}
