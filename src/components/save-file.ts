// Saving a file from the browser, shared by the table downloads, the chart export and the SQL console.
/**
 * Saves `blob` as a file named `filename`: the browser's download of a temporary object URL, revoked
 * once the download has started.
 *
 * @example
 * saveFile(document, "mipex-ranking-2019.csv", new Blob([csv], {type: "text/csv"}));
 */
export function saveFile(document: Document, filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
